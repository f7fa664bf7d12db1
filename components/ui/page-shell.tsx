import type { ReactNode } from 'react';
import { useLang } from '../app-context';

/** Sets the document language for screen readers and fonts, and frames a page. */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const lang = useLang();
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  return <div className={className}>{children}</div>;
}
