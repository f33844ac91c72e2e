// The competence a person brings to a network, asked when they join and when they accept an
// invitation: one field with its hint, its error and the kept value after a failed send.
import type { ClientMessages } from '@/i18n/client-messages';
import { inputClass } from '@/ui/form-classes';
import { describedBy, FieldError } from '@/ui/form-feedback';
import { RequiredMark } from '@/ui/required-mark';

import { COMPETENCES } from '../rules';

export function CompetenceSelect({ id, messages, value, error }: { id: string; messages: ClientMessages<'joining' | 'governance' | 'input'>; value: string | undefined; error: string | undefined }) {
  const t = messages.joining;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {t.competence}
        <RequiredMark messages={messages} />
      </label>
      <p id={`${id}-help`} className="text-sm text-slate-700">
        {t.competenceHelp}
      </p>
      <select
        id={id}
        name="competence"
        aria-required
        defaultValue={value ?? ''}
        key={`competence-${value ?? ''}`}
        {...describedBy(id, { hint: `${id}-help`, error })}
        className={`${inputClass(Boolean(error))} sm:w-auto`}
      >
        <option value="">{t.chooseCompetence}</option>
        {COMPETENCES.map((competence) => (
          <option key={competence} value={competence}>
            {messages.governance.competence[competence]}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
