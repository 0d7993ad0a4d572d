import { createContext, useContext } from 'react';
import type { Role, RoleGrant, User } from '../api/types';

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only usable below `RequireAuth`. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() used outside RequireAuth');
  return user;
}

/** The first role decides the home page; a citizen account without grants is still a citizen. */
export function primaryGrant(user: User): RoleGrant | null {
  const first = user.roles[0];
  if (first) return first;
  if (user.kind === 'citizen') return { role: 'citizen', unitCode: '', unitName: '' };
  return null;
}

/** Every role the user holds, first role first, without repeats. */
export function userRoles(user: User): Role[] {
  const roles = user.roles.map((grant) => grant.role);
  if (roles.length === 0 && user.kind === 'citizen') roles.push('citizen');
  return [...new Set(roles)];
}
