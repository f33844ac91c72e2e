'use client';

// The profile form: the start form's fields without the membership policy (the charter sets
// it), prefilled with what is stored. A real <form action>; after an error every field shows
// what was typed. On success the action sends the browser to the network's page.
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { buttonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { updateNetworkProfileAction } from '../actions/network-profile-actions';
import { NETWORK_PROFILE_FIELDS } from '../start-network-fields';
import { NetworkDetailsFields, networkFieldIds } from './network-details-fields';

const FIELD_IDS = networkFieldIds('profile', NETWORK_PROFILE_FIELDS);

type Props = {
  locale: Locale;
  messages: ClientMessages<'startNetwork' | 'networkProfile' | 'enums' | 'input'>;
  networkId: string;
  version: number;
  areas: Array<{ id: string; name: string }>;
  currentArranger: string | null;
  mayChooseInitiator: boolean;
  years: { min: number; max: number };
  stored: Record<string, string>;
};

export function NetworkProfileForm({ locale, messages, networkId, version, areas, currentArranger, mayChooseInitiator, years, stored }: Props) {
  const t = messages.networkProfile;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(updateNetworkProfileAction, IDLE);
  const values = state.status === 'error' ? { ...stored, ...state.values } : stored;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={FIELD_IDS} fieldOrder={NETWORK_PROFILE_FIELDS} fieldLabels={messages.startNetwork.fields} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="baseVersion" value={version} />
      <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">{t.renameNote}</p>
      <NetworkDetailsFields
        locale={locale}
        key={`${state.status}-${JSON.stringify(values)}`}
        idPrefix="profile"
        arrangerOptions={[
          { value: 'current', label: currentArranger ? fill(t.arrangerCurrent, { organisation: currentArranger }) : t.arrangerNone },
          { value: 'other', label: messages.startNetwork.arrangerOther },
        ]}
        showMembershipPolicy={false}
        {...{ messages, areas, mayChooseInitiator, years, values, errors }}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
