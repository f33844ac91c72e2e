// Who is in a network, as the public may see it: organisations, and the people who chose
// to be listed. Each table is a keyboard-scrollable region named by the section's heading.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { countyName } from '@/modules/accounts/client';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import type { NetworkProfile } from '../queries';

export function MemberOrganizationsTable({
  locale,
  messages,
  organizations,
  labelledBy,
}: {
  locale: Locale;
  messages: Messages;
  organizations: NetworkProfile['memberOrganizations'];
  labelledBy: string;
}) {
  const t = messages.network;
  return (
    <DataTable
      caption={t.memberOrganizations}
      labelledBy={labelledBy}
      minWidth="min-w-[28rem]"
      className="mt-4"
      columns={[{ label: t.organization }, { label: t.kind }, { label: t.county }]}
    >
      {organizations.map((org) => (
        <tr key={org.slug} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            {org.name}
          </th>
          <td className={cellClass}>{messages.enums.organizationKind[org.kind]}</td>
          <td className={lastCellClass}>{countyName(org.countyCode, locale) ?? t.noCounty}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ListedPeopleTable({
  messages,
  people,
  labelledBy,
}: {
  messages: Messages;
  people: NetworkProfile['listedPeople'];
  labelledBy: string;
}) {
  const t = messages.network;
  return (
    <DataTable
      caption={t.people}
      labelledBy={labelledBy}
      minWidth="min-w-[28rem]"
      className="mt-4"
      columns={[{ label: t.personName }, { label: t.personTitle }, { label: t.role }, { label: t.organization }]}
    >
      {people.map((person, i) => (
        <tr key={i} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            {person.name}
          </th>
          <td className={cellClass}>{person.title ?? '–'}</td>
          <td className={cellClass}>{messages.enums.role[person.role]}</td>
          <td className={lastCellClass}>{person.organization ?? '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
