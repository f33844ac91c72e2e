'use client';

// The secretariat's funding forms: add a funder (with its first period if any period field is
// filled), change or remove a funder, add, change or remove a period. Real <form action>s; after
// an error the fields keep what was typed, and the error stands beside the field and in a
// summary at the top of the form. The funder's kind and a period's status are required and
// say so.
import { createContext, useActionState, useContext, type ReactNode } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { buttonClass, compactDangerButtonClass, compactSecondaryButtonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, fieldIdsOf, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { addFunderAction, addPeriodAction, removeFundingRecordAction, updateFunderAction, updatePeriodAction } from '../actions';
import { PERIOD_FIELDS, PeriodFields } from './period-fields';

type FundingClientMessages = ClientMessages<'funding' | 'enums' | 'input'>;

export type OrganizationOption = { id: string; name: string };

const FUNDING_KINDS = ['BASE', 'PROJECT', 'MEMBERSHIP_FEES', 'IN_KIND'] as const;
const FUNDER_FIELDS = ['kind', 'organizationId'] as const;

function fieldLabels(t: FundingClientMessages['funding']): Record<string, string> {
  return {
    kind: t.kind,
    organizationId: t.organization,
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    status: t.status,
    amount: t.amount,
    note: t.note,
  };
}

function useForm(action: (state: FormState, data: FormData) => Promise<FormState>, stored: Record<string, string>) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, IDLE);
  const values = state.status === 'error' ? { ...stored, ...state.values } : stored;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return { state, formAction, isPending, values, errors };
}

function FunderFields({
  prefix,
  messages,
  organizations,
  values,
  errors,
}: {
  prefix: string;
  messages: FundingClientMessages;
  organizations: OrganizationOption[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = messages.funding;
  const kindId = `${prefix}-kind`;
  const organizationId = `${prefix}-organizationId`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={kindId} className="font-medium">
          {t.kind}
          <RequiredMark messages={messages} />
        </label>
        <select
          id={kindId}
          name="kind"
          aria-required
          defaultValue={values.kind || 'PROJECT'}
          className={inputClass(Boolean(errors.kind))}
          {...describedBy(kindId, { error: errors.kind })}
        >
          {FUNDING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {messages.enums.fundingKind[kind]}
            </option>
          ))}
        </select>
        <FieldError id={`${kindId}-error`} message={errors.kind} />
      </div>
      <div>
        <label htmlFor={organizationId} className="font-medium">
          {t.organization}
        </label>
        <select
          id={organizationId}
          name="organizationId"
          defaultValue={values.organizationId ?? ''}
          className={inputClass(Boolean(errors.organizationId))}
          {...describedBy(organizationId, { hint: true, error: errors.organizationId })}
        >
          <option value="">{t.noOrganization}</option>
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
        <p id={`${organizationId}-hint`} className="mt-1 text-sm text-slate-700">
          {t.organizationHint}
        </p>
        <FieldError id={`${organizationId}-error`} message={errors.organizationId} />
      </div>
    </div>
  );
}

type Common = { locale: Locale; messages: FundingClientMessages };

export function AddFunderForm({ locale, messages, networkId, organizations }: Common & { networkId: string; organizations: OrganizationOption[] }) {
  const t = messages.funding;
  const { state, formAction, isPending, values, errors } = useForm(addFunderAction, {});
  const fields = [...FUNDER_FIELDS, ...PERIOD_FIELDS];
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="add-funder-title">
      <h3 id="add-funder-title" className="text-xl font-semibold">
        {t.addFunderHeading}
      </h3>
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIdsOf('add-funder', fields)} fieldOrder={fields} fieldLabels={fieldLabels(t)} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <div key={`${state.status}-${JSON.stringify(values)}`} className="space-y-4">
        <FunderFields prefix="add-funder" {...{ messages, organizations, values, errors }} />
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t.firstPeriod}</legend>
          <PeriodFields prefix="add-funder" {...{ locale, messages, values, errors }} />
        </fieldset>
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.addingFunder : t.addFunder}
      </button>
    </form>
  );
}

