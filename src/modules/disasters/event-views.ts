/**
 * What the province and a commune see of an event (issue 21 §2): the communes struck with their latest report,
 * the province aggregate of every commune's latest revision, the same aggregate as it stood at the end of each
 * day of the event and of each later day a revision came in, and the revisions of one commune. A commune's officials see only their own commune's
 * figures. All totals are sums computed at read time, never stored.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { findUnits, vietnamToday } from '../units/index.js';
import { formOf, INDICATORS, SUMMARY_DAYS_AFTER_END } from './catalogue.js';
import { decideCommune, isSteering, readableCommunes } from './policy.js';
import { damageReports, eventCommunes, events, type Hazard } from './schema.js';

export interface Figures {
  values: Record<string, number>;
  /** Whole đồng, as a string. */
  estimatedValue: string;
}

export interface ReportView extends Figures {
  id: string;
  unitCode: string;
  revision: number;
  reportedOn: string;
  initial: boolean;
  note: string | null;
  reportedBy: string;
  createdAt: Date;
}

export interface EventSummary {
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  hazards: Hazard[];
  form: string;
  startedOn: string;
  endedOn: string | null;
  /** Art. 9(2): the summary report is due 15 days after the end. */
  summaryDueOn: string | null;
  communes: number;
  version: number;
}

export interface CommuneLine {
  unitCode: string;
  name: string;
  nameEn: string | null;
  latest: ReportView | null;
}

