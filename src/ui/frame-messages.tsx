'use client';

// The few texts of the frame that client-only pages need (the error page and the 404 page,
// which Next renders without route params), handed down by the layout in the page's language.
import { createContext, useContext, type ReactNode } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';

export type FrameMessages = { locale: Locale; messages: ClientMessages<'errors'> & { backToRegistry: string } };

const FrameMessagesContext = createContext<FrameMessages | null>(null);

export function FrameMessagesProvider({ value, children }: { value: FrameMessages; children: ReactNode }) {
  return <FrameMessagesContext.Provider value={value}>{children}</FrameMessagesContext.Provider>;
}

export function useFrameMessages(): FrameMessages {
  const value = useContext(FrameMessagesContext);
  if (!value) throw new Error('useFrameMessages needs the FrameMessagesProvider of the locale layout');
  return value;
}