export function EditFunderForm({
  locale,
  messages,
  funderId,
  organizations,
  stored,
}: Common & { funderId: string; organizations: OrganizationOption[]; stored: { kind: string; organizationId: string } }) {
  const t = messages.funding;
  const { state, formAction, isPending, values, errors } = useForm(updateFunderAction, stored);
  const prefix = `funder-${funderId}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIdsOf(prefix, FUNDER_FIELDS)} fieldOrder={FUNDER_FIELDS} fieldLabels={fieldLabels(t)} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="funderId" value={funderId} />
      <input type="hidden" name="baseKind" value={stored.kind} />
      <input type="hidden" name="baseOrganizationId" value={stored.organizationId} />
      <FunderFields key={`${state.status}-${JSON.stringify(values)}`} prefix={prefix} {...{ messages, organizations, values, errors }} />
      <button type="submit" disabled={isPending} className={compactSecondaryButtonClass}>
        {isPending ? t.saving : t.saveFunder}
      </button>
    </form>
  );
}

type Remove = { action: (data: FormData) => void; isPending: boolean };

const RemoveContext = createContext<Remove | null>(null);

/**
 * The funders' list with one action state for its removals: what was removed leaves the page,
 * so the confirmation (or a refusal) stands once above the list instead of in the removed form.
 */
export function RemovalArea({ messages, children }: { messages: FundingClientMessages; children: ReactNode }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(removeFundingRecordAction, IDLE);
  return (
    <RemoveContext.Provider value={{ action, isPending }}>
      <FormFeedback state={state} heading={messages.funding.errorSummary} />
      {children}
    </RemoveContext.Provider>
  );
}

/** A one-button form (remove a funder or a period), answered above the list (RemovalArea). */
function RemoveForm({ locale, name, value, label, lead }: { locale: Locale; name: string; value: string; label: string; lead?: string }) {
  const remove = useContext(RemoveContext);
  if (!remove) throw new Error('RemoveForm outside RemovalArea');
  return (
    <form action={remove.action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={name} value={value} />
      {lead && <p className="text-sm text-slate-700">{lead}</p>}
      <button type="submit" disabled={remove.isPending} className={compactDangerButtonClass}>
        {label}
      </button>
    </form>
  );
}

export function RemoveFunderForm({ locale, messages, funderId }: Common & { funderId: string }) {
  const t = messages.funding;
  return <RemoveForm locale={locale} name="funderId" value={funderId} label={t.removeFunder} lead={t.removeFunderLead} />;
}

export function RemovePeriodForm({ locale, messages, periodId }: Common & { periodId: string }) {
  return <RemoveForm locale={locale} name="periodId" value={periodId} label={messages.funding.removePeriod} />;
}

/** Adds a period to a funder (funderId), or changes one (periodId, stored). */
export function PeriodForm({
  locale,
  messages,
  target,
  stored = {},
  timeLimited,
}: Common & {
  /** A period to change names the moment it was last saved, so a save over someone else's is refused. */
  target: { funderId: string } | { periodId: string; updatedAt: string };
  stored?: Record<string, string>;
  timeLimited: boolean;
}) {
  const t = messages.funding;
  const adding = 'funderId' in target;
  const { state, formAction, isPending, values, errors } = useForm(adding ? addPeriodAction : updatePeriodAction, stored);
  const prefix = adding ? `add-period-${target.funderId}` : `period-${target.periodId}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIdsOf(prefix, PERIOD_FIELDS)} fieldOrder={PERIOD_FIELDS} fieldLabels={fieldLabels(t)} />
      <input type="hidden" name="locale" value={locale} />
      {'funderId' in target ? (
        <input type="hidden" name="funderId" value={target.funderId} />
      ) : (
        <>
          <input type="hidden" name="periodId" value={target.periodId} />
          <input type="hidden" name="baseUpdatedAt" value={target.updatedAt} />
        </>
      )}
      {timeLimited && <p className="text-sm font-medium text-slate-800">{t.timeLimitedFunder}</p>}
      <PeriodFields key={`${state.status}-${JSON.stringify(values)}`} prefix={prefix} {...{ locale, messages, values, errors }} />
      <button type="submit" disabled={isPending} className={compactSecondaryButtonClass}>
        {isPending ? t.saving : adding ? t.addPeriod : t.savePeriod}
      </button>
    </form>
  );
}
