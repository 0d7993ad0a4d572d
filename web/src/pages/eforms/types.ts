/** The declaration e-form as the server sends it on a procedure version and on a dossier (issue 16 §1). */
export type PrefillSource = 'name' | 'dateOfBirth' | 'idNumber' | 'address';

export type JsonSchema = Record<string, unknown>;

export type DeclarationFormDef = {
  legalSource: string;
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  prefill?: Record<string, PrefillSource | string>;
};

/** What a person's profile can fill in: name, date of birth (YYYY-MM-DD), ID number, address. */
export type Profile = Partial<Record<PrefillSource, string | undefined>>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema at a JSON pointer (`/child/fullName`), following `properties` and `items`. */
export function schemaAt(schema: JsonSchema, pointer: string): JsonSchema | null {
  let here: unknown = schema;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (!isRecord(here)) return null;
    const props = here.properties;
    if (isRecord(props) && isRecord(props[part])) here = props[part];
    else if (/^\d+$/.test(part) && isRecord(here.items)) here = here.items;
    else return null;
  }
  return isRecord(here) ? here : null;
}

/** "Người được khai sinh › Họ, chữ đệm, tên": a field's title with its section's, as the server names it. */
export function fieldTitle(schema: JsonSchema, pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  const titles: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const s = schemaAt(schema, `/${parts.slice(0, i).join('/')}`);
    if (s && typeof s.title === 'string') titles.push(s.title);
  }
  return titles.join(' › ') || pointer;
}

/** The form's data with the profile's values in the fields the form pre-fills, where still empty. */
export function prefilled(
  form: DeclarationFormDef,
  profile: Profile,
  data: Record<string, unknown> = {},
): Record<string, unknown> {
  const out = structuredClone(data);
  for (const [pointer, source] of Object.entries(form.prefill ?? {})) {
    const value = profile[source as PrefillSource];
    if (!value) continue;
    const parts = pointer.split('/').filter(Boolean);
    let here = out;
    for (const part of parts.slice(0, -1)) {
      if (!isRecord(here[part])) here[part] = {};
      here = here[part] as Record<string, unknown>;
    }
    const last = parts.at(-1);
    if (last && (here[last] === undefined || here[last] === '')) here[last] = value;
  }
  return out;
}
