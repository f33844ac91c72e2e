'use client';

// The coordinator chooses who sits in the need's buyer group and which of their organisations
// leads the procurement. Only members who may sit in a buyer group are offered; the server
// checks the same rule again, and that the lead is one of the chosen people's organisations.
// Both, at least one person and the lead, are required and say so.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';
import { RequiredMark } from '@/ui/required-mark';

import { formBuyerGroup } from '../actions/business-case-actions';
import type { BuyerCandidate } from '../business-case-queries';
import { submitKeepingChoices } from './keep-choices';

const FIELD_IDS = { memberIds: 'buyer-member-0', leadOrganizationId: 'buyer-lead' };

export function BuyerGroupForm({
  locale,
  messages,
  needId,
  candidates,
  selected,
  leadOrganizationId,
}: {
  locale: Locale;
  messages: ClientMessages<'businessCase' | 'input'>;
  needId: string;
  candidates: readonly BuyerCandidate[];
  selected: readonly string[];
  leadOrganizationId: string | null;
}) {
  const t = messages.businessCase;
  const tp = t.buyerGroupPage;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(formBuyerGroup, IDLE);
  // Controlled, and sent without React's reset (submitKeepingChoices), so the choices survive
  // a refused attempt.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(selected));
  const [lead, setLead] = useState(leadOrganizationId ?? '');
  const errors = state.fieldErrors ?? {};
  const organizations = [...new Map(candidates.map((c) => [c.organizationId, c.organizationName])).entries()];
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form action={formAction} onSubmit={submitKeepingChoices(formAction)} noValidate className="space-y-6">
      <FormFeedback
        state={state}
        heading={tp.errorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={['memberIds', 'leadOrganizationId']}
        fieldLabels={{ memberIds: tp.membersLegend, leadOrganizationId: t.buyerGroup.leadOrganization }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <fieldset {...describedBy('buyer-members', { hint: 'buyer-members-hint', error: errors.memberIds })}>
        <legend className="font-medium">
          {tp.membersLegend}
          <RequiredMark messages={messages} />
        </legend>
        <p id="buyer-members-hint" className="text-sm text-slate-700">
          {tp.membersHint}
        </p>
        <div className="mt-2 space-y-2">
          {candidates.map((candidate, i) => (
            <div key={candidate.id} className="flex items-center gap-2">
              <input
                id={`buyer-member-${i}`}
                type="checkbox"
                name="memberIds"
                value={candidate.id}
                checked={chosen.has(candidate.id)}
                onChange={(event) => toggle(candidate.id, event.target.checked)}
                className="h-4 w-4"
              />
              <label htmlFor={`buyer-member-${i}`}>{fill(tp.memberLabel, { name: candidate.name, organization: candidate.organizationName })}</label>
            </div>
          ))}
        </div>
        <FieldError id="buyer-members-error" message={errors.memberIds} />
      </fieldset>
      <div>
        <label htmlFor="buyer-lead" className="block font-medium">
          {t.buyerGroup.leadOrganization}
          <RequiredMark messages={messages} />
        </label>
        <p id="buyer-lead-hint" className="text-sm text-slate-700">
          {tp.leadHint}
        </p>
        <select
          id="buyer-lead"
          name="leadOrganizationId"
          aria-required
          value={lead}
          onChange={(event) => setLead(event.target.value)}
          {...describedBy('buyer-lead', { hint: true, error: errors.leadOrganizationId })}
          className={`${inputClass(Boolean(errors.leadOrganizationId))} max-w-md`}
        >
          <option value="">{tp.chooseLead}</option>
          {organizations.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <FieldError id="buyer-lead-error" message={errors.leadOrganizationId} />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : tp.submit}
      </button>
    </form>
  );
}
