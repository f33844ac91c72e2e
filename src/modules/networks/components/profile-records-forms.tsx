'use client';

// The secretariat's forms for the profile's records: add a link to a result or a report, add
// a dated event with its source, and remove either. Real <form action>s that work without
// JavaScript; after an error the fields keep what was typed, with the error beside the field
// and in a summary at the top. Removals answer once above their list, as what was removed
// leaves the page.
import { useActionState, type ReactNode } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, compactDangerButtonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, fieldIdsOf, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { addNetworkFactAction, addNetworkLinkAction, removeNetworkFactAction, removeNetworkLinkAction } from '../actions/profile-record-actions';
import { PROFILE_RECORD_LIMITS } from '../profile-record-limits';

type RecordMessages = ClientMessages<'profileRecords' | 'enums' | 'input'>;
type Common = { locale: Locale; messages: RecordMessages; networkId: string };

const LINK_FIELDS = ['kind', 'title', 'url', 'publishedOn'] as const;
const FACT_FIELDS = ['occurredOn', 'textSv', 'textEn', 'source', 'sourceUrl'] as const;
const LINK_KINDS = ['REPORT', 'RESULT'] as const;

function useRecordForm(action: (state: FormState, data: FormData) => Promise<FormState>) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, IDLE);
  const values: Record<string, string> = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return { state, formAction, isPending, values, errors };
}

type FieldProps = {
  locale: Locale;
  messages: RecordMessages;
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The server refuses the record without it (profile-records-schema.ts). */
  required?: boolean;
  /** The longest text the server takes, counted under the field. */
  max?: number;
  children: (aria: ReturnType<typeof describedBy> & { 'aria-required'?: true }) => ReactNode;
};

