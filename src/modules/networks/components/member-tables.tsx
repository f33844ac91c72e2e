// Who is in a network, as the public may see it: organisations, and the people who chose
// to be listed. On a narrow screen a table scrolls sideways inside a region that can be
// reached and scrolled with the keyboard, named by the section's heading.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { countyName } from '@/modules/accounts/counties';

import type { NetworkProfile } from '../queries';

const tableClass = 'w-full min-w-[28rem] border-collapse text-left';
const headClass = 'border-b-2 border-slate-400 text-sm';
const cellClass = 'py-2 pr-4';

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
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="mt-4 overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t.memberOrganizations}</caption>
        <thead>
          <tr className={headClass}>
            <th scope="col" className={cellClass}>{t.organization}</th>
            <th scope="col" className={cellClass}>{t.kind}</th>
            <th scope="col" className={cellClass}>{t.county}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((org) => (
            <tr key={org.slug} className="border-b border-slate-200 align-top">
              <th scope="row" className={`${cellClass} font-semibold`}>
                {org.name}
              </th>
              <td className={cellClass}>{messages.enums.organizationKind[org.kind]}</td>
              <td className={cellClass}>{countyName(org.countyCode, locale) ?? t.noCounty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="mt-4 overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t.people}</caption>
        <thead>
          <tr className={headClass}>
            <th scope="col" className={cellClass}>{t.personName}</th>
            <th scope="col" className={cellClass}>{t.personTitle}</th>
            <th scope="col" className={cellClass}>{t.role}</th>
            <th scope="col" className={cellClass}>{t.organization}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <th scope="row" className={`${cellClass} font-semibold`}>
                {person.name}
              </th>
              <td className={cellClass}>{person.title ?? '–'}</td>
              <td className={cellClass}>{messages.enums.role[person.role]}</td>
              <td className={cellClass}>{person.organization ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
