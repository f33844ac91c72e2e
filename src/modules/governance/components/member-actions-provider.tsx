'use client';

// The state of the members page's forms (role change and removal), held above the member
// table rather than in each row: a removed member's row disappears after the action, and its
// confirmation must not disappear with it. The feedback is shown once, above the table, and
// a row's error is also shown in that row.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { changeRole, removeMember } from '../actions/member-actions';

export type MemberActionKind = 'role' | 'remove';

type Slot = { state: FormState; action: (formData: FormData) => void };

type MemberActions = {
  locale: Locale;
  /** The texts of the feedback and of the forms in the rows. */
  messages: ClientMessages<'members' | 'enums' | 'input'>;
  role: Slot;
  remove: Slot;
  /** The form submitted last, and what came of it (null before any submission). */
  current: { kind: MemberActionKind; state: FormState } | null;
  submitted: (kind: MemberActionKind) => void;
};

const Context = createContext<MemberActions | null>(null);

export function useMemberActions(): MemberActions {
  const value = useContext(Context);
  if (!value) throw new Error('useMemberActions needs a MemberActionsProvider');
  return value;
}

/** The error for this row's form, if the last submission was this form for this membership. */
export function useRowError(kind: MemberActionKind, membershipId: string): FormState | null {
  const { current } = useMemberActions();
  return current?.kind === kind && current.state.status === 'error' && current.state.values?.membershipId === membershipId ? current.state : null;
}

export function MemberActionsProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages<'members' | 'enums' | 'input'>; children: React.ReactNode }) {
  const [roleState, roleAction] = useActionState(changeRole, IDLE);
  const [removeState, removeAction] = useActionState(removeMember, IDLE);
  const [latest, setLatest] = useState<MemberActionKind | null>(null);
  const submitted = useCallback((kind: MemberActionKind) => setLatest(kind), []);

  // Without JavaScript the page reloads with only one of the two states set.
  const kind: MemberActionKind | null = latest ?? (removeState.status !== 'idle' ? 'remove' : roleState.status !== 'idle' ? 'role' : null);
  const value = useMemo<MemberActions>(() => {
    const state = kind === 'remove' ? removeState : kind === 'role' ? roleState : null;
    return {
      locale,
      messages,
      role: { state: roleState, action: roleAction },
      remove: { state: removeState, action: removeAction },
      current: kind && state && state.status !== 'idle' ? { kind, state } : null,
      submitted,
    };
  }, [locale, messages, kind, roleState, roleAction, removeState, removeAction, submitted]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The confirmation or the error summary above the table. A confirmation takes the focus,
 * because the button that was pressed may be gone (a removed member's row); an error summary
 * takes it by itself (FormFeedback) and links to the row's field.
 */
export function MemberActionsFeedback() {
  const { messages, current } = useMemberActions();
  const t = messages.members;
  const ref = useRef<HTMLDivElement>(null);
  const state = current?.state ?? IDLE;

  useEffect(() => {
    if (state.status === 'success') ref.current?.focus();
  }, [state]);

  const membershipId = state.values?.membershipId;
  const fieldIds = membershipId ? { role: `role-${membershipId}`, reason: `reason-${membershipId}` } : undefined;
  return (
    <div ref={ref} tabIndex={-1} className="mt-4 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIds} />
    </div>
  );
}
