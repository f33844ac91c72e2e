'use client';

// The second step of a handover: the receiving organisation is chosen (a hidden field); the
// coordinator names the person there who acknowledges, links the results (one to four
// documents, each with its kind) and may add a message. The server checks it all again. The
// person and at least one document are required and say so; a begun row must be complete.
import Link from 'next/link';
import { useActionState } from 'react';

import type { HandoverDocumentKind } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { handOver } from '../actions/handover-actions';
import { HANDOVER_LIMITS } from '../form-limits';
import { SubmissionKeyInput } from '@/ui/submission-key';

const KINDS: readonly HandoverDocumentKind[] = ['REQUIREMENT_SPECIFICATION', 'MARKET_ANALYSIS', 'COMPETITION_RESULT', 'GUIDANCE'];
const ROWS = [1, 2, 3, 4] as const;

const FIELD_IDS: Record<string, string> = { recipientId: 'handover-recipient', documents: 'handover-document-kind-1', note: 'handover-note' };
for (const n of ROWS) {
  FIELD_IDS[`documentKind${n}`] = `handover-document-kind-${n}`;
  FIELD_IDS[`documentTitle${n}`] = `handover-document-title-${n}`;
  FIELD_IDS[`documentUrl${n}`] = `handover-document-url-${n}`;
}
const FIELD_ORDER = ['recipientId', 'documents', ...ROWS.flatMap((n) => [`documentKind${n}`, `documentTitle${n}`, `documentUrl${n}`]), 'note'];

export function HandoverForm({
  locale,
  messages,
  needId,
  submissionKey,
  organizationId,
  recipients,
  needHref,
}: {
  locale: Locale;
  messages: ClientMessages<'businessCase' | 'needEnums' | 'input'>;
  needId: string;
  /** The need is handed over once however often the form is sent (src/ui/submission-key.tsx). */
  submissionKey: string;
  organizationId: string;
  recipients: ReadonlyArray<{ id: string; name: string; title: string | null }>;
  needHref: string;
}) {
  const t = messages.businessCase.handoverPage;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(handOver, IDLE);
  const errors = state.fieldErrors ?? {};
  // After an error the form keeps what was typed; after a handover it is emptied.
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const labels: Record<string, string> = { recipientId: t.recipient, documents: t.documentsLegend, note: t.note };
  for (const n of ROWS) {
    labels[`documentKind${n}`] = `${fill(t.documentRow, { n })}, ${t.kind}`;
    labels[`documentTitle${n}`] = `${fill(t.documentRow, { n })}, ${t.documentTitle}`;
    labels[`documentUrl${n}`] = `${fill(t.documentRow, { n })}, ${t.documentUrl}`;
  }

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback
        state={state}
        heading={t.errorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={FIELD_ORDER}
        fieldLabels={labels}
      />
      {state.status === 'success' && (
        <p>
          <Link href={needHref} className="font-semibold text-brand-700 underline">
            {t.backToNeed}
          </Link>
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <SubmissionKeyInput value={submissionKey} />
      <input type="hidden" name="receivingOrganizationId" value={organizationId} />
      <div key={JSON.stringify(values)} className="space-y-6">
        <div>
          <label htmlFor="handover-recipient" className="block font-medium">
            {t.recipient}
            <RequiredMark messages={messages} />
          </label>
          <p id="handover-recipient-hint" className="text-sm text-slate-700">
            {t.recipientHint}
          </p>
          <select
            id="handover-recipient"
            name="recipientId"
            aria-required
            defaultValue={values.recipientId ?? ''}
            {...describedBy('handover-recipient', { hint: true, error: errors.recipientId })}
            className={`${inputClass(Boolean(errors.recipientId))} max-w-md`}
          >
            <option value="">{t.chooseRecipient}</option>
            {recipients.map((person) => (
              <option key={person.id} value={person.id}>
                {person.title ? `${person.name}, ${person.title}` : person.name}
              </option>
            ))}
          </select>
          <FieldError id="handover-recipient-error" message={errors.recipientId} />
        </div>

        <fieldset {...describedBy('handover-documents', { hint: true, error: errors.documents })}>
          <legend className="font-medium">
            {t.documentsLegend}
            <RequiredMark messages={messages} />
          </legend>
          <p id="handover-documents-hint" className="text-sm text-slate-700">
            {t.documentsHint}
          </p>
          <FieldError id="handover-documents-error" message={errors.documents} />
          <div className="mt-3 space-y-4">
            {ROWS.map((n) => (
              <fieldset key={n} className="rounded border border-slate-300 p-4">
                <legend className="px-1 font-medium">{fill(t.documentRow, { n })}</legend>
                <div className="grid gap-4 md:grid-cols-[12rem_1fr]">
                  <div>
                    <label htmlFor={`handover-document-kind-${n}`} className="block text-sm font-medium">
                      {t.kind}
                    </label>
                    <select
                      id={`handover-document-kind-${n}`}
                      name={`documentKind${n}`}
                      defaultValue={values[`documentKind${n}`] ?? ''}
                      {...describedBy(`handover-document-kind-${n}`, { error: errors[`documentKind${n}`] })}
                      className={inputClass(Boolean(errors[`documentKind${n}`]))}
                    >
                      <option value="">{t.chooseKind}</option>
                      {KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {messages.needEnums.documentKind[kind]}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`handover-document-kind-${n}-error`} message={errors[`documentKind${n}`]} />
                  </div>
                  <div>
                    <label htmlFor={`handover-document-title-${n}`} className="block text-sm font-medium">
                      {t.documentTitle}
                    </label>
                    <input
                      id={`handover-document-title-${n}`}
                      name={`documentTitle${n}`}
                      type="text"
                      defaultValue={values[`documentTitle${n}`] ?? ''}
                      {...describedBy(`handover-document-title-${n}`, { error: errors[`documentTitle${n}`] })}
                      className={inputClass(Boolean(errors[`documentTitle${n}`]))}
                    />
                    <CharacterCount fieldId={`handover-document-title-${n}`} max={HANDOVER_LIMITS.documentTitle} locale={locale} messages={messages} />
                    <FieldError id={`handover-document-title-${n}-error`} message={errors[`documentTitle${n}`]} />
                  </div>
                  <div className="md:col-start-2">
                    <label htmlFor={`handover-document-url-${n}`} className="block text-sm font-medium">
                      {t.documentUrl}
                    </label>
                    <input
                      id={`handover-document-url-${n}`}
                      name={`documentUrl${n}`}
                      type="url"
                      inputMode="url"
                      placeholder="https://"
                      defaultValue={values[`documentUrl${n}`] ?? ''}
                      {...describedBy(`handover-document-url-${n}`, { error: errors[`documentUrl${n}`] })}
                      className={inputClass(Boolean(errors[`documentUrl${n}`]))}
                    />
                    <FieldError id={`handover-document-url-${n}-error`} message={errors[`documentUrl${n}`]} />
                  </div>
                </div>
              </fieldset>
            ))}
          </div>
        </fieldset>

        <div>
          <label htmlFor="handover-note" className="block font-medium">
            {t.note}
          </label>
          <textarea
            id="handover-note"
            name="note"
            rows={4}
            defaultValue={values.note ?? ''}
            {...describedBy('handover-note', { error: errors.note })}
            className={`${inputClass(Boolean(errors.note))} max-w-2xl`}
          />
          <CharacterCount fieldId="handover-note" max={HANDOVER_LIMITS.note} locale={locale} messages={messages} />
          <FieldError id="handover-note-error" message={errors.note} />
        </div>
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
