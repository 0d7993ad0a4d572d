/**
 * The papers of a dossier at the counter (issue 15 §4): the procedure's papers as a checklist — required or
 * not, original or copy and how many — each ticked when handed in and scanned on the spot (digitisation,
 * Decree 45/2020/NĐ-CP; Decision 766/QĐ-TTg counts digitised dossiers). Only ticked papers are recorded as
 * received; the required ones left unticked are what Form 02 asks for.
 */
import { Checkbox, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PaperUpload, type StoredFile } from './PaperUpload';
import './counter.css';

export type Paper = { name: string; copies: string | null; required: boolean };

/** What the clerk recorded of each paper, by its name. */
export type PaperState = Record<string, { received: boolean; scan?: StoredFile }>;

/** The papers received, as the registration records them (with the scan's file when there is one). */
export function receivedPapers(papers: Paper[], state: PaperState) {
  return papers
    .filter((p) => state[p.name]?.received)
    .map((p) => {
      const scan = state[p.name]?.scan;
      return scan ? { name: p.name, fileId: scan.fileId } : { name: p.name };
    });
}

/** The required papers not received: what the supplement request (Form 02) lists. */
export function missingPapers(papers: Paper[], state: PaperState): string[] {
  return papers.filter((p) => p.required && !state[p.name]?.received).map((p) => p.name);
}

export function PaperChecklist({
  papers,
  state,
  onChange,
}: {
  papers: Paper[];
  state: PaperState;
  onChange: (next: PaperState) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  if (papers.length === 0) return <p className="cell-note">{t('confirm.papers.none')}</p>;
  const set = (name: string, change: Partial<PaperState[string]>) =>
    onChange({ ...state, [name]: { received: false, ...state[name], ...change } });
  return (
    <fieldset className="paper-checklist" data-testid="paper-checklist">
      <legend>{t('confirm.papers.title')}</legend>
      <p className="cell-note">{t('confirm.papers.hint')}</p>
      <ol style={{ paddingInlineStart: 20 }}>
        {papers.map((p, i) => {
          const s = state[p.name];
          return (
            <li key={p.name} style={{ marginBottom: 12 }} data-testid={`paper-${i}`}>
              <Checkbox
                checked={s?.received ?? false}
                onChange={(e) => set(p.name, { received: e.target.checked })}
                aria-label={t('confirm.papers.receivedOf', { name: p.name })}
                data-testid={`paper-received-${i}`}
              >
                {p.name}
              </Checkbox>{' '}
              <Tag color={p.required ? 'red' : 'default'}>
                {p.required ? t('confirm.papers.required') : t('confirm.papers.optional')}
              </Tag>
              {p.copies ? (
                <span className="cell-note">
                  {t('confirm.papers.copies')}: {p.copies}
                </span>
              ) : null}
              <div style={{ marginTop: 4, marginInlineStart: 24 }}>
                <PaperUpload
                  stored={s?.scan}
                  onStored={(scan) => {
                    setError(null);
                    set(p.name, { scan, received: true });
                  }}
                  onError={setError}
                  label={s?.scan ? t('confirm.papers.replaceScan') : t('confirm.papers.chooseScan')}
                  accessibleName={t('confirm.papers.scanOf', { name: p.name })}
                  testId={`paper-scan-${i}`}
                  uploadedTestId={`paper-scanned-${i}`}
                  small
                />
              </div>
            </li>
          );
        })}
      </ol>
      {error ? <ProblemAlert error={error} /> : null}
    </fieldset>
  );
}
