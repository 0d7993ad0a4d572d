/**
 * A panel holding one data table: its heading, the table in a keyboard-reachable scroll region (axe:
 * scrollable-region-focusable), and optionally the downloads equal to it and actions above it. The staffing and
 * disaster pages draw every table through it.
 */
import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../pages/targets/ScrollRegion';
import './table-section.css';

export type Download = { label: string; href: string; testId?: string };

export function TableSection<Row extends object>({
  id,
  heading,
  regionLabel,
  note,
  actions,
  downloads,
  testId,
  tableTestId,
  children,
  ...table
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  heading: ReactNode;
  /** The scroll region's name; the heading when it is text. */
  regionLabel?: string;
  /** Lines between the heading and the table. */
  note?: ReactNode;
  /** Buttons beside the heading (forms open from here). */
  actions?: ReactNode;
  /** Files equal to the table, under a name for the group of links. */
  downloads?: { label: string; links: Download[] };
  testId?: string;
  tableTestId?: string;
  children?: ReactNode;
} & Pick<TableProps<Row>, 'columns' | 'dataSource' | 'rowKey' | 'pagination' | 'locale' | 'expandable'>) {
  const label = regionLabel ?? (typeof heading === 'string' ? heading : id);
  return (
    <section className="panel" aria-labelledby={id} data-testid={testId}>
      <div className="table-section-head">
        <h2 id={id} className="section-heading-small">
          {heading}
        </h2>
        {actions ? <div className="table-section-actions">{actions}</div> : null}
      </div>
      {note}
      {downloads?.links.length ? (
        <nav className="report-exports" aria-label={downloads.label}>
          {downloads.links.map((d) => (
            <a key={d.href} className="link-button" href={d.href} download data-testid={d.testId}>
              {d.label}
            </a>
          ))}
        </nav>
      ) : null}
      <ScrollRegion label={label}>
        <Table<Row>
          className="data-table"
          size="small"
          pagination={false}
          data-testid={tableTestId}
          {...table}
        />
      </ScrollRegion>
      {children}
    </section>
  );
}
