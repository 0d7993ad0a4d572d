/**
 * The disasters module's public API (issue 21 §2): disaster events and the communes they struck, damage reports
 * per Joint Circular 43/2015 with every revision kept, the province aggregate per event and per day, relief and
 * recovery tasks raised through oversight, preparedness scenarios per commune, and the exports.
 */

export { type Abilities, abilitiesIn } from './abilities.js';
export { formOf, GROUPS, INDICATORS, type Indicator } from './catalogue.js';
export { declareEvent, type EventInput, updateEvent } from './declare-event.js';
export {
  communeReports,
  type EventDetail,
  type EventSummary,
  eventByCode,
  getEvent,
  listEvents,
} from './event-views.js';
export { EXPORT_TABLES, eventCsv, eventXlsx } from './export-event.js';
export { importDamage } from './import-damage.js';
export { disastersModule } from './module.js';
export { raiseRecovery, recoveryOf } from './raise-recovery.js';
export { type DamageInput, reportDamage } from './report-damage.js';
export { listScenarios, type ScenarioInput, saveScenario } from './scenarios.js';
export { HAZARDS, type Hazard } from './schema.js';
