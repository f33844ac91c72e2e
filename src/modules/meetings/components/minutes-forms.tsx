'use client';

// The secretariat's forms on the minutes page: a text per item, a decision with the present
// voters' votes or objections, the adjuster, the two approvals, corrections after approval
// and publishing a decision. Real <form action>s, so they work before JavaScript loads;
// fields are controlled, so what was typed stays after a refusal. The texts, the motion and the
// adjuster are required and say so; the texts count their characters against the server's limits.
import { useActionState, useState } from 'react';

import type { DecisionRule } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, compactSecondaryButtonClass, inputClass, secondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { addCorrection, approveMinutes, recordDecision, setAdjuster, setDecisionPublic, writeEntry } from '../actions/minutes-actions';
import { MINUTES_LIMITS } from '../minutes-fields';

type MinutesMessages = ClientMessages<'minutes' | 'input'>;

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function useForm(action: Action) {
  return useActionState<FormState, FormData>(action, IDLE);
}

export function EntryForm({
  locale,
  messages,
  meetingId,
  agendaItemId,
  text,
  label,
}: {
  locale: Locale;
  messages: MinutesMessages;
  meetingId: string;
  agendaItemId: string | null;
  text: string;
  label: string;
}) {
  const t = messages.minutes;
  const [state, formAction, pending] = useForm(writeEntry);
  const [value, setValue] = useState(text);
  const id = `entry-${agendaItemId ?? 'general'}`;
  const error = state.fieldErrors?.text;
  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ text: id }} fieldLabels={{ text: label }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {agendaItemId && <input type="hidden" name="agendaItemId" value={agendaItemId} />}
      <TextField id={id} label={label} hint={t.entryHint} rows={4} value={value} onChange={setValue} error={error} locale={locale} messages={messages} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? t.saving : t.saveEntry}
      </button>
    </form>
  );
}

export type Voter = { userId: string; name: string; arrivedLabel: string | null };

