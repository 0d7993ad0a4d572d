/**
 * The counts every aggregate bucket holds (schema.ts), as SQL column names and as a TypeScript record. All are
 * additive: a bucket is the sum of its dossiers' contributions, and a report is the sum of its buckets.
 */
export const MEASURES = [
  'received',
  'resolved',
  'approved',
  'early_indicator',
  'on_time_indicator',
  'late_indicator',
  'early_portal',
  'on_time_portal',
  'late_portal',
  'resolution_minutes',
  'returned',
  'returned_post',
  'e_result',
  'fee_bearing',
  'paid_online',
  'rated',
  'satisfied',
  's1',
  's2',
  's3',
  's4',
  's5',
  's6',
  's7',
  's8',
  's9',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Record<Measure, number>;

export function zeroCounts(): Counts {
  return Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;
}

/** A row from PostgreSQL (sums arrive as strings for bigint) as counts. */
export function countsOf(row: Record<string, unknown>): Counts {
  return Object.fromEntries(MEASURES.map((m) => [m, Number(row[m] ?? 0)])) as Counts;
}

/** `sum(col)::bigint as col` for every measure, optionally with a FILTER clause. */
export function sumList(filter = '', prefix = ''): string {
  return MEASURES.map(
    (m) => `coalesce(sum(${prefix}${m})${filter ? ` filter (where ${filter})` : ''}, 0)::bigint as ${m}`,
  ).join(', ');
}
