// Which competences the network's active members bring, and which recommended ones it lacks
// (the agency's report, p. 31), so the secretariat knows whom to invite.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatNumber } from '@/ui/format';

import type { CompetenceCoverage } from '../competence-coverage';

export function CompetenceOverview({ locale, messages, coverage }: { locale: Locale; messages: Messages; coverage: CompetenceCoverage }) {
  const t = messages.members;
  const names = messages.governance.competence;
  return (
    <section>
      <h2 id="competences" className="text-2xl font-semibold">
        {t.competenceHeading}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t.competenceLead}</p>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <DataTable
          caption={t.competenceCaption}
          minWidth="min-w-[18rem]"
          columns={[{ label: t.competence }, { label: t.memberCount, align: 'right' }]}
        >
          {coverage.counts.map(({ competence, count }) => (
            <tr key={competence} className={rowClass}>
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {names[competence]}
              </th>
              <td className={`${lastCellClass} text-right tabular-nums`}>{formatNumber(count, locale)}</td>
            </tr>
          ))}
          {coverage.notStated > 0 && (
            <tr className={rowClass}>
              <th scope="row" className={`${cellClass} text-left font-normal italic`}>
                {t.competenceNotStated}
              </th>
              <td className={`${lastCellClass} text-right tabular-nums`}>{formatNumber(coverage.notStated, locale)}</td>
            </tr>
          )}
        </DataTable>
        <div>
          <h3 className="text-xl font-semibold">{t.missingHeading}</h3>
          {coverage.missing.length === 0 ? (
            <p className="mt-2 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{t.noneMissing}</p>
          ) : (
            <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
              <p>{t.missingLead}</p>
              <ul className="mt-2 list-disc pl-5 font-semibold">
                {coverage.missing.map((competence) => (
                  <li key={competence}>{names[competence]}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
