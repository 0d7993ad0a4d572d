/** A table that may be wider than its box, in a region reachable by keyboard (axe: scrollable-region-focusable). */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="report-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
