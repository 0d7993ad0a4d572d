/** A table that may be wider than its box, in a region reachable by keyboard (axe: scrollable-region-focusable). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './scroll-region.css';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="scroll-region" tabIndex={0} aria-label={t('targets.scrollRegion', { name: label })}>
      {children}
    </section>
  );
}
