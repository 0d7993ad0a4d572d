/**
 * Test support for the walk of every documented route (denouncer-walk.test.ts, issue 18 §1): the pieces of an
 * identity as a tester looks for them (with or without diacritics, any case, numbers with any separators), and
 * the URLs of every GET operation of the OpenAPI document with its parameters filled from real data.
 */

/** A denouncer as filed; `username` and `userId` when filed with an account. */
export interface Identity {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  username?: string;
  userId?: string;
}

/** One piece of an identity and how to find it in folded text; `account` pieces belong to a sign-in account. */
export interface Piece {
  label: 'name' | 'ID number' | 'phone' | 'e-mail' | 'address' | 'username' | 'user id';
  pattern: RegExp;
  account: boolean;
}

/** Lowercase, without diacritics, đ → d. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAP = '[^\\p{L}\\p{N}]{0,4}';
const words = (text: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(escapeRegExp)
      .join(GAP)}(?![\\p{L}\\p{N}])`,
    'u',
  );
const digits = (text: string) => new RegExp(`(?<!\\d)${[...text.replace(/\D/g, '')].join(GAP)}(?!\\d)`, 'u');

/** A phone number with or without its 0 / +84 prefix. */
const phone = (text: string) =>
  new RegExp(
    `(?<!\\d)(?:\\+?84|0)?${GAP}${[...text.replace(/\D/g, '').replace(/^(?:84|0)/, '')].join(GAP)}(?!\\d)`,
    'u',
  );

export function identityPieces(who: Identity): Piece[] {
  const withAccount = who.username !== undefined;
  return [
    // A citizen's account carries their name: the account directory shows it, nothing about a case may.
    { label: 'name', pattern: words(who.fullName), account: withAccount },
    { label: 'ID number', pattern: digits(who.idNumber), account: false },
    { label: 'phone', pattern: phone(who.phone), account: false },
    { label: 'e-mail', pattern: new RegExp(escapeRegExp(fold(who.email)), 'u'), account: false },
    { label: 'address', pattern: words(who.address.split(',')[0]!), account: false },
    ...(who.username
      ? [{ label: 'username' as const, pattern: new RegExp(escapeRegExp(who.username), 'u'), account: true }]
      : []),
    ...(who.userId
      ? [{ label: 'user id' as const, pattern: new RegExp(who.userId, 'u'), account: true }]
      : []),
  ];
}

/** The account directory, where an account legitimately appears as itself (never with a case). */
const DIRECTORY = /^\/api\/v1\/(users|auth)(\/|\?|$)/;

/**
 * The labels of the pieces found in a body fetched from `where` (a URL, `log`, or `person` to find all). In the
 * account directory and in audit entries about accounts, an account's own name, username and id are expected.
 */
export function leaksIn(body: string, pieces: Piece[], where: string): string[] {
  const folded = fold(body);
  const found = pieces.filter((p) => p.pattern.test(folded)).map((p) => p.label);
  if (where === 'person' || where === 'log') return found;
  const personal = pieces.filter((p) => !p.account && p.pattern.test(folded)).map((p) => p.label);
  if (DIRECTORY.test(where)) return personal;
  if (where.startsWith('/api/v1/audit/entries')) {
    const items = (JSON.parse(body) as { items?: Array<{ entityType: string }> }).items ?? [];
    const aboutCases = fold(JSON.stringify(items.filter((e) => e.entityType !== 'user')));
    return [
      ...personal,
      ...pieces.filter((p) => p.account && p.pattern.test(aboutCases)).map((p) => p.label),
    ];
  }
  return found;
}

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: { type?: string; enum?: string[]; minimum?: number; maximum?: number; format?: string };
}
export interface Spec {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}

/** Values for query parameters by name; otherwise from the parameter's schema. */
function queryValue(p: Parameter, year: string): string | undefined {
  const byName: Record<string, string> = {
    provinceCode: '04',
    province: '04',
    unit: '04',
    unitCode: '04',
    code: '04',
    q: 'cao',
    date: `${year}-01-02`,
    receivedAt: `${year}-01-02T09:00:00+07:00`,
    period: year,
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    month: `${year}-01`,
    quarter: `${year}-Q1`,
    // An identity provider's short name: the demo configures none, so the route answers "no such provider".
    slug: 'vneid',
  };
  if (byName[p.name]) return byName[p.name];
  const s = p.schema ?? {};
  if (s.enum?.length) return s.enum[0];
  if (s.type === 'integer' || s.type === 'number') return String(s.minimum ?? 1);
  if (s.format === 'date') return `${year}-01-01`;
  if (s.format === 'date-time') return `${year}-01-01T00:00:00Z`;
  if (s.type === 'boolean') return 'true';
  return undefined;
}

type Json = unknown;

/** The first few values of `field` (or `id` / `code`) in a list response. */
function harvest(body: Json, param: string): string[] {
  const items = Array.isArray(body)
    ? body
    : body && typeof body === 'object'
      ? (Object.values(body).find(Array.isArray) ?? [])
      : [];
  const keys = [param, /code/i.test(param) ? 'code' : 'id'];
  return (items as Array<Record<string, unknown>>)
    .flatMap((item) =>
      keys.map((k) => item?.[k]).filter((v): v is string | number => v !== undefined && v !== null),
    )
    .map(String)
    .slice(0, 2);
}

