'use client';

// What a signed-in visitor can do about their place in a network: ask to join, see and
// withdraw a pending request, or (as a member) choose to be listed and leave. One client
// component holds the actions' results, so the confirmation stays on screen when the page
// re-renders into the next state (the form disappears once the request is pending), and
// shows it, or what went wrong, in one place at the top of the panel.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { CharacterCount } from '@/ui/character-count';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';
import { formatDate, formatNumber } from '@/ui/format';

import { requestToJoin, withdrawJoinRequest } from '../actions/joining-actions';
import { leaveNetwork } from '../actions/my-membership-actions';
import type { JoinStanding } from '../joining-queries';
import { MOTIVATION_MAX } from '../joining-rules';
import { CompetenceSelect } from './competence-select';
import { ListedForm } from './listed-form';

const JOIN_FIELD_IDS = { motivation: 'join-motivation', competence: 'join-competence' };

type SignedInStanding = Exclude<JoinStanding, { kind: 'signedOut' }>;

/** The texts of the panel and of the forms in it. */
type PanelMessages = ClientMessages<'myMembership' | 'joining' | 'governance' | 'enums' | 'input'>;

/** `refusal`: why the person cannot join, in words, when they cannot (picked on the server, so
 * the page does not carry every refusal text). */
type Props = { locale: Locale; messages: PanelMessages; networkId: string; standing: SignedInStanding; refusal: string | null };

/** The most recent of several action results that changed (React's "adjust state on change"). */
function useLatestChange(states: FormState[]): FormState | null {
  const [previous, setPrevious] = useState(states);
  const [latest, setLatest] = useState<FormState | null>(null);
  const changed = states.find((state, i) => state !== previous[i]);
  if (changed) {
    setPrevious(states);
    setLatest(changed);
  }
  return changed ?? latest;
}

export function MembershipPanel({ locale, messages, networkId, standing, refusal }: Props) {
  const [joinState, joinAction, joining] = useActionState(requestToJoin, IDLE);
  const [withdrawState, withdrawAction, withdrawing] = useActionState(withdrawJoinRequest, IDLE);
  const [leaveState, leaveAction, leaving] = useActionState(leaveNetwork, IDLE);
  const latest = useLatestChange([joinState, withdrawState, leaveState]);

  return (
    <section aria-labelledby="joining-heading" className="space-y-4 rounded border border-slate-300 p-5">
      <h2 id="joining-heading" className="text-2xl font-semibold">
        {standing.kind === 'member' ? messages.myMembership.heading : messages.joining.title}
      </h2>
      <FormFeedback state={latest ?? IDLE} heading={messages.joining.errorSummary} fieldIds={latest === joinState ? JOIN_FIELD_IDS : undefined} />
      {standing.kind === 'member' && (
        <MemberBlock locale={locale} messages={messages} networkId={networkId} standing={standing} leave={{ state: leaveState, action: leaveAction, pending: leaving }} />
      )}
      {standing.kind === 'pending' && (
        <PendingBlock locale={locale} messages={messages} standing={standing} withdraw={{ state: withdrawState, action: withdrawAction, pending: withdrawing }} />
      )}
      {standing.kind === 'blocked' && <BlockedBlock messages={messages} reason={standing.reason} refusal={refusal} />}
      {standing.kind === 'canAsk' && (
        <JoinForm locale={locale} messages={messages} networkId={networkId} standing={standing} join={{ state: joinState, action: joinAction, pending: joining }} />
      )}
    </section>
  );
}

type Bound = { state: FormState; action: (formData: FormData) => void; pending: boolean };

