// The secretariat's charter page: the form, prefilled with the current version, and every
// version with who saved it, when and which fields it changed.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import { CHARTER_FIELDS, formatCharterDate, type CharterContent } from './charter-content';
import { getCharterHistory, getCurrentCharter } from './charter-queries';
import { CharterForm, type CharterFormValues } from './components/charter-form';
import { requireNetworkManager } from './manage-access';
import { managePath } from './manage-path';

/** The saved version as the form's text fields; the threshold is blank unless it applies. */
function formValues(charter: CharterContent | null): CharterFormValues {
  if (!charter) return {};
  return Object.fromEntries(CHARTER_FIELDS.map((field) => [field, charter[field] === null ? '' : String(charter[field])]));
}

export async function CharterPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'charter'));
  const messages = getMessages(locale);
  const t = messages.charter;
  const [current, history] = await Promise.all([getCurrentCharter(network.id), getCharterHistory(network.id)]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="charter-edit" className="max-w-3xl space-y-4">
        <h2 id="charter-edit" className="text-2xl font-semibold">
          {t.title}
        </h2>
        <p className="text-slate-700">{t.lead}</p>
        <p className="font-medium">
          {current ? t.currentVersion(current.version, formatCharterDate(current.createdAt, locale, { withTime: true })) : t.noCharterYet}
        </p>
        <CharterForm locale={locale} messages={pickMessages(locale, 'charter', 'enums', 'governance', 'input')} networkId={network.id} initial={formValues(current)} version={current?.version ?? null} />
      </section>

      {/* Not a landmark itself: the table's scrolling region carries the heading's name. */}
      <section>
        <h2 id="charter-history" className="text-2xl font-semibold">
          {t.historyHeading}
        </h2>
        <p className="mt-1 text-slate-700">{t.historyLead}</p>
        {history.length === 0 ? (
          <p className="mt-3">{t.noHistory}</p>
        ) : (
          <DataTable
            caption={t.historyHeading}
            labelledBy="charter-history"
            minWidth="min-w-[36rem]"
            className="mt-4"
            columns={[{ label: t.historyColumns.version }, { label: t.historyColumns.date }, { label: t.historyColumns.author }, { label: t.historyColumns.changed }]}
          >
            {history.map((entry) => (
              <tr key={entry.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-semibold`}>
                  {entry.version}
                </th>
                <td className={cellClass}>{formatCharterDate(entry.createdAt, locale, { withTime: true })}</td>
                <td className={cellClass}>{entry.authorName ?? t.unknownAuthor}</td>
                <td className={lastCellClass}>
                  {entry.version === 1 ? t.firstVersion : entry.changedFields.map((field) => t.fields[field] ?? field).join(', ')}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
