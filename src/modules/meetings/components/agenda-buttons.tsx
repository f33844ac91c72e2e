'use client';

// The agenda's one-click actions: the coordinator moves an item up or down (buttons, so the
// order can be changed with the keyboard), accepts or declines a proposal and publishes; a
// member withdraws their own proposal. Each is a small form carrying the agenda version; its
// confirmation is announced in a live region.
import { useRouter } from 'next/navigation';
import { createContext, useActionState, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, compactDangerButtonClass, compactSecondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { decideProposal, moveItem, publishAgenda, withdrawProposal } from '../actions/agenda-actions';

/** What every one-click form on an item sends besides its button. */
function ItemFields({ locale, itemId, agendaVersion }: { locale: Locale; itemId: string; agendaVersion: number }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="agendaVersion" value={agendaVersion} />
    </>
  );
}

/** After a refusal (the agenda changed meanwhile), fetch the current agenda and version. */
function useRefreshOnRefusal(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === 'error') router.refresh();
  }, [state, router]);
}

export function MoveButtons({
  locale,
  messages,
  itemId,
  title,
  agendaVersion,
  isFirst,
  isLast,
}: {
  locale: Locale;
  messages: ClientMessages<'agenda'>;
  itemId: string;
  title: string;
  agendaVersion: number;
  isFirst: boolean;
  isLast: boolean;
}) {
  const t = messages.agenda;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(moveItem, IDLE);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const used = useRef<'up' | 'down'>('up');
  useRefreshOnRefusal(state);

  // The item moved in the list: keep the focus on the button used (or the other one, when the
  // item reached the top or bottom), so the keyboard user can keep moving it.
  useEffect(() => {
    if (state.status !== 'success') return;
    const [preferred, other] = used.current === 'up' ? [up.current, down.current] : [down.current, up.current];
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [state]);

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <ItemFields locale={locale} itemId={itemId} agendaVersion={agendaVersion} />
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        disabled={isFirst || isPending}
        aria-label={fill(t.moveUpNamed, { title })}
        onClick={() => (used.current = 'up')}
        className={compactSecondaryButtonClass}
      >
        <span aria-hidden="true">↑ </span>
        {t.moveUp}
      </button>
      <button
        ref={down}
        type="submit"
        name="direction"
        value="down"
        disabled={isLast || isPending}
        aria-label={fill(t.moveDownNamed, { title })}
        onClick={() => (used.current = 'down')}
        className={compactSecondaryButtonClass}
      >
        <span aria-hidden="true">↓ </span>
        {t.moveDown}
      </button>
      <div className="basis-full">
        <CompactFeedback state={state} heading={t.actionFailed} />
      </div>
    </form>
  );
}

/**
 * Where the decisions on proposals (and a member's withdrawal of one) are confirmed: the
 * proposal leaves the list (to the agenda, to the declined ones, or away), taking its own form
 * with it, so the confirmation is shown by this provider, which stays.
 */
const DecisionFeedback = createContext<(state: FormState) => void>(() => {});

export function DecisionFeedbackProvider({ messages, children }: { messages: ClientMessages<'agenda'>; children: ReactNode }) {
  const t = messages.agenda;
  const [state, setState] = useState<FormState>(IDLE);
  const router = useRouter();
  const announce = useCallback(
    (next: FormState) => {
      setState(next);
      if (next.status === 'error') router.refresh();
    },
    [router],
  );
  return (
    <DecisionFeedback.Provider value={announce}>
      <FormFeedback state={state} heading={t.actionFailed} />
      {children}
    </DecisionFeedback.Provider>
  );
}

/** Runs an action whose form may leave the list with its item, confirming it in the provider. */
function useAnnouncedAction(action: (previous: FormState, formData: FormData) => Promise<FormState>) {
  const announce = useContext(DecisionFeedback);
  const [, formAction, isPending] = useActionState<FormState, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    announce(result);
    return result;
  }, IDLE);
  return [formAction, isPending] as const;
}

/** A one-click form about one proposal: which item, its title for the button's name, the agenda's version. */
type ItemButtonProps = { locale: Locale; messages: ClientMessages<'agenda'>; itemId: string; title: string; agendaVersion: number };

export function DecideButtons({ locale, messages, itemId, title, agendaVersion }: ItemButtonProps) {
  const t = messages.agenda;
  const [formAction, isPending] = useAnnouncedAction(decideProposal);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <ItemFields locale={locale} itemId={itemId} agendaVersion={agendaVersion} />
      <button type="submit" name="decision" value="accept" disabled={isPending} aria-label={fill(t.acceptNamed, { title })} className={compactSecondaryButtonClass}>
        {t.accept}
      </button>
      <button type="submit" name="decision" value="decline" disabled={isPending} aria-label={fill(t.declineNamed, { title })} className={compactDangerButtonClass}>
        {t.decline}
      </button>
    </form>
  );
}

export function WithdrawButton({ locale, messages, itemId, title, agendaVersion }: ItemButtonProps) {
  const t = messages.agenda;
  const [formAction, isPending] = useAnnouncedAction(withdrawProposal);
  return (
    <form action={formAction}>
      <ItemFields locale={locale} itemId={itemId} agendaVersion={agendaVersion} />
      <button type="submit" disabled={isPending} aria-label={fill(t.withdrawNamed, { title })} className={compactDangerButtonClass}>
        {t.withdraw}
      </button>
    </form>
  );
}

export function PublishForm({
  locale,
  messages,
  meetingId,
  agendaVersion,
  label,
}: {
  locale: Locale;
  messages: ClientMessages<'agenda'>;
  meetingId: string;
  agendaVersion: number;
  label: string;
}) {
  const t = messages.agenda;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(publishAgenda, IDLE);
  useRefreshOnRefusal(state);
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} heading={t.actionFailed} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="agendaVersion" value={agendaVersion} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {label}
      </button>
    </form>
  );
}

/** A one-line confirmation or error under a row of buttons. */
function CompactFeedback({ state, heading }: { state: FormState; heading: string }) {
  return (
    <>
      <p role="status" className={state.status === 'success' ? 'text-sm text-green-900' : 'sr-only'}>
        {state.status === 'success' ? state.message : ''}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {heading}: {state.message}
        </p>
      )}
    </>
  );
}
