/**
 * Strings of the in-progress rule of Decision 766 sub-indicators 2.1 and 5.4 (issue 24 §5a) on the scorecard:
 * the rule in force with its source, and the administrator's change with its confirmation. The rules' names,
 * sources and effects come from the server (one home); these are the words around them.
 */
import type { Widen } from '../widen';

export const reportsRuleVi = {
  heading: 'Cách tính chỉ số 2.1 và 5.4',
  inForce: 'Đang áp dụng: {{name}}',
  isDefault: '(mặc định)',
  source: 'Căn cứ: {{source}}',
  pending:
    'Hồ sơ đang giải quyết cuối kỳ đã tính vào 2.1 và 5.4: {{onTime}} chưa quá hạn, {{late}} đã quá hạn.',
  change: 'Thay đổi cách tính',
  dialogTitle: 'Thay đổi cách tính chỉ số 2.1 và 5.4',
  choose: 'Chọn cách tính',
  current: 'đang áp dụng',
  whatChanges:
    'Từ “{{from}}” chuyển sang “{{to}}”. {{effect}} Bảng điểm 766 của mọi đơn vị và mọi kỳ, cả tệp Excel và PDF, sẽ tính theo cách mới; thay đổi được ghi vào nhật ký.',
  unchanged: 'Cách tính này đang được áp dụng: không có gì thay đổi.',
  confirm: 'Áp dụng cách tính mới',
  cancel: 'Hủy',
  saved: 'Đã áp dụng: {{name}}.',
};

export const reportsRuleEn: Widen<typeof reportsRuleVi> = {
  heading: 'How sub-indicators 2.1 and 5.4 are computed',
  inForce: 'In force: {{name}}',
  isDefault: '(default)',
  source: 'Source: {{source}}',
  pending:
    'Dossiers in progress at the end of the period counted in 2.1 and 5.4: {{onTime}} not overdue, {{late}} overdue.',
  change: 'Change the rule',
  dialogTitle: 'Change how 2.1 and 5.4 are computed',
  choose: 'Choose the rule',
  current: 'in force',
  whatChanges:
    'From “{{from}}” to “{{to}}”. {{effect}} The 766 scorecard of every unit and period, its Excel and PDF files too, will follow the new rule; the change is recorded in the audit trail.',
  unchanged: 'This rule is already in force: nothing changes.',
  confirm: 'Apply the new rule',
  cancel: 'Cancel',
  saved: 'Applied: {{name}}.',
};
