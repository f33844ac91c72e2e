// The network's groups on its public page: names, kinds and how many sit in each. People's
// names are not public here; members choose for themselves whether they are listed.
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatNumber } from '@/ui/format';

import { getPublicGroups } from '../group-queries';

export async function GroupsSection({ locale, networkId, contentLocale }: { locale: Locale; networkId: string; contentLocale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.groups.section;
  const groups = await getPublicGroups(networkId);

  return (
    // Not a landmark itself: the table's scrolling region carries the heading's name.
    <section>
      <h2 id="network-groups" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-slate-700">{t.lead}</p>
      {groups.length === 0 ? (
        <p className="mt-3">{t.empty}</p>
      ) : (
        <DataTable
          caption={t.caption}
          labelledBy="network-groups"
          minWidth="min-w-[28rem]"
          className="mt-4"
          columns={[{ label: t.columns.name }, { label: t.columns.kind }, { label: t.columns.members, align: 'right' }]}
        >
          {groups.map((group) => (
            <tr key={group.id} className={rowClass}>
              <th scope="row" className={`${cellClass} font-semibold`} lang={contentLang(contentLocale, locale)}>
                {group.name}
              </th>
              <td className={cellClass}>{messages.governance.groupKind[group.kind]}</td>
              <td className={`${lastCellClass} text-right`}>{formatNumber(group.memberCount, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
