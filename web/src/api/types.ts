/** Shapes of the tinhso HTTP API that the app shell uses (the server's contract, kept exact). */

export const ROLES = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
  'citizen',
] as const;

export type Role = (typeof ROLES)[number];

export type RoleGrant = {
  role: Role;
  unitCode: string;
  unitName: string;
};

export type User = {
  id: string;
  username: string;
  displayName: string;
  kind: 'official' | 'citizen';
  /** An administrator reset the password: the app sends the user to "My account" to choose their own. */
  mustChangePassword: boolean;
  homeUnitCode: string;
  homeUnitName: string;
  roles: RoleGrant[];
};

/** `GET /api/v1/auth/me` and `POST /api/v1/auth/login` both answer with this. */
export type Session = {
  user: User;
  csrfToken: string;
  /** `second_factor` / `enrol`: the password was right, the second factor is still to give or enrol (issue 20). */
  stage: 'full' | 'second_factor' | 'enrol';
  /** A citizen's profile from single sign-on, prefilling e-forms. */
  profile: { personalId: string; fullName: string; birthDate: string | null; address: string | null } | null;
};

export type LoginInput = {
  username: string;
  password: string;
};

export type DemoLogin = {
  username: string;
  role: string;
};

/** `GET /api/v1/system/info` (public). */
export type SystemInfo = {
  name: 'tinhso';
  version: string;
  province: { code: string; name: string } | null;
  demo: boolean;
  demoLogins?: DemoLogin[];
};

/** One field error of an RFC 9457 problem. */
export type FieldError = {
  field: string;
  /** Why, in the reader's language. For people: never matched by a page. */
  message: string;
  /** A stable code of the refusal (`calendar.alreadyNational`, an upload's `too_large`): what a page acts on. */
  code?: string;
};

/** RFC 9457 problem details as tinhso sends them. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  /** On a 409 for a stale version: the record as it is now. */
  current?: unknown;
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