export interface EventDetail extends EventSummary {
  description: string | null;
  /** Whether the reader is the provincial command (sees every commune, steers). */
  steering: boolean;
  /** The communes the reader may report for. */
  reportable: string[];
  lines: CommuneLine[];
  total: Figures & { communesReported: number; initialCommunes: number };
  byDay: Array<Figures & { day: string; communesReported: number; reportsThatDay: number }>;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function summaryOf(e: typeof events.$inferSelect, communes: number): EventSummary {
  return {
    id: e.id,
    provinceCode: e.provinceCode,
    code: e.code,
    name: e.name,
    hazards: e.hazards as Hazard[],
    form: formOf(e.hazards),
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    summaryDueOn: e.endedOn ? addDays(e.endedOn, SUMMARY_DAYS_AFTER_END) : null,
    communes,
    version: e.version,
  };
}

function view(r: typeof damageReports.$inferSelect): ReportView {
  return {
    id: r.id,
    unitCode: r.unitCode,
    revision: r.revision,
    reportedOn: r.reportedOn,
    initial: r.initial,
    note: r.note,
    reportedBy: r.reportedBy,
    createdAt: r.createdAt,
    values: r.figures,
    estimatedValue: r.estimatedValue.toString(),
  };
}

export function sumFigures(reports: readonly Figures[]): Figures {
  const values: Record<string, number> = {};
  let value = 0n;
  for (const r of reports) {
    for (const [code, n] of Object.entries(r.values)) values[code] = (values[code] ?? 0) + n;
    value += BigInt(r.estimatedValue);
  }
  // Hectares carry one decimal: keep sums of tenths free of float noise.
  for (const x of INDICATORS)
    if (x.decimals && values[x.code] !== undefined) values[x.code] = Math.round(values[x.code]! * 10) / 10;
  return { values, estimatedValue: value.toString() };
}

/** Events of a province the reader may see: all for the province's officials, those that struck their commune otherwise. */
export async function listEvents(ctx: Ctx, provinceCode: string): Promise<Result<EventSummary[]>> {
  const communes = readableCommunes(ctx.actor, provinceCode);
  const rows = await ctx.db
    .select()
    .from(events)
    .where(eq(events.provinceCode, provinceCode))
    .orderBy(desc(events.startedOn));
  const struck = await ctx.db
    .select()
    .from(eventCommunes)
    .where(eq(eventCommunes.provinceCode, provinceCode));
  return ok(
    rows
      .map((e) => ({ e, units: struck.filter((s) => s.eventId === e.id).map((s) => s.unitCode) }))
      .filter(({ units }) => communes === null || units.some((u) => communes.includes(u)))
      .map(({ e, units }) => summaryOf(e, units.length)),
  );
}

async function loadReports(db: Executor, eventId: string, units: string[] | null) {
  return db
    .select()
    .from(damageReports)
    .where(
      and(
        eq(damageReports.eventId, eventId),
        units ? inArray(damageReports.unitCode, units.length ? units : ['-']) : undefined,
      ),
    )
    .orderBy(asc(damageReports.unitCode), asc(damageReports.revision));
}

/** The latest revision of each commune among reports made on or before `day` (all when no day). */
export function latestPerCommune(reports: readonly ReportView[], day?: string): Map<string, ReportView> {
  const latest = new Map<string, ReportView>();
  for (const r of reports) {
    if (day && r.reportedOn > day) continue;
    const known = latest.get(r.unitCode);
    if (!known || known.revision < r.revision) latest.set(r.unitCode, r);
  }
  return latest;
}

export async function getEvent(ctx: Ctx, id: string): Promise<Result<EventDetail>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, id));
  if (!event) return notFound('disaster event', id);
  const struck = (await ctx.db.select().from(eventCommunes).where(eq(eventCommunes.eventId, id))).map(
    (s) => s.unitCode,
  );
  const readable = readableCommunes(ctx.actor, event.provinceCode);
  const visible = readable === null ? struck : struck.filter((u) => readable.includes(u));
  if (visible.length === 0 && readable !== null) return notFound('disaster event', id);
  const reports = (await loadReports(ctx.db, id, readable === null ? null : visible)).map(view);
  const names = await findUnits(ctx.db, visible, event.startedOn);
  const latest = latestPerCommune(reports);
  const lines = visible
    .map((unitCode) => ({
      unitCode,
      name: names.get(unitCode)?.name ?? unitCode,
      nameEn: names.get(unitCode)?.nameEn ?? null,
      latest: latest.get(unitCode) ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const total = sumFigures([...latest.values()]);
  const today = vietnamToday(ctx.now);
  // Every day of the event (to its end, or today while it lasts), then only the later days a revision came in.
  const days = new Set<string>();
  const end = event.endedOn && event.endedOn < today ? event.endedOn : today;
  for (let day = event.startedOn; day <= end; day = addDays(day, 1)) days.add(day);
  for (const r of reports) days.add(r.reportedOn);
  const byDay = [...days].sort().map((day) => {
    const asOf = latestPerCommune(reports, day);
    return {
      day,
      communesReported: asOf.size,
      reportsThatDay: reports.filter((r) => r.reportedOn === day).length,
      ...sumFigures([...asOf.values()]),
    };
  });
  return ok({
    ...summaryOf(event, struck.length),
    description: event.description,
    steering: isSteering(ctx.actor, event.provinceCode),
    reportable: visible.filter(
      (u) =>
        decideCommune(ctx.actor, 'report', { unitCode: u, provinceCode: event.provinceCode }) === 'allow',
    ),
    lines,
    total: {
      ...total,
      communesReported: latest.size,
      initialCommunes: [...latest.values()].filter((r) => r.initial).length,
    },
    byDay,
  });
}

/** Every revision a commune made for an event, oldest first (what changed as counts firmed up). */
export async function communeReports(ctx: Ctx, id: string, unitCode: string): Promise<Result<ReportView[]>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, id));
  if (!event) return notFound('disaster event', id);
  if (decideCommune(ctx.actor, 'read', { unitCode, provinceCode: event.provinceCode }) !== 'allow')
    return notFound('disaster event', id);
  return ok((await loadReports(ctx.db, id, [unitCode])).map(view));
}

/** The id of a province's event by its code, if the reader may see it. */
export async function eventByCode(ctx: Ctx, provinceCode: string, code: string): Promise<string | null> {
  const [event] = await ctx.db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.provinceCode, provinceCode), eq(events.code, code)));
  return event && (await getEvent(ctx, event.id)).ok ? event.id : null;
}
