'use client';

// Recording a result after a handover. The kind decides which fields belong: once chosen, only
// those are shown; without JavaScript every field shows, and the hints say which kind each is
// for (the server keeps only the fields of the kind chosen). Errors keep what was typed.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { recordHandoverResult } from '../actions/result-actions';
import { DESCRIPTION_MAX, RESULT_KINDS } from '../handover-results';

type Field = 'reference' | 'url' | 'supplierName' | 'valueSek' | 'organizationId' | 'description';

/** The fields each kind of result uses, beside its date. */
const FIELDS_OF: Record<(typeof RESULT_KINDS)[number], readonly Field[]> = {
  ADVERTISED: ['reference', 'url'],
  CONTRACT: ['supplierName', 'valueSek', 'url'],
  CALL_OFF: ['organizationId', 'valueSek'],
  EFFECT: ['description'],
};

export function HandoverResultForm({
  locale,
  messages,
  handoverId,
  organizations,
}: {
  locale: Locale;
  messages: ClientMessages<'handoverResults' | 'input'>;
  handoverId: string;
  organizations: Array<{ id: string; name: string }>;
}) {
  const [state, action, pending] = useActionState(recordHandoverResult, IDLE);
  // A fresh form after each success (the new result's id), the kept one after an error.
  const formKey = state.status === 'success' ? `done-${state.detail}` : `kept-${JSON.stringify(state.values ?? {})}`;
  return (
    <form key={formKey} action={action} noValidate className="max-w-2xl space-y-4 rounded border border-slate-300 p-4">
      <ResultFields locale={locale} messages={messages} handoverId={handoverId} organizations={organizations} state={state} pending={pending} />
    </form>
  );
}

/** The form's fields, with the kind chosen in them: a new form (after a success) starts with none. */
function ResultFields({
  locale,
  messages,
  handoverId,
  organizations,
  state,
  pending,
}: {
  locale: Locale;
  messages: ClientMessages<'handoverResults' | 'input'>;
  handoverId: string;
  organizations: Array<{ id: string; name: string }>;
  state: FormState;
  pending: boolean;
}) {
  const t = messages.handoverResults;
  const kept = state.status === 'error' ? (state.values ?? {}) : {};
  const [kind, setKind] = useState(kept.kind ?? '');
  const errors = state.fieldErrors ?? {};
  const id = (field: string) => `result-${handoverId}-${field}`;
  const shows = (field: Field) => !(kind in FIELDS_OF) || FIELDS_OF[kind as keyof typeof FIELDS_OF].includes(field);
  const order = ['kind', 'occurredOn', 'reference', 'url', 'supplierName', 'valueSek', 'organizationId', 'description'];

  const text = (field: Exclude<Field, 'organizationId' | 'description'>, type = 'text') =>
    shows(field) && (
      <div>
        <label htmlFor={id(field)} className="block font-medium">
          {t.fields[field]}
        </label>
        <p id={`${id(field)}-hint`} className="text-sm text-slate-700">
          {t.hints[field]}
        </p>
        <input id={id(field)} name={field} type={type} inputMode={field === 'valueSek' ? 'numeric' : undefined} defaultValue={kept[field] ?? ''} {...describedBy(id(field), { hint: true, error: errors[field] })} className={inputClass(Boolean(errors[field]))} />
        <FieldError id={`${id(field)}-error`} message={errors[field]} />
      </div>
    );

  return (
    <>
      <h4 className="text-lg font-semibold">{t.addHeading}</h4>
      {/* The detail is the new result's id, for the form's key: not for the person to read. */}
      <FormFeedback state={state} heading={t.errorSummary} renderDetail={() => null} fieldIds={Object.fromEntries(order.map((f) => [f, id(f)]))} fieldOrder={order} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="handoverId" value={handoverId} />
      <div>
        <label htmlFor={id('kind')} className="block font-medium">
          {t.fields.kind} ({messages.input.requiredMark})
        </label>
        <p id={`${id('kind')}-hint`} className="text-sm text-slate-700">
          {t.hints.kind}
        </p>
        <select
          id={id('kind')}
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          aria-required="true"
          {...describedBy(id('kind'), { hint: true, error: errors.kind })}
          className={inputClass(Boolean(errors.kind))}
        >
          <option value="">{t.fields.kind}</option>
          {RESULT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
        <FieldError id={`${id('kind')}-error`} message={errors.kind} />
      </div>
      <div>
        <label htmlFor={id('occurredOn')} className="block font-medium">
          {t.fields.occurredOn} ({messages.input.requiredMark})
        </label>
        <p id={`${id('occurredOn')}-hint`} className="text-sm text-slate-700">
          {t.hints.occurredOn}
        </p>
        <input id={id('occurredOn')} name="occurredOn" type="date" aria-required="true" defaultValue={kept.occurredOn ?? ''} {...describedBy(id('occurredOn'), { hint: true, error: errors.occurredOn })} className={inputClass(Boolean(errors.occurredOn))} />
        <FieldError id={`${id('occurredOn')}-error`} message={errors.occurredOn} />
      </div>
      {text('reference')}
      {text('supplierName')}
      {text('valueSek')}
      {text('url', 'url')}
      {shows('organizationId') && (
        <div>
          <label htmlFor={id('organizationId')} className="block font-medium">
            {t.fields.organizationId}
          </label>
          <p id={`${id('organizationId')}-hint`} className="text-sm text-slate-700">
            {t.hints.organizationId}
          </p>
          <select id={id('organizationId')} name="organizationId" defaultValue={kept.organizationId ?? ''} {...describedBy(id('organizationId'), { hint: true, error: errors.organizationId })} className={inputClass(Boolean(errors.organizationId))}>
            <option value="">{t.chooseOrganization}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id('organizationId')}-error`} message={errors.organizationId} />
        </div>
      )}
      {shows('description') && (
        <div>
          <label htmlFor={id('description')} className="block font-medium">
            {t.fields.description}
          </label>
          <p id={`${id('description')}-hint`} className="text-sm text-slate-700">
            {t.hints.description}
          </p>
          <textarea id={id('description')} name="description" rows={3} defaultValue={kept.description ?? ''} {...describedBy(id('description'), { hint: true, error: errors.description })} className={inputClass(Boolean(errors.description))} />
          <CharacterCount fieldId={id('description')} max={DESCRIPTION_MAX} locale={locale} messages={messages} />
          <FieldError id={`${id('description')}-error`} message={errors.description} />
        </div>
      )}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.add}
      </button>
    </>
  );
}
