import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A router link that looks like a button (a link inside a button would be two controls in one). */
export function LinkButton({
  to,
  children,
  primary,
}: {
  to: string;
  children: ReactNode;
  primary?: boolean;
}) {
  return (
    <Link to={to} className={primary ? 'link-button link-button-primary' : 'link-button'}>
      {children}
    </Link>
  );
}
