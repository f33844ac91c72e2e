'use client';

// After an assessment is saved, the assessment form opens the need's page with a marker in
// the address; this confirms the save there. Focus moves to the confirmation, so a screen
// reader reads it and keyboard users continue from the ladder section.
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

import { ASSESSED_PARAM } from '../ladder-paths';

export function AssessedConfirmation({ message }: { message: string }) {
  const shown = useSearchParams().get(ASSESSED_PARAM) === '1';
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <p ref={ref} tabIndex={-1} role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
      {message}
    </p>
  );
}
