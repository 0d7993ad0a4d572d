/** The identity module's public API: accounts, roles scoped to units, sessions, and the policy helpers. */
export { createAuthenticate } from './authenticate.js';
export { type CitizenClaims, citizenProfile } from './citizen-account.js';
export { type CreateUserInput, createUser } from './create-user.js';
export { grantRole, revokeRole } from './grant-role.js';
export { getUser, listUsers, type Page } from './list-users.js';
export { type GrantView, loadUser, type UserView } from './load-user.js';
export { identityModule } from './module.js';
export { type OfficialSummary, officialsOfUnit } from './officials-of-unit.js';
export { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password-policy.js';
export { decideUserAction, grantCovers, hasRoleOn, isSystemAdmin, type UnitRef } from './policy.js';
export { identityRoutes } from './routes.js';
export { requireFreshSecondFactor } from './second-factor.js';
export { demoTotpSecret, totpCode } from './totp.js';
export { updateUser } from './update-user.js';
