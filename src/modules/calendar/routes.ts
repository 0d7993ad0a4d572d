import { z } from 'zod';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { addLocalDayOff } from './add-local-day-off.js';
import { FIRST_YEAR, LAST_YEAR } from './calendar-input.js';
import { DURATION_UNITS } from './durations.js';
import {
  addWorkingDaysFrom,
  computeDueDate,
  describeDay,
  describeYear,
  MAX_AMOUNT,
} from './read-calendar.js';
import { removeLocalDayOff } from './remove-local-day-off.js';
import { CONFIDENCES, DAY_OFF_REASONS } from './schema.js';
import { setNationalYear } from './set-national-year.js';
import { setWorkingHours } from './set-working-hours.js';

const TAGS = ['calendar'];
const isoDate = calendarDate;
const province = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const provinceQuery = z.strictObject({ province: province.optional() });
const year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'a time HH:MM');
const weekday = z.number().int().min(0).max(6);

const noticeView = z.object({
  number: z.string().nullable(),
  issued: z.string().nullable(),
  issuer: z.string(),
  covers: z.string(),
  reportedBy: z.string(),
  confidence: z.string(),
  provinceCode: z.string().nullable(),
});
const dayOffView = z.object({
  date: z.string(),
  weekday,
  name: z.string(),
  source: z.string(),
  kind: z.enum(['holiday', 'compensatory', 'swapped', 'local']),
  provisional: z.boolean(),
  notice: z.string().nullable(),
  onRestDay: z.boolean(),
});
const makeUpView = z.object({
  date: z.string(),
  weekday,
  name: z.string(),
  source: z.string(),
  provisional: z.boolean(),
  notice: z.string().nullable(),
});
const hoursSchema = z.object({
  periods: z.array(z.object({ start: z.string(), end: z.string() })),
  paperCutoff: z.string(),
});
const yearView = z.object({
  year: z.number(),
  provinceCode: z.string().nullable(),
  basis: z.enum(['notice', 'rules']),
  notices: z.array(noticeView),
  daysOff: z.array(dayOffView),
  makeUpWorkdays: z.array(makeUpView),
  summary: z.object({ year: z.number(), daysOff: z.array(z.string()), makeUpWorkdays: z.array(z.string()) }),
  workingHours: hoursSchema.extend({ custom: z.boolean() }),
  revision: z.number(),
});
const localDayView = z.object({
  provinceCode: z.string(),
  date: z.string(),
  name: z.string(),
  source: z.string(),
  provisional: z.boolean(),
});

