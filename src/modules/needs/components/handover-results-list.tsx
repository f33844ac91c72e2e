// What became of one handover, in the order it happened: each result with its date, kind and
// details (the notice, the supplier and value, who called off, what was observed).
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { formatKronor } from '@/modules/funding/client';
import { formatDate } from '@/ui/format';

import type { NeedHandoverWithResults } from '../handover-queries';

export function HandoverResultsList({ results, locale, messages }: { results: NeedHandoverWithResults['results']; locale: Locale; messages: Messages }) {
  const t = messages.handoverResults;
  if (results.length === 0) return <p className="text-slate-700">{t.empty}</p>;
  return (
    <ol className="space-y-2">
      {results.map((result) => {
        const details = [
          result.reference,
          result.supplierName && fill(t.contractWith, { supplier: result.supplierName }),
          result.organization && fill(t.by, { organization: result.organization.name }),
          result.valueSek !== null && fill(t.value, { amount: formatKronor(result.valueSek, locale) }),
        ].filter(Boolean);
        return (
          <li key={result.id} className="border-l-4 border-brand-600 pl-3">
            <p>
              <span className="font-semibold">{formatDate(result.occurredOn.toISOString().slice(0, 10), locale)}</span>: {t.kinds[result.kind]}
              {details.length > 0 && <> {details.join(', ')}</>}
              {result.url && (
                <>
                  {' '}
                  <a href={result.url} className="text-brand-700 underline" rel="noopener noreferrer">
                    {t.notice}
                  </a>
                </>
              )}
            </p>
            {result.description && <p className="whitespace-pre-line text-slate-800">{result.description}</p>}
          </li>
        );
      })}
    </ol>
  );
}
