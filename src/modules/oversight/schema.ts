/**
 * The oversight module's tables (issue 8): meetings of a body, the conclusion notices and directives issued
 * from them, the tasks they give agencies, the agencies' reports, extension requests, links to other records,
 * the escalation ladder, the escalation steps recorded, and the in-app notices they raise.
 * Every table carries `province_code` (STYLE.md, Data); agencies are referenced by id (units module).
 */
export * from './schema-follow-up.js';
export * from './schema-meetings.js';
export * from './schema-tasks.js';
