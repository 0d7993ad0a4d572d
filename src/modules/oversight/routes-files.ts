/** HTTP: files uploaded to a task for its reports (multipart, platform/files), and reading them back. */
import { z } from 'zod';
import { MEDIA_TYPES, receiveUpload, registerUploads, unwrapUpload } from '../../platform/files/index.js';
import { fileResponse } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import type { ModuleEnv } from '../../platform/module.js';
import { idParam } from './route-schemas.js';
import { attachTaskFile, readTaskFile } from './task-files.js';

const tags = ['oversight'];

export async function taskFileRoutes(app: App, env: ModuleEnv): Promise<void> {
  const maxBytes = env.config.uploadMaxBytes;
  app.get(
    '/oversight/tasks/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'A file uploaded to the task (its readers only)',
        params: z.strictObject({ id: z.uuid(), fileId: z.uuid() }),
        response: { 200: fileResponse('The file as uploaded', ...Object.values(MEDIA_TYPES)) },
      },
    },
    async (request, reply) => {
      const file = unwrap(
        await readTaskFile(ctxOf(request, app.database), request.params.id, request.params.fileId),
      );
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );

  await app.register(async (scope) => {
    await registerUploads(scope, { maxBytes });
    scope.post(
      '/oversight/tasks/:id/files',
      {
        schema: {
          tags,
          summary: 'The lead agency uploads a document (PDF, JPEG, PNG, DOCX) to cite in a report',
          consumes: ['multipart/form-data'],
          params: idParam,
          response: {
            201: z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() }),
          },
        },
      },
      async (request, reply) => {
        const upload = unwrapUpload(await receiveUpload(request, { maxBytes }));
        const stored = unwrap(
          await attachTaskFile(
            ctxOf(request, app.database),
            (request.params as { id: string }).id,
            upload,
            maxBytes,
          ),
        );
        return reply.status(201).send(stored);
      },
    );
  });
}