/** The calendar is public to read; changing it takes a system administrator (policy.ts). */
export async function calendarRoutes(app: App): Promise<void> {
  const db = app.database.db;

  app.get(
    '/calendar/years/:year',
    {
      schema: {
        tags: TAGS,
        security: PUBLIC,
        summary: 'A year’s days off, make-up working days and notices, national or for a province',
        params: z.strictObject({ year }),
        querystring: provinceQuery,
        response: { 200: yearView },
      },
    },
    async (request) => unwrap(await describeYear(db, request.params.year, request.query.province)),
  );

  app.get(
    '/calendar/days/:date',
    {
      schema: {
        tags: TAGS,
        security: PUBLIC,
        summary: 'Whether a date is a working day, and why not',
        params: z.strictObject({ date: isoDate }),
        querystring: provinceQuery,
        response: {
          200: z.object({
            date: z.string(),
            weekday,
            working: z.boolean(),
            weeklyRestDay: z.boolean(),
            dayOff: dayOffView.nullable(),
            makeUpWorkday: makeUpView.nullable(),
            basis: z.enum(['notice', 'rules']),
            provinceCode: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => unwrap(await describeDay(db, request.params.date, request.query.province)),
  );

  app.get(
    '/calendar/add-working-days',
    {
      schema: {
        tags: TAGS,
        security: PUBLIC,
        summary: 'The Nth working day after a date (the date itself not counted)',
        querystring: z.strictObject({
          from: isoDate,
          workingDays: z.coerce.number().int().min(-MAX_AMOUNT.working_days).max(MAX_AMOUNT.working_days),
          province: province.optional(),
        }),
        response: {
          200: z.object({
            from: z.string(),
            workingDays: z.number(),
            date: z.string(),
            provinceCode: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return unwrap(
        await addWorkingDaysFrom(db, { from: q.from, workingDays: q.workingDays, provinceCode: q.province }),
      );
    },
  );

  app.get(
    '/calendar/due-date',
    {
      schema: {
        tags: TAGS,
        security: PUBLIC,
        summary: 'The due instant of a duration counted from reception (paper after 15:00: next working day)',
        querystring: z.strictObject({
          receivedAt: z.string().min(1).max(64),
          amount: z.coerce
            .number()
            .min(0)
            .max(MAX_AMOUNT.calendar_days * 4),
          unit: z.enum(DURATION_UNITS as [string, ...string[]]),
          medium: z.enum(['paper', 'electronic']).default('electronic'),
          province: province.optional(),
        }),
        response: {
          200: z.object({
            receivedAt: z.string(),
            medium: z.enum(['paper', 'electronic']),
            amount: z.number(),
            unit: z.string(),
            countingFrom: z.string(),
            countingFromLocal: z.string(),
            due: z.string(),
            dueLocal: z.string(),
            dueDate: z.string(),
            provinceCode: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return unwrap(
        await computeDueDate(db, {
          receivedAt: q.receivedAt,
          amount: q.amount,
          unit: q.unit,
          medium: q.medium,
          provinceCode: q.province,
        }),
      );
    },
  );

  app.put(
    '/calendar/national/years/:year',
    {
      schema: {
        tags: TAGS,
        summary: 'Set or correct a year of the national calendar: its notices and every day they fix',
        params: z.strictObject({ year }),
        body: z.strictObject({
          notices: z
            .array(
              z.strictObject({
                number: z.string().max(100).nullable().optional(),
                issued: isoDate.nullable().optional(),
                issuer: z.string().max(200),
                covers: z.string().max(1000),
                reportedBy: z.string().max(500).nullable().optional(),
                confidence: z.enum(CONFIDENCES).optional(),
              }),
            )
            .max(20),
          days: z
            .array(
              z.strictObject({
                date: z.string().max(10),
                kind: z.enum(['day_off', 'make_up_workday']),
                reason: z.enum(DAY_OFF_REASONS).nullable().optional(),
                name: z.string().max(200),
                notice: z.string().max(100).nullable().optional(),
                source: z.string().max(500).nullable().optional(),
                provisional: z.boolean().optional(),
              }),
            )
            .max(100),
        }),
        response: { 200: yearView },
      },
    },
    async (request) =>
      unwrap(
        await setNationalYear(ctxOf(request, app.database), { year: request.params.year, ...request.body }),
      ),
  );

  app.post(
    '/calendar/provinces/:province/days-off',
    {
      schema: {
        tags: TAGS,
        summary: 'Add a province’s own day off',
        params: z.strictObject({ province }),
        body: z.strictObject({
          date: z.string().max(10),
          name: z.string().max(200),
          source: z.string().max(500),
          provisional: z.boolean().optional(),
        }),
        response: { 201: localDayView },
      },
    },
    async (request, reply) => {
      const day = unwrap(
        await addLocalDayOff(ctxOf(request, app.database), {
          provinceCode: request.params.province,
          ...request.body,
        }),
      );
      return reply.status(201).send(day);
    },
  );

  app.delete(
    '/calendar/provinces/:province/days-off/:date',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a province’s own day off',
        params: z.strictObject({ province, date: isoDate }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(
        await removeLocalDayOff(ctxOf(request, app.database), {
          provinceCode: request.params.province,
          date: request.params.date,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/calendar/provinces/:province/working-hours',
    {
      schema: {
        tags: TAGS,
        summary: 'Set a province’s working hours and paper cut-off',
        params: z.strictObject({ province }),
        body: z.strictObject({
          periods: z.array(z.strictObject({ start: clockTime, end: clockTime })).max(6),
          paperCutoff: clockTime.optional(),
        }),
        response: { 200: hoursSchema },
      },
    },
    async (request) =>
      unwrap(await setWorkingHours(ctxOf(request, app.database), request.params.province, request.body))!,
  );

  app.delete(
    '/calendar/provinces/:province/working-hours',
    {
      schema: {
        tags: TAGS,
        summary:
          'Return a province to the default working hours (08:00–12:00, 13:00–17:00; paper cut-off 15:00)',
        params: z.strictObject({ province }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(await setWorkingHours(ctxOf(request, app.database), request.params.province, null));
      return reply.status(204).send(null);
    },
  );
}
