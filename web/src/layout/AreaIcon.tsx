/** The icon of each area; decorative, so hidden from assistive technology (the text says it all). */
import {
  AimOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  FundOutlined,
  InboxOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { IconName } from '../areas';

const ICONS: Record<IconName, ComponentType<{ 'aria-hidden'?: boolean; className?: string }>> = {
  team: TeamOutlined,
  audit: AuditOutlined,
  signature: SafetyCertificateOutlined,
  database: DatabaseOutlined,
  api: ApiOutlined,
  chart: BarChartOutlined,
  tasks: CheckSquareOutlined,
  target: AimOutlined,
  fund: FundOutlined,
  folder: FolderOpenOutlined,
  inbox: InboxOutlined,
  fileAdd: FileAddOutlined,
  calendar: CalendarOutlined,
  search: SearchOutlined,
  fileSearch: FileSearchOutlined,
  message: MessageOutlined,
  alert: WarningOutlined,
};

export function AreaIcon({ name, className }: { name: IconName; className?: string }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden className={className} />;
}
