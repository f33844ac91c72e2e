// People who left the network or were removed: the history is kept, with who removed whom
// and why.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatDate } from '@/ui/format';

import type { PastMember } from '../member-queries';

export function PastMembersTable({ locale, messages, members, labelledBy }: { locale: Locale; messages: Messages; members: PastMember[]; labelledBy: string }) {
  const t = messages.members;
  const none = messages.audit.none;
  return (
    <DataTable
      caption={t.pastHeading}
      labelledBy={labelledBy}
      minWidth="min-w-[56rem]"
      className="mt-4"
      columns={[
        { label: t.name },
        { label: t.organization },
        { label: t.role },
        { label: t.status },
        { label: t.joined },
        { label: t.ended },
        { label: t.removedBy },
        { label: t.removedReason },
      ]}
    >
      {members.map((member) => (
        <tr key={member.membershipId} className={rowClass}>
          <th scope="row" className={`${cellClass} text-left font-semibold`}>
            {member.name}
          </th>
          <td className={cellClass}>{member.organizationName ?? t.noOrganization}</td>
          <td className={cellClass}>{messages.enums.role[member.role]}</td>
          <td className={cellClass}>{messages.enums.membershipStatus[member.status]}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{formatDate(member.joinedAt, locale)}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{member.leftAt ? formatDate(member.leftAt, locale) : none}</td>
          <td className={cellClass}>{member.removedByName ?? none}</td>
          <td className={`${lastCellClass} max-w-xs break-words`}>{member.removedReason ?? none}</td>
        </tr>
      ))}
    </DataTable>
  );
}
