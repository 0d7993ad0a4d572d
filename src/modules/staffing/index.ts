/**
 * The staffing module's public API (issue 21 §1): commune staffing quotas (biên chế) by job position against
 * officials in post, their qualifications and training, facilities against the province's norms, all dated, and
 * the province view of communes below requirements with its exports.
 */
export { FACILITY_ITEMS, type FacilityItem, JOB_POSITIONS, type JobPosition } from './catalogue.js';
export { communeCsv, communeXlsx, provinceCsv, provinceXlsx } from './export-staffing.js';
export { importQuotas, QUOTA_COLUMNS } from './import-quotas.js';
export { addStaffMember, changeStaffMember, endStaffMember, type StaffParticulars } from './keep-roster.js';
export { staffingModule } from './module.js';
export { type ProvinceStaffing, provinceStaffing } from './province-staffing.js';
export { type FacilityInput, setFacility, setFacilityNorm } from './set-facility.js';
export { type QuotaInput, setQuota } from './set-quota.js';
export { type CommuneStaffing, communeStaffing, SHORTFALLS, type Shortfall } from './staffing-views.js';
