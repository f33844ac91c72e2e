'use client';

// The form that starts a network. A real <form action>, so it works before JavaScript loads;
// after an error every field shows what was typed, each error stands beside its field and in a
// summary at the top. On success the action sends the browser to the new draft's page.
import { useActionState } from 'react';

import type { NetworkInitiator } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { startNetworkAction } from '../actions/network-lifecycle-actions';
import { START_NETWORK_FIELDS } from '../start-network-fields';
import { NetworkDetailsFields, networkFieldIds } from './network-details-fields';

const FIELD_IDS = networkFieldIds('start', START_NETWORK_FIELDS);

type Messages = ClientMessages<'startNetwork' | 'enums' | 'input'>;

type Props = {
  locale: Locale;
  messages: Messages;
  areas: Array<{ id: string; name: string }>;
  /** The name of the person's own organisation when it can arrange the network. */
  ownOrganization: string | null;
  mayChooseInitiator: boolean;
  initiator: NetworkInitiator;
  years: { min: number; max: number; current: number };
};

export function StartNetworkForm({ locale, messages, areas, ownOrganization, mayChooseInitiator, initiator, years }: Props) {
  const t = messages.startNetwork;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(startNetworkAction, IDLE);
  const initial: Record<string, string> = {
    arranger: ownOrganization ? 'own' : 'other',
    startYear: String(years.current),
    membershipPolicy: 'APPROVAL',
    initiator,
  };
  const values = state.status === 'error' ? { ...initial, ...state.values } : initial;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} fieldOrder={START_NETWORK_FIELDS} fieldLabels={t.fields} />
      <input type="hidden" name="locale" value={locale} />
      {/* Remounted after each answer, so the fields take up the values to show. */}
      <NetworkDetailsFields
        locale={locale}
        key={`${state.status}-${JSON.stringify(values)}`}
        idPrefix="start"
        arrangerOptions={[
          ...(ownOrganization ? [{ value: 'own', label: fill(t.arrangerOwn, { organisation: ownOrganization }) }] : []),
          { value: 'other', label: t.arrangerOther },
        ]}
        showMembershipPolicy
        {...{ messages, areas, mayChooseInitiator, years, values, errors }}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
