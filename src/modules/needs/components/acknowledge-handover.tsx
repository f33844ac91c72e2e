'use client';

// Acknowledging receipt of handed-over results. The state is held above the list of
// handovers, not in each row: an acknowledged handover's button disappears after the action
// (on /me the handover leaves the pending list), and its confirmation must not disappear
// with it. The confirmation takes the focus, because the button that was pressed is gone.
import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { compactSecondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { acknowledgeHandover } from '../actions/handover-actions';

type Acknowledging = { locale: Locale; messages: ClientMessages<'businessCase'>; action: (formData: FormData) => void; isPending: boolean };

const Context = createContext<Acknowledging | null>(null);

export function AcknowledgeHandovers({ locale, messages, children }: { locale: Locale; messages: ClientMessages<'businessCase'>; children: ReactNode }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(acknowledgeHandover, IDLE);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'success') confirmation.current?.focus();
  }, [state]);
  return (
    <Context.Provider value={{ locale, messages, action, isPending }}>
      <div ref={confirmation} tabIndex={-1} className="outline-none">
        <FormFeedback state={state} heading={messages.businessCase.handover.acknowledgeErrorSummary} />
      </div>
      {children}
    </Context.Provider>
  );
}

export function AcknowledgeButton({ handoverId, needTitle }: { handoverId: string; needTitle: string }) {
  const context = useContext(Context);
  if (!context) throw new Error('AcknowledgeButton needs AcknowledgeHandovers around it');
  const t = context.messages.businessCase.handover;
  return (
    <form action={context.action}>
      <input type="hidden" name="locale" value={context.locale} />
      <input type="hidden" name="handoverId" value={handoverId} />
      {/* The name starts with the visible text, so speech control users can say what they see. */}
      <button type="submit" disabled={context.isPending} aria-label={fill(t.acknowledgeNamed, { need: needTitle })} className={compactSecondaryButtonClass}>
        {context.isPending ? t.acknowledging : t.acknowledge}
      </button>
    </form>
  );
}
