'use client';

// A <details> disclosure that Escape closes, returning focus to its <summary>, as people expect
// of a menu. Without JavaScript it is the same <details>, opened and closed by its summary.
import { useRef } from 'react';

export function EscapeClosesDetails({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    if (event.key !== 'Escape' || !details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className={className} onKeyDown={onKeyDown}>
      {children}
    </details>
  );
}
