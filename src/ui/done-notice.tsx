'use client';

// The confirmation at the top of the page an action went to after creating something
// (?done=… with #notice). Focus moves to it, so a screen reader reads it and keyboard users go
// on from there; without JavaScript the address's #notice brings it into view.
import { useEffect, useRef } from 'react';

export function DoneNotice({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <p ref={ref} id="notice" tabIndex={-1} role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
      {message}
    </p>
  );
}
