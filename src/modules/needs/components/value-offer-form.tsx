'use client';

// The coordinator states what the network offers suppliers besides the deal (report p. 43)
// and the unit the organisations state their volume in.
import { useActionState, useState } from 'react';

import type { ValueOffer } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { CharacterCount } from '@/ui/character-count';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE, type FormState } from '@/ui/form-state';

import { setValueOffer } from '../actions/business-case-actions';
import { VALUE_OFFER_LIMITS } from '../form-limits';
import { submitKeepingChoices } from './keep-choices';

const OFFERS: readonly ValueOffer[] = ['TESTBED', 'REAL_ENVIRONMENT_TEST', 'REFERENCE_CUSTOMER', 'EXPERTISE'];
const FIELD_IDS = { valueOffers: 'value-offer-0', volumeUnit: 'value-offer-unit' };

export function ValueOfferForm({ locale, messages, needId, valueOffers, volumeUnit }: { locale: Locale; messages: ClientMessages<'businessCase' | 'needEnums' | 'input'>; needId: string; valueOffers: readonly ValueOffer[]; volumeUnit: string }) {
  const t = messages.businessCase;
  const [state, formAction, isPending] = useActionState<FormState, FormData>(setValueOffer, IDLE);
  // Ticked boxes are held here (controlled), and the form is sent without React's reset
  // (submitKeepingChoices), so they survive a refused attempt.
  const [ticked, setTicked] = useState<ReadonlySet<ValueOffer>>(new Set(valueOffers));
  const errors = state.fieldErrors ?? {};
  const unit = state.status === 'error' ? (state.values?.volumeUnit ?? volumeUnit) : volumeUnit;
  const toggle = (offer: ValueOffer, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(offer);
      else next.delete(offer);
      return next;
    });

  return (
    <form action={formAction} onSubmit={submitKeepingChoices(formAction)} noValidate className="space-y-5">
      <FormFeedback
        state={state}
        heading={t.valueOfferErrorSummary}
        fieldIds={FIELD_IDS}
        fieldOrder={['valueOffers', 'volumeUnit']}
        fieldLabels={{ valueOffers: t.fields.valueOffers, volumeUnit: t.fields.volumeUnit }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="needId" value={needId} />
      <fieldset {...describedBy('value-offer', { error: errors.valueOffers })}>
        <legend className="font-medium">{t.fields.valueOffers}</legend>
        <div className="mt-2 space-y-2">
          {OFFERS.map((offer, i) => (
            <div key={offer} className="flex items-start gap-2">
              <input
                id={`value-offer-${i}`}
                type="checkbox"
                name="valueOffers"
                value={offer}
                checked={ticked.has(offer)}
                onChange={(event) => toggle(offer, event.target.checked)}
                aria-describedby={`value-offer-${i}-help`}
                className="mt-1 h-4 w-4"
              />
              <div>
                <label htmlFor={`value-offer-${i}`}>{messages.needEnums.valueOffer[offer]}</label>
                <p id={`value-offer-${i}-help`} className="text-sm text-slate-700">
                  {t.valueOfferHelp[offer]}
                </p>
              </div>
            </div>
          ))}
        </div>
        <FieldError id="value-offer-error" message={errors.valueOffers} />
      </fieldset>
      <div key={unit}>
        <label htmlFor="value-offer-unit" className="block font-medium">
          {t.fields.volumeUnit}
        </label>
        <p id="value-offer-unit-hint" className="text-sm text-slate-700">
          {t.hints.volumeUnit}
        </p>
        <input
          id="value-offer-unit"
          name="volumeUnit"
          type="text"
          defaultValue={unit}
          {...describedBy('value-offer-unit', { hint: true, error: errors.volumeUnit })}
          className={`${inputClass(Boolean(errors.volumeUnit))} max-w-sm`}
        />
        <CharacterCount fieldId="value-offer-unit" max={VALUE_OFFER_LIMITS.volumeUnit} locale={locale} messages={messages} />
        <FieldError id="value-offer-unit-error" message={errors.volumeUnit} />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? t.saving : t.valueOfferSubmit}
      </button>
    </form>
  );
}
