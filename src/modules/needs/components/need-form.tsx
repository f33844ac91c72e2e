'use client';

// The need's form: a member's proposal, or the coordinator's edit (which adds the owner and
// whether the need is public). A real <form action>, so it works before JavaScript loads;
// after an error every field, ticks included, shows what was typed. Organisations that must
// stay (the proposer's own, or one that stated a cost or commitment) are shown ticked and
// sent along in a hidden field, since a disabled box is not sent.
import Link from 'next/link';
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { CheckboxField, describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';
import { SubmissionKeyInput } from '@/ui/submission-key';

import { proposeNeed, updateNeed } from '../actions/need-actions';
import { NEED_FIELDS, NEED_LIMITS, organizationField, type NeedField } from '../need-fields';

export type NeedFormValues = Record<string, string>;

type Option = { id: string; name: string };

const fieldId = (field: NeedField) => `need-${field}`;
const FIELD_IDS: Record<string, string> = { ...Object.fromEntries(NEED_FIELDS.map((field) => [field, fieldId(field)])), organizations: 'need-organization-0' };

export function NeedForm({
  locale,
  messages,
  target,
  initial,
  areas,
  organizations,
  lockedOrganizations,
  organizationNotes = {},
  declinedOrganizations = [],
  members,
  needsPath,
}: {
  locale: Locale;
  messages: ClientMessages<'needs' | 'input'>;
  /** Propose a need in a network, or change an existing need. */
  /** A new need's form carries its submission key (it is created once however often it is sent). */
  target: { networkId: string; submissionKey: string } | { needId: string };
  initial: NeedFormValues;
  areas: Option[];
  /** The network's member organisations to tick. */
  organizations: Option[];
  /** Organisations that always stay ticked, each with the reason shown next to it. */
  lockedOrganizations: Record<string, string>;
  /** Where each organisation stands on the invitation ("invited, has not answered"). */
  organizationNotes?: Record<string, string>;
  /** Organisations that declined: not ticked, and not to be invited again from here. */
  declinedOrganizations?: readonly string[];
  /** The network's active members, to choose the owner from (the edit form only). */
  members?: Array<Option & { organization: string | null }>;
  /** The network's register, to link to the new need after proposing. */
  needsPath: string;
}) {
  const t = messages.needs.form;
  const editing = 'needId' in target;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(editing ? updateNeed : proposeNeed, IDLE);
  const values: NeedFormValues = state.status === 'error' ? (state.values ?? {}) : initial;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback
        state={state}
        heading={editing ? t.editErrorSummary : t.proposeErrorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={NEED_FIELDS}
        fieldLabels={t.fields}
        renderDetail={(needId) => (
          <p className="mt-1">
            <Link href={`${needsPath}/${encodeURIComponent(needId)}`} className="font-semibold underline">
              {t.openNeed}
            </Link>
          </p>
        )}
      />
      <input type="hidden" name="locale" value={locale} />
      {editing ? (
        <input type="hidden" name="needId" value={target.needId} />
      ) : (
        <>
          <input type="hidden" name="networkId" value={target.networkId} />
          <SubmissionKeyInput value={target.submissionKey} />
        </>
      )}
      {/* Remounted after each answer, so the fields take up the values to show. */}
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-6">
        <TextField locale={locale} messages={messages} field="title" values={values} errors={errors} max={NEED_LIMITS.title} required />
        <TextField locale={locale} messages={messages} field="problem" values={values} errors={errors} max={NEED_LIMITS.problem} rows={6} required />
        <TextField locale={locale} messages={messages} field="affected" values={values} errors={errors} max={NEED_LIMITS.affected} rows={3} />
        <TextField locale={locale} messages={messages} field="currentPractice" values={values} errors={errors} max={NEED_LIMITS.currentPractice} rows={4} />
        <TextField locale={locale} messages={messages} field="desiredEffect" values={values} errors={errors} max={NEED_LIMITS.desiredEffect} rows={4} />

        <div>
          <label htmlFor={fieldId('areaId')} className="block font-medium">
            {t.fields.areaId}
            <RequiredMark messages={messages} />
          </label>
          <select
            id={fieldId('areaId')}
            name="areaId"
            aria-required
            defaultValue={values.areaId ?? ''}
            {...describedBy(fieldId('areaId'), { error: errors.areaId })}
            className={`${inputClass(Boolean(errors.areaId))} max-w-md bg-white`}
          >
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
          <FieldError id={`${fieldId('areaId')}-error`} message={errors.areaId} />
        </div>

        <fieldset aria-describedby="need-organizations-hint" className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-medium">{t.fields.organizations}</legend>
          <p id="need-organizations-hint" className="text-sm text-slate-700">
            {t.hints.organizations}
          </p>
          {organizations.length === 0 ? (
            <p className="mt-2">{t.noOrganizations}</p>
          ) : (
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {organizations.map((organization, i) => {
                const locked = lockedOrganizations[organization.id];
                const declined = !locked && declinedOrganizations.includes(organization.id);
                const note = locked ?? organizationNotes[organization.id];
                const name = organizationField(organization.id);
                return (
                  <li key={organization.id} className="flex items-start gap-2">
                    <input
                      id={`need-organization-${i}`}
                      type="checkbox"
                      name={locked || declined ? undefined : name}
                      value="on"
                      defaultChecked={Boolean(locked) || (!declined && values[name] === 'on')}
                      disabled={Boolean(locked) || declined}
                      className="mt-1 h-4 w-4"
                    />
                    {locked && <input type="hidden" name={name} value="on" />}
                    <label htmlFor={`need-organization-${i}`}>
                      {organization.name}
                      {note && <span className="block text-sm text-slate-700">{note}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>

        {members && (
          <div>
            <label htmlFor={fieldId('ownerId')} className="block font-medium">
              {t.fields.ownerId}
            </label>
            <p id={`${fieldId('ownerId')}-hint`} className="text-sm text-slate-700">
              {t.hints.ownerId}
            </p>
            <select
              id={fieldId('ownerId')}
              name="ownerId"
              defaultValue={values.ownerId ?? ''}
              {...describedBy(fieldId('ownerId'), { hint: true, error: errors.ownerId })}
              className={`${inputClass(Boolean(errors.ownerId))} max-w-md bg-white`}
            >
              <option value="">{t.noOwner}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.organization ? `${member.name}, ${member.organization}` : member.name}
                </option>
              ))}
            </select>
            <FieldError id={`${fieldId('ownerId')}-error`} message={errors.ownerId} />
          </div>
        )}

        {editing && (
          <CheckboxField
            id={fieldId('isPublic')}
            name="isPublic"
            label={t.fields.isPublic}
            hint={t.hints.isPublic}
            defaultChecked={values.isPublic === 'on' || values.isPublic === 'true'}
          />
        )}
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : editing ? t.saveSubmit : t.proposeSubmit}
      </button>
    </form>
  );
}

function TextField({
  messages,
  field,
  values,
  errors,
  max,
  rows,
  required = false,
  locale,
}: {
  locale: Locale;
  messages: ClientMessages<'needs' | 'input'>;
  field: 'title' | 'problem' | 'affected' | 'currentPractice' | 'desiredEffect';
  values: NeedFormValues;
  errors: Record<string, string>;
  max: number;
  /** A text area of this many rows; a one-line field without. */
  rows?: number;
  required?: boolean;
}) {
  const t = messages.needs.form;
  const id = fieldId(field);
  const common = {
    id,
    name: field,
    defaultValue: values[field] ?? '',
    'aria-required': required || undefined,
    ...describedBy(id, { hint: true, error: errors[field] }),
    className: inputClass(Boolean(errors[field])),
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {t.fields[field]}
        {required && <RequiredMark messages={messages} />}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t.hints[field]}
      </p>
      {rows ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      <CharacterCount fieldId={id} max={max} locale={locale} messages={messages} />
      <FieldError id={`${id}-error`} message={errors[field]} />
    </div>
  );
}
