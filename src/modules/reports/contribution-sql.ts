/**
 * What one dossier contributes to the aggregates, in SQL shared by the incremental consumer and the full
 * rebuild, so both compute the same thing by construction (ADR 0012). Days are Vietnam days (UTC+7).
 *
 * - Unit and agency: the competent ones (who resolves the dossier), else the receiving ones.
 * - Indicator rule: the dossier's `timeliness` at finish (Circular 01/2018 art. 13 indicator 1).
 * - Portal rule: `on_time_portal` at finish (RULES.md §1.5: supplement time subtracted, more than one supplement
 *   request late); "early" when the end less supplement time falls on a day before the appointment day.
 * - Resolution time: finish − receipt − time waiting for supplements, in minutes.
 * - Satisfied rating: no indicator of the nine scored 0 (Circular 01/2018 art. 13: 0 = not met).
 */
import { type SQL, sql } from 'drizzle-orm';
import { DOSSIER_FACTS } from '../dossiers/index.js';
import { MEASURES, type Measure } from './measures.js';

const TZ = `'Asia/Ho_Chi_Minh'`;
const day = (column: string) => `(${column} at time zone ${TZ})::date`;

export const CONTRIBUTION_COLUMNS = [
  'dossier_id',
  'province_code',
  'unit_code',
  'agency_id',
  'procedure_code',
  'field',
  'channel',
  'received_day',
  'finished_day',
  'returned_day',
  'rated_day',
  'outcome',
  'indicator',
  'portal',
  'resolution_minutes',
  'returned_post',
  'e_result',
  'fee_bearing',
  'paid_online',
  'scores',
] as const;

/**
 * The contributions of the received dossiers matching `where` (a condition on `d`, the dossiers
 * module's DOSSIER_FACTS), in
 * CONTRIBUTION_COLUMNS order.
 */
export function contributionSelect(where: SQL): SQL {
  return sql`
    select d.id as dossier_id, d.province_code,
           coalesce(d.competent_unit_code, d.receiving_unit_code, d.province_code) as unit_code,
           coalesce(coalesce(d.competent_agency_id, d.receiving_agency_id)::text, '') as agency_id,
           d.procedure_code, d.field, d.channel,
           ${sql.raw(day('d.received_at'))} as received_day,
           ${sql.raw(day('d.finished_at'))} as finished_day,
           ${sql.raw(day('d.returned_at'))} as returned_day,
           ${sql.raw(day('d.rated_at'))} as rated_day,
           d.outcome,
           case when d.finished_at is null then null else d.timeliness end as indicator,
           case when d.finished_at is null or d.on_time_portal is null then null
                when not d.on_time_portal then 'late'
                when d.appointment_at is not null
                 and ${sql.raw(day(`(d.finished_at - make_interval(mins => d.supplement_minutes))`))}
                   < ${sql.raw(day(`(d.appointment_at - interval '1 millisecond')`))} then 'early'
                else 'on_time' end as portal,
           case when d.finished_at is null then 0
                else greatest(0, floor(extract(epoch from (d.finished_at - d.received_at)) / 60)::bigint
                                 - d.supplement_minutes) end as resolution_minutes,
           (d.result_method = 'post')::int::smallint as returned_post,
           d.e_result::int::smallint as e_result,
           (d.fee_total_dong > 0)::int::smallint as fee_bearing,
           d.paid_online::int::smallint as paid_online,
           d.scores
      from ${DOSSIER_FACTS} d
     where d.received_at is not null and ${where}`;
}

type Values = Partial<Record<Measure, string>>;

function bucketSelect(relation: string, sign: 1 | -1, dayColumn: string, values: Values, where = ''): string {
  const measures = MEASURES.map((m) => `${values[m] ? `(${values[m]})` : '0'}::bigint * ${sign} as ${m}`);
  return `select province_code, unit_code, agency_id, procedure_code, field, channel, ${dayColumn} as day, ${measures.join(', ')}
            from ${relation}${where ? ` where ${where}` : ''}`;
}

const is = (column: string, value: string) => `(${column} = '${value}')::int`;

/**
 * The bucket rows of the contributions in `relation` (a table or CTE with CONTRIBUTION_COLUMNS), each measure
 * on the day it belongs to, multiplied by `sign` (+1 to add, −1 to subtract).
 */
export function explode(relation: string, sign: 1 | -1): string {
  const scores: Values = Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [`s${i + 1}`, `scores[${i + 1}]`]),
  );
  // Indicator 1 (total time against the statutory limit) is the dossier's clock, not what the citizen typed
  // (RULES.md §1.6; Circular 01/2018 art. 13: shorter 2, equal 1, longer 0; issue 24 §5b). The typed score
  // stands only for a dossier the clock did not measure.
  scores.s1 = `coalesce(case indicator when 'early' then 2 when 'on_time' then 1 when 'late' then 0 end, scores[1])`;
  return [
    bucketSelect(relation, sign, 'received_day', {
      received: '1',
      fee_bearing: 'fee_bearing',
      paid_online: 'paid_online * fee_bearing',
    }),
    bucketSelect(
      relation,
      sign,
      'finished_day',
      {
        resolved: '1',
        approved: is('outcome', 'approved'),
        early_indicator: is('indicator', 'early'),
        on_time_indicator: is('indicator', 'on_time'),
        late_indicator: is('indicator', 'late'),
        early_portal: is('portal', 'early'),
        on_time_portal: is('portal', 'on_time'),
        late_portal: is('portal', 'late'),
        resolution_minutes: 'resolution_minutes',
        e_result: `${is('outcome', 'approved')} * e_result`,
      },
      'finished_day is not null',
    ),
    bucketSelect(
      relation,
      sign,
      'returned_day',
      { returned: '1', returned_post: 'returned_post' },
      'returned_day is not null',
    ),
    bucketSelect(
      relation,
      sign,
      'rated_day',
      { rated: '1', satisfied: '(0 <> all(scores))::int', ...scores },
      'rated_day is not null and scores is not null',
    ),
  ].join('\n union all \n');
}

/** `col = reports.<table>.col + excluded.col` for every measure. */
export function addAssignments(table: string): string {
  return MEASURES.map((m) => `${m} = reports.${table}.${m} + excluded.${m}`).join(', ');
}

/** GROUP BY the deltas into one table's keys; rows whose every delta is zero are left out. */
export function groupedInsert(table: 'daily' | 'monthly', deltas: string, upsert: boolean): string {
  const keys =
    table === 'daily'
      ? ['province_code', 'unit_code', 'agency_id', 'channel']
      : ['province_code', 'unit_code', 'agency_id', 'procedure_code', 'field', 'channel'];
  const dayKey = table === 'daily' ? 'day' : `date_trunc('month', day)::date`;
  const dayName = table === 'daily' ? 'day' : 'month';
  const sums = MEASURES.map((m) => `sum(${m})::bigint as ${m}`).join(', ');
  const nonZero = MEASURES.map((m) => `sum(${m}) <> 0`).join(' or ');
  const conflict = upsert
    ? ` on conflict (${[...keys, dayName].join(', ')}) do update set ${addAssignments(table)}`
    : '';
  return `insert into reports.${table} (${[...keys, dayName, ...MEASURES].join(', ')})
          select ${keys.join(', ')}, ${dayKey}, ${sums} from (${deltas}) x
           group by ${keys.join(', ')}, ${dayKey} having ${nonZero}${conflict}`;
}