export interface WalkSources {
  /** A GET as an administrator, answering the JSON body of a 200 (to harvest ids), or undefined. */
  get: (url: string) => Promise<Json | undefined>;
  cases: Array<{ id: string; code: string }>;
  year: string;
  /** Ids listed by the route whose path shares the most with `prefix` (filled in by the walk). */
  nearby?: (prefix: string) => string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every uuid under an `id` key, anywhere in a body. */
function deepIds(body: Json): string[] {
  const out: string[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'id' && typeof x === 'string' && UUID.test(x)) out.push(x);
        else visit(x);
      }
  };
  visit(body);
  return [...new Set(out)];
}

function nearestIds(seen: Map<string, string[]>, prefix: string): string[] {
  const shared = (a: string) => {
    let i = 0;
    while (i < a.length && i < prefix.length && a[i] === prefix[i]) i++;
    return i;
  };
  const ranked = [...seen.entries()]
    .filter(([, ids]) => ids.length)
    .sort((a, b) => shared(b[0]) - shared(a[0]));
  return ranked[0]?.[1] ?? [];
}

/** The required query string of a GET operation, and the names nothing could fill. */
function requiredQuery(params: Parameter[], year: string): { query: string[]; missing: string[] } {
  const query: string[] = [];
  const missing: string[] = [];
  for (const p of params.filter((q) => q.in === 'query' && q.required)) {
    const value = queryValue(p, year);
    if (value === undefined) missing.push(p.name);
    else query.push(`${p.name}=${encodeURIComponent(value)}`);
  }
  return { query, missing };
}

/** Every GET operation as URLs with real path values, required query values and the case-related variants. */
export async function walkableUrls(
  spec: Spec,
  sources: WalkSources,
): Promise<{ urls: string[]; unfilled: string[] }> {
  const urls = new Set<string>();
  const unfilled: string[] = [];
  // First every route without path parameters, as an administrator: the ids they list fill the others.
  const seen = new Map<string, string[]>();
  const get = async (url: string) => {
    const body = await sources.get(url);
    seen.set(url.split('?')[0]!, deepIds(body));
    return body;
  };
  for (const [path, item] of Object.entries(spec.paths)) {
    if (!item.get || path.includes('{')) continue;
    const { query } = requiredQuery(item.get.parameters ?? [], sources.year);
    await get(query.length ? `${path}?${query.join('&')}` : path);
  }
  const walk: WalkSources = { ...sources, get, nearby: (prefix) => nearestIds(seen, prefix) };
  for (const [path, item] of Object.entries(spec.paths)) {
    const op = item.get;
    if (!op) continue;
    const params = op.parameters ?? [];
    const query = params.filter((p) => p.in === 'query');
    const { query: base, missing } = requiredQuery(params, sources.year);
    unfilled.push(...missing.map((name) => `${path}?${name}`));
    const variants = [base];
    const names = query.map((q) => q.name);
    if (names.includes('entityId'))
      for (const c of sources.cases) variants.push([...base, `entityId=${c.id}`]);
    const kind = query.find((q) => q.name === 'kind');
    if (kind?.schema?.enum?.includes('denunciation')) variants.push([...base, 'kind=denunciation']);
    const size = query.find((q) => q.name === 'pageSize' || q.name === 'limit');
    if (size?.schema?.maximum) variants.push([...base, `${size.name}=${size.schema.maximum}`]);
    const filled = await fillPath(spec, path, walk);
    if (filled.length === 0) unfilled.push(path);
    for (const url of filled) for (const v of variants) urls.add(v.length ? `${url}?${v.join('&')}` : url);
  }
  return { urls: [...urls], unfilled };
}

/**
 * The path with each `{param}` filled, left to right: ids and codes listed by the parent route (itself filled,
 * with its required query), the cases' ids and codes under /feedback, or a value from the parameter's schema.
 */
async function fillPath(spec: Spec, path: string, sources: WalkSources): Promise<string[]> {
  let partial: Array<{ url: string; template: string }> = [{ url: '', template: '' }];
  const params = spec.paths[path]?.get?.parameters ?? [];
  for (const segment of path.split('/').slice(1)) {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (!name) {
      partial = partial.map((p) => ({ url: `${p.url}/${segment}`, template: `${p.template}/${segment}` }));
      continue;
    }
    const next: typeof partial = [];
    for (const prefix of partial) {
      const parent = spec.paths[prefix.template]?.get;
      const { query } = requiredQuery(parent?.parameters ?? [], sources.year);
      const listed = parent
        ? harvest(await sources.get(query.length ? `${prefix.url}?${query.join('&')}` : prefix.url), name)
        : [];
      const fromCases = prefix.url.includes('/feedback')
        ? sources.cases.map((c) => (/code/i.test(name) ? c.code : c.id))
        : [];
      const param = params.find((p) => p.in === 'path' && p.name === name);
      const fallback =
        listed.length || fromCases.length
          ? []
          : /id$/i.test(name)
            ? (sources.nearby?.(prefix.url) ?? []).slice(0, 2)
            : [queryValue(param ?? { in: 'path', name }, sources.year)];
      for (const value of new Set([...listed, ...fromCases, ...fallback]))
        if (value !== undefined)
          next.push({
            url: `${prefix.url}/${encodeURIComponent(value)}`,
            template: `${prefix.template}/${segment}`,
          });
    }
    if (next.length === 0) return [];
    partial = next.slice(0, 6);
  }
  return partial.map((p) => p.url);
}
