'use client';

// Creating a working, buyer or reference group. Each kind says who may sit in it, so the
// coordinator chooses knowing the rule before adding anyone.
import { useActionState } from 'react';

import { GroupKind } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { CharacterCount } from '@/ui/character-count';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { createGroup } from '../actions/group-actions';
import { GROUP_LIMITS } from '../rules';

const FIELD_IDS = { kind: 'group-kind-0', name: 'group-name', description: 'group-description' };
const KINDS: readonly GroupKind[] = ['WORKING', 'BUYER', 'REFERENCE'];

export function CreateGroupForm({ locale, messages, networkId }: { locale: Locale; messages: ClientMessages<'groups' | 'governance' | 'input'>; networkId: string }) {
  const t = messages.groups;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(createGroup, IDLE);
  const errors = state.fieldErrors ?? {};
  // After a group is created the form is emptied for the next one; after an error it keeps what was typed.
  const values = state.status === 'error' ? (state.values ?? {}) : {};

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} fieldOrder={['kind', 'name', 'description']} fieldLabels={t.fields} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <div key={JSON.stringify(values)} className="space-y-5">
        <fieldset {...describedBy('group-kind', { error: errors.kind })}>
          <legend className="font-medium">
            {t.fields.kind}
            <RequiredMark messages={messages} />
          </legend>
          <div className="mt-2 space-y-2">
            {KINDS.map((kind, i) => (
              <div key={kind} className="flex items-start gap-2">
                <input
                  id={`group-kind-${i}`}
                  type="radio"
                  name="kind"
                  value={kind}
                  defaultChecked={values.kind === kind}
                  aria-describedby={`group-kind-${i}-help`}
                  className="mt-1 h-4 w-4"
                />
                <div>
                  <label htmlFor={`group-kind-${i}`}>{messages.governance.groupKind[kind]}</label>
                  <p id={`group-kind-${i}-help`} className="text-sm text-slate-700">
                    {t.kindHelp[kind]}
                  </p>
                </div>
              </div>
            ))}
          </div>
          <FieldError id="group-kind-error" message={errors.kind} />
        </fieldset>
        <div>
          <label htmlFor="group-name" className="block font-medium">
            {t.fields.name}
            <RequiredMark messages={messages} />
          </label>
          <input
            id="group-name"
            name="name"
            type="text"
            aria-required
            defaultValue={values.name ?? ''}
            {...describedBy('group-name', { error: errors.name })}
            className={`${inputClass(Boolean(errors.name))} max-w-xl`}
          />
          <CharacterCount fieldId="group-name" max={GROUP_LIMITS.name} locale={locale} messages={messages} />
          <FieldError id="group-name-error" message={errors.name} />
        </div>
        <div>
          <label htmlFor="group-description" className="block font-medium">
            {t.fields.description}
          </label>
          <p id="group-description-hint" className="text-sm text-slate-700">
            {t.hints.description}
          </p>
          <textarea
            id="group-description"
            name="description"
            rows={3}
            defaultValue={values.description ?? ''}
            {...describedBy('group-description', { hint: true, error: errors.description })}
            className={`${inputClass(Boolean(errors.description))} max-w-xl`}
          />
          <CharacterCount fieldId="group-description" max={GROUP_LIMITS.description} locale={locale} messages={messages} />
          <FieldError id="group-description-error" message={errors.description} />
        </div>
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.creating : t.create}
      </button>
    </form>
  );
}
