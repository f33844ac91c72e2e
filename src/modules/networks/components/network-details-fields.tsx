'use client';

// The fields a network is described by, shared by the start form and the profile form: every
// field shows what was typed after an error, with its error beside it. The arranger's
// organisation number is asked for only when another arranger is chosen.
import { useState } from 'react';

import { MembershipPolicy, NetworkInitiator } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, fieldIdsOf } from '@/ui/form-feedback';
import { RequiredMark } from '@/ui/required-mark';

import { NEW_AREA, START_NETWORK_LIMITS, type StartNetworkField } from '../start-network-fields';

type Messages = ClientMessages<'startNetwork' | 'enums' | 'input'>;

/** The id of a field's input; a group of radio buttons is reached through its first option. */
export function networkFieldIds(idPrefix: string, fields: readonly StartNetworkField[]): Record<string, string> {
  const ids = fieldIdsOf(idPrefix, fields);
  for (const field of ['initiator', 'arranger', 'membershipPolicy'] as const) if (field in ids) ids[field] = `${idPrefix}-${field}-0`;
  return ids;
}

export function NetworkDetailsFields({
  idPrefix,
  locale,
  messages,
  areas,
  arrangerOptions,
  mayChooseInitiator,
  showMembershipPolicy,
  years,
  values,
  errors,
}: {
  idPrefix: string;
  locale: Locale;
  messages: Messages;
  areas: Array<{ id: string; name: string; proposed?: boolean }>;
  /** The arranger's radio buttons: the first is checked unless the form says otherwise. */
  arrangerOptions: ReadonlyArray<{ value: string; label: string }>;
  mayChooseInitiator: boolean;
  /** Chosen at the start; afterwards the charter sets it. */
  showMembershipPolicy: boolean;
  years: { min: number; max: number };
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = messages.startNetwork;
  const fieldId = (field: StartNetworkField) => `${idPrefix}-${field}`;
  const [arranger, setArranger] = useState(values.arranger ?? arrangerOptions[0]?.value);

  const label = (field: StartNetworkField, required = false) => (
    <label htmlFor={fieldId(field)} className="block font-medium">
      {t.fields[field]}
      {required && <RequiredMark messages={messages} />}
    </label>
  );
  const hint = (field: keyof typeof t.hints) => (
    <p id={`${fieldId(field)}-hint`} className="text-sm text-slate-700">
      {t.hints[field]}
    </p>
  );
  const error = (field: StartNetworkField) => <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />;

  const count = (field: StartNetworkField, max: number | undefined) => max && <CharacterCount fieldId={fieldId(field)} max={max} locale={locale} messages={messages} />;

  const input = (
    field: StartNetworkField,
    options: { type?: string; required?: boolean; autoComplete?: string; className?: string; range?: { min: number; max: number }; max?: number } = {},
  ) => (
    <div>
      {label(field, options.required)}
      {hint(field as keyof typeof t.hints)}
      <input
        id={fieldId(field)}
        name={field}
        type={options.type ?? 'text'}
        min={options.range?.min}
        max={options.range?.max}
        inputMode={options.range ? 'numeric' : undefined}
        aria-required={options.required || undefined}
        autoComplete={options.autoComplete}
        defaultValue={values[field] ?? ''}
        {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
        className={`${inputClass(Boolean(errors[field]))} ${options.className ?? ''}`}
      />
      {count(field, options.max)}
      {error(field)}
    </div>
  );

  const textArea = (field: StartNetworkField, rows: number, max: number, required = false) => (
    <div>
      {label(field, required)}
      {hint(field as keyof typeof t.hints)}
      <textarea
        id={fieldId(field)}
        name={field}
        rows={rows}
        aria-required={required || undefined}
        defaultValue={values[field] ?? ''}
        {...describedBy(fieldId(field), { hint: true, error: errors[field] })}
        className={inputClass(Boolean(errors[field]))}
      />
      {count(field, max)}
      {error(field)}
    </div>
  );

  const radios = (
    field: 'initiator' | 'arranger' | 'membershipPolicy',
    options: ReadonlyArray<{ value: string; label: string; help?: string }>,
    onChange?: (value: string) => void,
  ) => (
    <fieldset {...describedBy(fieldId(field), { hint: field !== 'membershipPolicy', error: errors[field] })}>
      <legend className="font-medium">
        {t.fields[field]}
        {/* The initiator is the platform admin's to choose, and may be left as it is. */}
        {field !== 'initiator' && <RequiredMark messages={messages} />}
      </legend>
      {field !== 'membershipPolicy' && hint(field)}
      <div className="mt-2 space-y-2">
        {options.map((option, i) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              id={`${fieldId(field)}-${i}`}
              type="radio"
              name={field}
              value={option.value}
              defaultChecked={values[field] === option.value}
              onChange={onChange && (() => onChange(option.value))}
              aria-describedby={option.help ? `${fieldId(field)}-${i}-help` : undefined}
              className="mt-1 h-4 w-4"
            />
            <div>
              <label htmlFor={`${fieldId(field)}-${i}`}>{option.label}</label>
              {option.help && (
                <p id={`${fieldId(field)}-${i}-help`} className="text-sm text-slate-700">
                  {option.help}
                </p>
              )}
            </div>
          </div>
        ))}
      </div>
      {error(field)}
    </fieldset>
  );

  return (
    <>
      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.legends.about}</legend>
        {input('name', { required: true, max: START_NETWORK_LIMITS.name })}
        {textArea('descriptionSv', 3, START_NETWORK_LIMITS.description, true)}
        {textArea('descriptionEn', 3, START_NETWORK_LIMITS.description)}
        {textArea('aboutSv', 6, START_NETWORK_LIMITS.about)}
        {textArea('aboutEn', 6, START_NETWORK_LIMITS.about)}
        <div>
          {label('areaId', true)}
          <p id={`${fieldId('areaId')}-hint`} className="text-sm text-slate-700">
            {t.hints.areaId} {t.areaProposalNote}
          </p>
          <select
            id={fieldId('areaId')}
            name="areaId"
            aria-required
            defaultValue={values.areaId ?? ''}
            {...describedBy(fieldId('areaId'), { hint: true, error: errors.areaId })}
            className={inputClass(Boolean(errors.areaId))}
          >
            <option value="">{t.chooseArea}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.proposed ? `${area.name} (${t.areaProposed})` : area.name}
              </option>
            ))}
            <option value={NEW_AREA}>{t.proposeArea}</option>
          </select>
          {error('areaId')}
        </div>
        {/* Shown always, so that a proposal can be made without JavaScript; read only for NEW_AREA. */}
        <div className="grid gap-4 border-l-4 border-slate-200 pl-4 sm:grid-cols-2">
          {input('newAreaSv')}
          {input('newAreaEn')}
        </div>
      </fieldset>

      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.legends.organisation}</legend>
        {mayChooseInitiator &&
          radios(
            'initiator',
            Object.values(NetworkInitiator).map((value) => ({ value, label: messages.enums.initiator[value], help: t.initiatorHelp[value] })),
          )}
        {radios('arranger', arrangerOptions, setArranger)}
        {arranger === 'other' && input('arrangerNumber', { className: 'max-w-[14rem]', required: true })}
        {input('startYear', { type: 'number', range: years, className: 'max-w-[8rem]', required: true })}
      </fieldset>

      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{showMembershipPolicy ? t.legends.membership : t.legends.contact}</legend>
        {showMembershipPolicy &&
          radios(
            'membershipPolicy',
            Object.values(MembershipPolicy).map((value) => ({ value, label: messages.enums.membershipPolicy[value], help: t.policyHelp[value] })),
          )}
        {input('contactName')}
        {input('contactEmail', { type: 'email' })}
      </fieldset>
    </>
  );
}
