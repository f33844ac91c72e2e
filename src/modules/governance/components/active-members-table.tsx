// The network's active members as the secretariat sees them, with the role and removal
// forms in each row. The last coordinator gets no forms, only the reason why.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatDate } from '@/ui/format';

import type { ActiveMember } from '../member-queries';
import { RemoveMemberForm, RoleChangeForm } from './member-row-forms';

export function ActiveMembersTable({
  locale,
  messages,
  members,
  viewerId,
  labelledBy,
}: {
  locale: Locale;
  messages: Messages;
  members: ActiveMember[];
  viewerId: string;
  labelledBy: string;
}) {
  const t = messages.members;
  return (
    <DataTable
      caption={t.activeHeading}
      labelledBy={labelledBy}
      minWidth="min-w-[68rem]"
      className="mt-4"
      columns={[
        { label: t.name },
        { label: t.organization },
        { label: t.competence },
        { label: t.role },
        { label: t.vote },
        { label: t.joined },
        { label: t.actions },
      ]}
    >
      {members.map((member) => (
        <tr key={member.membershipId} className={rowClass}>
          <th scope="row" className={`${cellClass} min-w-56 text-left font-normal`}>
            <span className="font-semibold">{member.name}</span>
            {member.userId === viewerId && <span className="text-slate-700"> ({t.you})</span>}
            {member.title && <span className="block text-sm text-slate-700">{member.title}</span>}
            <span className="block text-sm break-words text-slate-700">{member.email}</span>
          </th>
          <td className={cellClass}>
            {member.organization ? (
              <>
                {member.organization.name}
                <span className="block text-sm text-slate-700">{messages.enums.organizationKind[member.organization.kind]}</span>
              </>
            ) : (
              t.noOrganization
            )}
          </td>
          <td className={cellClass}>{member.competence ? messages.governance.competence[member.competence] : t.noCompetence}</td>
          <td className={cellClass}>{messages.enums.role[member.role]}</td>
          <td className={cellClass}>{member.hasVote ? t.yes : t.no}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{formatDate(member.joinedAt, locale)}</td>
          <td className={`${lastCellClass} w-72`}>
            {member.isLastCoordinator ? (
              <p className="text-sm text-slate-700">{t.lastCoordinator}</p>
            ) : (
              <>
                {member.assignableRoles.length > 1 ? (
                  <RoleChangeForm membershipId={member.membershipId} name={member.name} currentRole={member.role} roles={member.assignableRoles} />
                ) : (
                  <p className="text-sm text-slate-700">{t.noOtherRole}</p>
                )}
                <RemoveMemberForm membershipId={member.membershipId} name={member.name} />
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
