'use client';

// The confirmation of an admin list's row actions, shown once above the list. A row's own
// form cannot show it: confirming the last pending person of a filtered list, or merging a
// duplicate away, removes the row, and its message with it (the form hands its answer up
// before the list re-renders: admin-action-form.tsx). The live region is always in
// the page, so screen readers announce each new message.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const Announce = createContext<((message: string) => void) | null>(null);

export function AdminFeedbackProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const announce = useCallback((next: string) => setMessage(next), []);
  return (
    <Announce.Provider value={announce}>
      <div role="status" className={message ? 'rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900' : 'sr-only'}>
        {message}
      </div>
      {children}
    </Announce.Provider>
  );
}

/** Shows a row action's confirmation above the list; null outside a list (the form shows it itself). */
export const useAdminAnnounce = () => useContext(Announce);
