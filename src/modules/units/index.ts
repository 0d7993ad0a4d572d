/** The units module's public API: administrative units, their versions and lineage, agencies. */
import './messages.js';

export {
  type AgencyCodeView,
  assignDemoAgencyCodes,
  QCVN102_AGENCY_CODE,
  setAgencyCode,
} from './agency-codes.js';
export {
  type CommuneNode,
  getUnitDetail,
  listCommunes,
  listProvinces,
  type ProvinceNode,
} from './browse-units.js';
export { countProvinceUnits, countUnits, type NationalStats, type ProvinceStats } from './count-units.js';
export { findUnit, findUnits, type UnitSummary } from './find-unit.js';
export { importReferenceUnits, ReferenceImportError } from './import-reference-units.js';
export { vietnamToday } from './in-force.js';
export { type AgencySummary, findAgencies, listAgencies } from './list-agencies.js';
export { unitsModule } from './module.js';
export {
  type Agency,
  assignPosition,
  endPosition,
  findAgency,
  findAgencyOfUnit,
  listPositions,
  POSITION_TITLE_NAMES,
  POSITION_TITLES,
  type PositionTitle,
  type PositionView,
  positionHolder,
} from './positions.js';
export {
  PROVINCE_MERGER_RESOLUTION,
  type ProvinceMerger,
  provinceMergers,
  provincePredecessors,
  provinceSuccessors,
} from './province-lineage.js';
export { parseCsv } from './reference-csv.js';
export { type RollUp, rollUpToCurrent } from './roll-up.js';
export { searchUnits, type UnitHit } from './search-units.js';
export { type Lineage, traceLineage } from './trace-lineage.js';
export { type LevelUnit, levelsOf, UNIT_LEVELS, type UnitLevel, unitsAtLevel } from './unit-levels.js';
