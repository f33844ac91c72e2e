'use client';

// The form that corrects an organisation's details: name, kind, county, SCB code and
// organisation number, each with its error beside it and in the summary. The name and the kind
// are required and say so; the name counts its characters against the server's limit.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { compactInputClass, compactSecondaryButtonClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { MAX_ORGANIZATION_NAME, ORGANIZATION_KINDS } from '../admin-fields';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const FIELDS = ['name', 'kind', 'countyCode', 'scbCode', 'organisationNumber'] as const;

function Save({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={compactSecondaryButtonClass}>
      {pending ? pendingLabel : label}
    </button>
  );
}

export function OrganisationEditForm({
  action,
  locale,
  messages,
  counties,
  organisation,
}: {
  action: Action;
  locale: Locale;
  messages: ClientMessages<'adminOrganisations' | 'enums' | 'input'>;
  counties: ReadonlyArray<{ code: string; name: string }>;
  organisation: { id: string; name: string; kind: string; countyCode: string | null; scbCode: string | null; organizationNumber: string | null };
}) {
  const t = messages.adminOrganisations;
  const [state, formAction] = useActionState(action, IDLE);
  const id = (field: string) => `org-${organisation.id}-${field}`;
  const value = (field: string, saved: string | null) => state.values?.[field] ?? saved ?? '';
  const error = (field: string) => state.fieldErrors?.[field];
  const labels = { name: t.name, kind: t.kind, countyCode: t.county, scbCode: t.scbCode, organisationNumber: t.organisationNumber };

  return (
    <div className="space-y-2">
      <FormFeedback state={state} heading={t.errorHeading} fieldIds={Object.fromEntries(FIELDS.map((f) => [f, id(f)]))} fieldOrder={FIELDS} fieldLabels={labels} />
      <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="organisationId" value={organisation.id} />
        <div>
          <label htmlFor={id('name')} className="block text-sm font-medium">
            {t.name}
            <RequiredMark messages={messages} />
          </label>
          <input
            id={id('name')}
            name="name"
            aria-required
            key={`name-${value('name', organisation.name)}`}
            defaultValue={value('name', organisation.name)}
            {...describedBy(id('name'), { error: error('name') })}
            className={`mt-1 w-full ${compactInputClass(Boolean(error('name')))}`}
          />
          <CharacterCount fieldId={id('name')} max={MAX_ORGANIZATION_NAME} locale={locale} messages={messages} />
          <FieldError id={`${id('name')}-error`} message={error('name')} />
        </div>
        <div>
          <label htmlFor={id('kind')} className="block text-sm font-medium">
            {t.kind}
            <RequiredMark messages={messages} />
          </label>
          <select
            id={id('kind')}
            name="kind"
            aria-required
            key={`kind-${value('kind', organisation.kind)}`}
            defaultValue={value('kind', organisation.kind)}
            {...describedBy(id('kind'), { error: error('kind') })}
            className={`mt-1 w-full ${compactInputClass(Boolean(error('kind')))}`}
          >
            {ORGANIZATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {messages.enums.organizationKind[kind]}
              </option>
            ))}
          </select>
          <FieldError id={`${id('kind')}-error`} message={error('kind')} />
        </div>
        <div>
          <label htmlFor={id('countyCode')} className="block text-sm font-medium">
            {t.county}
          </label>
          <select
            id={id('countyCode')}
            name="countyCode"
            key={`county-${value('countyCode', organisation.countyCode)}`}
            defaultValue={value('countyCode', organisation.countyCode)}
            {...describedBy(id('countyCode'), { error: error('countyCode') })}
            className={`mt-1 w-full ${compactInputClass(Boolean(error('countyCode')))}`}
          >
            <option value="">{t.noCounty}</option>
            {counties.map((county) => (
              <option key={county.code} value={county.code}>
                {county.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id('countyCode')}-error`} message={error('countyCode')} />
        </div>
        {(
          [
            ['scbCode', t.scbCodeHint, organisation.scbCode],
            ['organisationNumber', t.organisationNumberHint, organisation.organizationNumber],
          ] as const
        ).map(([field, hint, saved]) => (
          <div key={field}>
            <label htmlFor={id(field)} className="block text-sm font-medium">
              {labels[field]}
            </label>
            <p id={`${id(field)}-hint`} className="text-sm text-slate-700">
              {hint}
            </p>
            <input
              id={id(field)}
              name={field}
              key={`${field}-${value(field, saved)}`}
              defaultValue={value(field, saved)}
              {...describedBy(id(field), { hint: true, error: error(field) })}
              className={`mt-1 w-full ${compactInputClass(Boolean(error(field)))}`}
            />
            <FieldError id={`${id(field)}-error`} message={error(field)} />
          </div>
        ))}
        <div className="sm:col-span-2">
          <Save label={t.save} pendingLabel={t.saving} />
        </div>
      </form>
    </div>
  );
}
