// The page's one h1. After a client-side navigation focus moves here, so keyboard and screen
// reader users start reading the new page instead of staying on the link they followed. The
// first page load is left alone: focus then starts at the top, where the skip link is.
import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

let lastFocusedPath: string | null = null;

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (lastFocusedPath !== null && lastFocusedPath !== pathname) ref.current?.focus();
    lastFocusedPath = pathname;
  }, [pathname]);
  return (
    <Heading level={1} data-size="md" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