export function DecisionForm({
  locale,
  messages,
  meetingId,
  agendaItemId,
  rule,
  voters,
  initial,
  recorded,
}: {
  locale: Locale;
  messages: MinutesMessages;
  meetingId: string;
  agendaItemId: string;
  rule: DecisionRule;
  voters: Voter[];
  initial: { motion: string; decidedAt: string; votes: Record<string, string>; objectorIds: string[] };
  recorded: boolean;
}) {
  const t = messages.minutes;
  const [state, formAction, pending] = useForm(recordDecision);
  const [motion, setMotion] = useState(initial.motion);
  const [decidedAt, setDecidedAt] = useState(initial.decidedAt);
  const [votes, setVotes] = useState(initial.votes);
  const [objectors, setObjectors] = useState(new Set(initial.objectorIds));
  const prefix = `decision-${agendaItemId}`;
  const errors = state.fieldErrors ?? {};
  const fieldIds: Record<string, string> = { motion: `${prefix}-motion`, decidedAt: `${prefix}-decidedAt` };
  const fieldLabels: Record<string, string> = { motion: t.motion, decidedAt: t.decidedAt };
  for (const voter of voters) {
    fieldIds[`vote.${voter.userId}`] = `${prefix}-vote-${voter.userId}-0`;
    fieldLabels[`vote.${voter.userId}`] = fill(t.voteFor, { name: voter.name });
  }
  const choices = ['FOR', 'AGAINST', 'ABSTAIN', ''] as const;

  return (
    <form action={formAction} noValidate className="space-y-4 rounded border border-slate-300 p-4">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIds} fieldOrder={['motion', 'decidedAt']} fieldLabels={fieldLabels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <div>
        <label htmlFor={fieldIds.motion} className="block font-medium">
          {t.motion}
          <RequiredMark messages={messages} />
        </label>
        <p id={`${fieldIds.motion}-hint`} className="text-sm text-slate-700">
          {t.motionHint}
        </p>
        <textarea
          id={fieldIds.motion}
          name="motion"
          rows={3}
          value={motion}
          aria-required
          onChange={(e) => setMotion(e.target.value)}
          {...describedBy(fieldIds.motion!, { hint: true, error: errors.motion })}
          className={inputClass(Boolean(errors.motion))}
        />
        <CharacterCount fieldId={fieldIds.motion!} max={MINUTES_LIMITS.motion} locale={locale} messages={messages} />
        <FieldError id={`${fieldIds.motion}-error`} message={errors.motion} />
      </div>
      <div>
        <label htmlFor={fieldIds.decidedAt} className="block font-medium">
          {t.decidedAt}
        </label>
        <p id={`${fieldIds.decidedAt}-hint`} className="text-sm text-slate-700">
          {t.decidedAtHint}
        </p>
        <input
          id={fieldIds.decidedAt}
          name="decidedAt"
          type="datetime-local"
          value={decidedAt}
          onChange={(e) => setDecidedAt(e.target.value)}
          {...describedBy(fieldIds.decidedAt!, { hint: true, error: errors.decidedAt })}
          className={`${inputClass(Boolean(errors.decidedAt))} max-w-xs`}
        />
        <FieldError id={`${fieldIds.decidedAt}-error`} message={errors.decidedAt} />
      </div>

      {voters.length === 0 ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t.noVoters}</p>
      ) : rule === 'CONSENSUS' ? (
        <fieldset aria-describedby={`${prefix}-objectors-hint`}>
          <legend className="font-medium">{t.objectorsLegend}</legend>
          <p id={`${prefix}-objectors-hint`} className="text-sm text-slate-700">
            {t.objectorsHint}
          </p>
          <ul className="mt-2 space-y-1">
            {voters.map((voter) => (
              <li key={voter.userId} className="flex items-center gap-2">
                <input
                  id={`${prefix}-object-${voter.userId}`}
                  type="checkbox"
                  name="objectorIds"
                  value={voter.userId}
                  checked={objectors.has(voter.userId)}
                  onChange={(e) => {
                    const next = new Set(objectors);
                    if (e.target.checked) next.add(voter.userId);
                    else next.delete(voter.userId);
                    setObjectors(next);
                  }}
                  className="h-4 w-4"
                />
                <label htmlFor={`${prefix}-object-${voter.userId}`}>
                  {fill(t.objects, { name: voter.name })}
                  {voter.arrivedLabel && <span className="text-sm text-slate-700"> ({voter.arrivedLabel})</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <fieldset aria-describedby={`${prefix}-votes-hint`} className="space-y-3">
          <legend className="font-medium">{t.votesLegend}</legend>
          <p id={`${prefix}-votes-hint`} className="text-sm text-slate-700">
            {t.votersHint}
          </p>
          {voters.map((voter) => {
            const field = `vote.${voter.userId}`;
            return (
              <fieldset key={voter.userId} {...describedBy(`${prefix}-vote-${voter.userId}`, { error: errors[field] })}>
                <legend className="text-sm font-semibold">
                  {fill(t.voteFor, { name: voter.name })}
                  {voter.arrivedLabel && <span className="font-normal text-slate-700"> ({voter.arrivedLabel})</span>}
                </legend>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {choices.map((choice, i) => (
                    <span key={choice || 'none'} className="flex items-center gap-1">
                      <input
                        id={`${prefix}-vote-${voter.userId}-${i}`}
                        type="radio"
                        name={field}
                        value={choice}
                        checked={(votes[field] ?? '') === choice}
                        onChange={() => setVotes({ ...votes, [field]: choice })}
                        className="h-4 w-4"
                      />
                      <label htmlFor={`${prefix}-vote-${voter.userId}-${i}`}>{t.choice[choice || 'NONE']}</label>
                    </span>
                  ))}
                </div>
                <FieldError id={`${prefix}-vote-${voter.userId}-error`} message={errors[field]} />
              </fieldset>
            );
          })}
        </fieldset>
      )}
      {recorded && <p className="text-sm text-slate-700">{t.rerecordHint}</p>}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t.saving : recorded ? t.rerecord : t.record}
      </button>
    </form>
  );
}

export function AdjusterForm({
  locale,
  messages,
  meetingId,
  candidates,
  current,
}: {
  locale: Locale;
  messages: MinutesMessages;
  meetingId: string;
  candidates: Array<{ userId: string; name: string }>;
  current: string | null;
}) {
  const t = messages.minutes;
  const [state, formAction, pending] = useForm(setAdjuster);
  const [value, setValue] = useState(current ?? '');
  const id = 'minutes-adjuster';
  const error = state.fieldErrors?.adjusterId;
  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ adjusterId: id }} fieldLabels={{ adjusterId: t.adjusterLabel }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <label htmlFor={id} className="block font-medium">
        {t.adjusterLabel}
        <RequiredMark messages={messages} />
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t.adjusterHint}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <select
          id={id}
          name="adjusterId"
          aria-required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          {...describedBy(id, { hint: true, error })}
          className={`${inputClass(Boolean(error))} max-w-sm`}
        >
          <option value="">{t.chooseAdjuster}</option>
          {candidates.map((c) => (
            <option key={c.userId} value={c.userId}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {t.setAdjuster}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </form>
  );
}

export function ApproveForm({ locale, messages, meetingId, as }: { locale: Locale; messages: MinutesMessages; meetingId: string; as: 'coordinator' | 'adjuster' }) {
  const t = messages.minutes;
  const [state, formAction, pending] = useForm(approveMinutes);
  return (
    <form action={formAction} className="space-y-2">
      <FormFeedback state={state} heading={t.errorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="as" value={as} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {as === 'coordinator' ? t.approveAsCoordinator : t.approveAsAdjuster}
      </button>
    </form>
  );
}

export function CorrectionForm({ locale, messages, entryId }: { locale: Locale; messages: MinutesMessages; entryId: string }) {
  const t = messages.minutes;
  const [value, setValue] = useState('');
  // After a saved correction the field is emptied for the next one.
  const [state, formAction, pending] = useActionState<FormState, FormData>(async (previous, formData) => {
    const result = await addCorrection(previous, formData);
    if (result.status === 'success') setValue('');
    return result;
  }, IDLE);
  const id = `correction-${entryId}`;
  const error = state.fieldErrors?.text;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-700 underline">{t.addCorrection}</summary>
      <form action={formAction} noValidate className="mt-2 space-y-2">
        <FormFeedback state={state} heading={t.errorSummary} fieldIds={{ text: id }} fieldLabels={{ text: t.correctionLabel }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="entryId" value={entryId} />
        <TextField id={id} label={t.correctionLabel} hint={t.correctionHint} rows={3} value={value} onChange={setValue} error={error} locale={locale} messages={messages} />
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {t.addCorrection}
        </button>
      </form>
    </details>
  );
}

export function PublishForm({ locale, messages, decisionId, isPublic }: { locale: Locale; messages: MinutesMessages; decisionId: string; isPublic: boolean }) {
  const t = messages.minutes;
  const [state, formAction, pending] = useForm(setDecisionPublic);
  return (
    <form action={formAction} className="space-y-2">
      <FormFeedback state={state} heading={t.errorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="isPublic" value={isPublic ? 'false' : 'true'} />
      <button type="submit" disabled={pending} className={compactSecondaryButtonClass}>
        {isPublic ? t.makePrivate : t.makePublic}
      </button>
    </form>
  );
}

/** The minutes' text fields (an entry, a correction), both required: label, hint, the kept text, its count and its error. */
function TextField({
  id,
  label,
  hint,
  rows,
  value,
  onChange,
  error,
  locale,
  messages,
}: {
  id: string;
  label: string;
  hint: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  locale: Locale;
  messages: MinutesMessages;
}) {
  return (
    <>
      <label htmlFor={id} className="block font-medium">
        {label}
        <RequiredMark messages={messages} />
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <textarea
        id={id}
        name="text"
        rows={rows}
        value={value}
        aria-required
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(id, { hint: true, error })}
        className={inputClass(Boolean(error))}
      />
      <CharacterCount fieldId={id} max={MINUTES_LIMITS.text} locale={locale} messages={messages} />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
