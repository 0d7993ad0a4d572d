/**
 * Where to go after signing in. Only a path on this site is accepted (no `//host`, no scheme),
 * so a crafted `?next=` link cannot send the user elsewhere.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/login' || raw.startsWith('/login?') || raw.startsWith('/login/')) return '/';
  return raw;
}

export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return `/login?next=${encodeURIComponent(next)}`;
}

/** Where a session that still owes its second factor goes (issue 20 §2), then on to `next`. */
export function secondFactorPath(next: string): string {
  return `/login/second-factor?next=${encodeURIComponent(next)}`;
}