function JoinForm({ locale, messages, networkId, standing, join }: { locale: Locale; messages: PanelMessages; networkId: string; standing: Extract<SignedInStanding, { kind: 'canAsk' }>; join: Bound }) {
  const t = messages.joining;
  const errors = join.state.status === 'error' ? (join.state.fieldErrors ?? {}) : {};
  const values = join.state.status === 'error' ? join.state.values : undefined;
  return (
    <>
      <p>{standing.policy === 'APPROVAL' && !standing.hasCoordinator ? t.noCoordinatorLead : t.policyLead[standing.policy]}</p>
      {standing.lastDeclined && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          <p>{fill(t.lastDeclined, { date: formatDate(standing.lastDeclined.date, locale) })}</p>
          {standing.lastDeclined.reason && (
            <p className="mt-1">
              <span className="font-semibold">{t.decisionReason}:</span> {standing.lastDeclined.reason}
            </p>
          )}
        </div>
      )}
      <form action={join.action} noValidate className="max-w-2xl space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="networkId" value={networkId} />
        <div>
          <label htmlFor="join-motivation" className="block font-medium">
            {t.motivation}
            <RequiredMark messages={messages} />
          </label>
          <p id="join-motivation-help" className="text-sm text-slate-700">
            {fill(t.motivationHelp, { max: formatNumber(MOTIVATION_MAX, locale) })}
          </p>
          <textarea
            id="join-motivation"
            name="motivation"
            rows={4}
            aria-required
            defaultValue={values?.motivation}
            key={`motivation-${values?.motivation ?? ''}`}
            {...describedBy('join-motivation', { hint: 'join-motivation-help', error: errors.motivation })}
            className={inputClass(Boolean(errors.motivation))}
          />
          <CharacterCount fieldId="join-motivation" max={MOTIVATION_MAX} locale={locale} messages={messages} />
          <FieldError id="join-motivation-error" message={errors.motivation} />
        </div>
        <CompetenceSelect id="join-competence" messages={messages} value={values?.competence} error={errors.competence} />
        <button type="submit" disabled={join.pending} className={buttonClass}>
          {join.pending ? t.submitting : t.submit[standing.policy]}
        </button>
      </form>
    </>
  );
}

function PendingBlock({ locale, messages, standing, withdraw }: { locale: Locale; messages: PanelMessages; standing: Extract<SignedInStanding, { kind: 'pending' }>; withdraw: Bound }) {
  const t = messages.joining;
  return (
    <>
      <p className="font-medium">{fill(standing.hasCoordinator ? t.pendingSince : t.pendingSinceNoCoordinator, { date: formatDate(standing.since, locale) })}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.competence}</dt>
        <dd>{messages.governance.competence[standing.competence]}</dd>
        <dt className="font-semibold">{t.yourMotivation}</dt>
        <dd className="whitespace-pre-line">{standing.motivation}</dd>
      </dl>
      <form action={withdraw.action} className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="requestId" value={standing.requestId} />
        <button type="submit" disabled={withdraw.pending} className={secondaryButtonClass}>
          {t.withdraw}
        </button>
      </form>
    </>
  );
}

function BlockedBlock({ messages, reason, refusal }: { messages: PanelMessages; reason: Extract<SignedInStanding, { kind: 'blocked' }>['reason']; refusal: string | null }) {
  const t = messages.joining;
  const help = reason === 'invitationOnly' ? t.invitationOnlyHelp : reason === 'agencyStaff' ? t.agencyStaffHelp : null;
  return (
    <div className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">
      <p>{refusal}</p>
      {help && <p className="mt-2">{help}</p>}
    </div>
  );
}

function MemberBlock({ locale, messages, networkId, standing, leave }: { locale: Locale; messages: PanelMessages; networkId: string; standing: Extract<SignedInStanding, { kind: 'member' }>; leave: Bound }) {
  const t = messages.joining;
  const m = messages.myMembership;
  return (
    <>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.role}</dt>
        <dd>{messages.enums.role[standing.role]}</dd>
        <dt className="font-semibold">{t.memberSince}</dt>
        <dd>{formatDate(standing.since, locale)}</dd>
        <dt className="font-semibold">{t.competence}</dt>
        <dd>{standing.competence ? messages.governance.competence[standing.competence] : t.noCompetence}</dd>
      </dl>
      <ListedForm locale={locale} messages={messages} networkId={networkId} isListed={standing.isListed} />
      {standing.isOnlyCoordinator ? (
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{m.leaveLastCoordinator}</p>
      ) : (
        // A disclosure rather than a dialog: it asks before leaving, and works with the
        // keyboard and without JavaScript.
        <details className="rounded border border-slate-300 p-4" open={leave.state.status === 'error' || undefined}>
          <summary className="cursor-pointer font-semibold text-brand-700">{m.leave}</summary>
          <form action={leave.action} className="mt-3 space-y-3">
            <p>{m.leaveConfirm}</p>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="networkId" value={networkId} />
            <button type="submit" disabled={leave.pending} className={secondaryButtonClass}>
              {t.confirmLeave}
            </button>
          </form>
        </details>
      )}
    </>
  );
}