function Field({ locale, messages, id, label, hint, error, required = false, max, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
        {required && <RequiredMark messages={messages} />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {children({ ...describedBy(id, { hint: Boolean(hint), error }), 'aria-required': required || undefined })}
      {max && <CharacterCount fieldId={id} max={max} locale={locale} messages={messages} />}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function AddLinkForm({ locale, messages, networkId }: Common) {
  const t = messages.profileRecords;
  const { state, formAction, isPending, values, errors } = useRecordForm(addNetworkLinkAction);
  const id = (field: string) => `add-link-${field}`;
  const labels = { kind: t.kind, title: t.linkTitle, url: t.url, publishedOn: t.publishedOn };
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="add-link-heading">
      <h3 id="add-link-heading" className="text-lg font-semibold">
        {t.addLinkHeading}
      </h3>
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIdsOf('add-link', LINK_FIELDS)} fieldOrder={LINK_FIELDS} fieldLabels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <div key={`${state.status}-${JSON.stringify(values)}`} className="grid gap-4 sm:grid-cols-2">
        <Field locale={locale} messages={messages} id={id('kind')} label={t.kind} error={errors.kind} required>
          {(aria) => (
            <select id={id('kind')} name="kind" defaultValue={values.kind ?? 'REPORT'} className={inputClass(Boolean(errors.kind))} {...aria}>
              {LINK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {messages.enums.networkLinkKind[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field locale={locale} messages={messages} id={id('publishedOn')} label={t.publishedOn} hint={t.publishedOnHint} error={errors.publishedOn}>
          {(aria) => (
            <input id={id('publishedOn')} name="publishedOn" type="date" defaultValue={values.publishedOn ?? ''} className={inputClass(Boolean(errors.publishedOn))} {...aria} />
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field locale={locale} messages={messages} id={id('title')} label={t.linkTitle} error={errors.title} required max={PROFILE_RECORD_LIMITS.title}>
            {(aria) => <input id={id('title')} name="title" defaultValue={values.title ?? ''} className={inputClass(Boolean(errors.title))} {...aria} />}
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field locale={locale} messages={messages} id={id('url')} label={t.url} hint={t.urlHint} error={errors.url} required>
            {(aria) => <input id={id('url')} name="url" type="url" inputMode="url" defaultValue={values.url ?? ''} className={inputClass(Boolean(errors.url))} {...aria} />}
          </Field>
        </div>
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.addingLink : t.addLink}
      </button>
    </form>
  );
}

export function AddFactForm({ locale, messages, networkId, today }: Common & { today: string }) {
  const t = messages.profileRecords;
  const { state, formAction, isPending, values, errors } = useRecordForm(addNetworkFactAction);
  const id = (field: string) => `add-fact-${field}`;
  const labels = { occurredOn: t.occurredOn, textSv: t.textSv, textEn: t.textEn, source: t.source, sourceUrl: t.sourceUrl };
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="add-fact-heading">
      <h3 id="add-fact-heading" className="text-lg font-semibold">
        {t.addFactHeading}
      </h3>
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIdsOf('add-fact', FACT_FIELDS)} fieldOrder={FACT_FIELDS} fieldLabels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-4">
        <Field locale={locale} messages={messages} id={id('occurredOn')} label={t.occurredOn} hint={t.occurredOnHint} error={errors.occurredOn} required>
          {(aria) => (
            <input
              id={id('occurredOn')}
              name="occurredOn"
              type="date"
              max={today}
              defaultValue={values.occurredOn ?? ''}
              className={`${inputClass(Boolean(errors.occurredOn))} sm:max-w-xs`}
              {...aria}
            />
          )}
        </Field>
        <Field locale={locale} messages={messages} id={id('textSv')} label={t.textSv} error={errors.textSv} required max={PROFILE_RECORD_LIMITS.factText}>
          {(aria) => <textarea id={id('textSv')} name="textSv" rows={3} defaultValue={values.textSv ?? ''} className={inputClass(Boolean(errors.textSv))} {...aria} />}
        </Field>
        <Field locale={locale} messages={messages} id={id('textEn')} label={t.textEn} hint={t.textEnHint} error={errors.textEn} max={PROFILE_RECORD_LIMITS.factText}>
          {(aria) => <textarea id={id('textEn')} name="textEn" rows={3} defaultValue={values.textEn ?? ''} className={inputClass(Boolean(errors.textEn))} {...aria} />}
        </Field>
        <Field locale={locale} messages={messages} id={id('source')} label={t.source} hint={t.sourceHint} error={errors.source} required max={PROFILE_RECORD_LIMITS.source}>
          {(aria) => <input id={id('source')} name="source" defaultValue={values.source ?? ''} className={inputClass(Boolean(errors.source))} {...aria} />}
        </Field>
        <Field locale={locale} messages={messages} id={id('sourceUrl')} label={t.sourceUrl} hint={t.sourceUrlHint} error={errors.sourceUrl}>
          {(aria) => (
            <input id={id('sourceUrl')} name="sourceUrl" type="url" inputMode="url" defaultValue={values.sourceUrl ?? ''} className={inputClass(Boolean(errors.sourceUrl))} {...aria} />
          )}
        </Field>
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.addingFact : t.addFact}
      </button>
    </form>
  );
}

export type RecordListItem = { id: string; content: ReactNode };

/**
 * A list of links or events, each with its remove button, and the answer to a removal above
 * the list (the removed item's own form leaves the page with it).
 */
export function RemovableRecordList({
  locale,
  messages,
  kind,
  items,
}: {
  locale: Locale;
  messages: RecordMessages;
  kind: 'link' | 'fact';
  items: RecordListItem[];
}) {
  const t = messages.profileRecords;
  const [state, action, isPending] = useActionState<FormState, FormData>(kind === 'link' ? removeNetworkLinkAction : removeNetworkFactAction, IDLE);
  const field = kind === 'link' ? 'linkId' : 'factId';
  return (
    <div className="space-y-3">
      <FormFeedback state={state} heading={t.errorSummary} />
      <ul className="divide-y divide-slate-200 rounded border border-slate-300">
        {items.map((item) => (
          <li key={item.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
            <div id={`record-${item.id}`} className="min-w-0 break-words">
              {item.content}
            </div>
            <form action={action} className="shrink-0">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name={field} value={item.id} />
              <button type="submit" disabled={isPending} aria-describedby={`record-${item.id}`} className={compactDangerButtonClass}>
                {kind === 'link' ? t.removeLink : t.removeFact}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
