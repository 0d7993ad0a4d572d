/** `npm run lint:api`, first step: write the OpenAPI document to a file for the linters (no server, no database). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocument } from '../src/app/openapi-document.js';

const out = path.resolve(process.argv[2] ?? 'build/openapi.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
console.log(`OpenAPI document written to ${path.relative(process.cwd(), out)}`);
