import type { ReactNode } from 'react';

/** A wide table scrolls sideways at 360 px inside a region reachable by keyboard (axe: scrollable-region-focusable). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section tabIndex={0} aria-label={label} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </section>
  );
}
