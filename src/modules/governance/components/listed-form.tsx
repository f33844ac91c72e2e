'use client';

// A member's choice to be named on the network's public page. setListed expects an explicit
// "true" or "false" (an unticked checkbox sends nothing), so a hidden field carries the
// box's state and the box itself has no name.
import { useActionState, useState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { secondaryButtonClass } from '@/ui/form-classes';
import { FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { setListed } from '../actions/my-membership-actions';

export function ListedForm({ locale, messages, networkId, isListed }: { locale: Locale; messages: ClientMessages<'myMembership' | 'joining'>; networkId: string; isListed: boolean }) {
  const t = messages.myMembership;
  const [state, action, pending] = useActionState(setListed, IDLE);
  const [checked, setChecked] = useState(isListed);

  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} heading={messages.joining.errorSummary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="listed" value={checked ? 'true' : 'false'} />
      <div className="flex items-start gap-3">
        <input
          id="listed"
          type="checkbox"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
          aria-describedby="listed-help"
          className="mt-1 h-5 w-5"
        />
        <div>
          <label htmlFor="listed" className="font-medium">
            {t.listedLabel}
          </label>
          <p id="listed-help" className="text-sm text-slate-700">
            {t.listedHelp}
          </p>
        </div>
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {t.saveListed}
      </button>
    </form>
  );
}
