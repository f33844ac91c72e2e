// The people list, for platform admins only: search by name, email or organisation, only
// those waiting for confirmation, a page of 25 at a time in name order, and in each row the
// forms to disable or enable the account, change the platform role and confirm a pending
// affiliation. Anyone else gets a 404, as on the outbox; signed out → sign in.
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { formatStockholmDay, formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { getCurrentUser } from '@/server/auth/current-user';
import { canReadAllAuditEvents } from '@/server/policy';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import type { SearchParams } from '@/ui/search-params';

import { PLATFORM_ROLES } from './admin-fields';
import { AdminListFrame } from './admin-list-frame';
import { AdminNav } from './admin-nav';
import { parsePeopleQuery, peopleHref } from './admin-params';
import { AdminActionForm } from './components/admin-action-form';
import { listPeople } from './people-queries';
import { changePlatformRole, confirmAffiliation, disableUser, enableUser } from './user-actions';

export async function UsersPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const basePath = `/${locale}/admin/users`;
  const query = parsePeopleQuery(searchParams);
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(peopleHref(basePath, { q: query.q, pendingOnly: query.pendingOnly }))}`);
  if (!canReadAllAuditEvents(user)) notFound();
  const t = getMessages(locale).adminUsers;
  const page = await listPeople(query);
  const view = { q: query.q, pendingOnly: query.pendingOnly };
  const filtered = Boolean(query.q) || query.pendingOnly;
  const emptyText = query.q ? t.emptySearch : query.pendingOnly ? t.emptyPending : t.empty;
  const roleOptions = PLATFORM_ROLES.map((role) => ({ value: role, label: t.roles[role] }));
  const common = { locale, messages: pickMessages(locale, 'input'), pendingLabel: t.saving, errorHeading: t.errorHeading };

  return (
    <div className="space-y-4">
      <AdminNav locale={locale} current="users" />
      <h1 id="users-heading" className="text-3xl font-bold break-words">
        {t.title}
      </h1>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>

      <AdminListFrame
        basePath={basePath}
        search={{ id: 'users-q', label: t.searchLabel, value: query.q, button: t.search }}
        filter={{
          id: 'users-affiliation',
          name: 'affiliation',
          label: t.filterLabel,
          value: query.pendingOnly ? 'pending' : '',
          options: [
            { value: '', label: t.filters.all },
            { value: 'pending', label: t.filters.pending },
          ],
        }}
        invalidCursor={query.invalidCursor ? t.invalidCursor : null}
        empty={page.people.length === 0 ? { text: emptyText, href: filtered ? basePath : null, link: t.showAll } : null}
        firstHref={query.cursor ? peopleHref(basePath, view) : null}
        nextHref={page.nextCursor ? peopleHref(basePath, { ...view, cursor: page.nextCursor }) : null}
        texts={t}
      >
        {/* Fits the page at 1280 px: small text, addresses that wrap, a narrow action column;
            on a phone the region scrolls sideways from 60rem. */}
        <DataTable
          caption={t.caption}
          labelledBy="users-heading"
          minWidth="min-w-[60rem]"
          className="text-sm"
          columns={[
            { label: t.name },
            { label: t.email },
            { label: t.organisation },
            { label: t.affiliation },
            { label: t.platformRole },
            { label: t.verified },
            { label: t.accountStatus },
            { label: t.lastSignIn },
            { label: t.actions },
          ]}
        >
          {page.people.map((person) => {
            const name = person.deleted ? t.formerUser : person.name;
            return (
              <tr key={person.id} className={rowClass}>
                <th scope="row" className={`${cellClass} text-left font-semibold`}>
                  {name} {person.id === user.id && <span className="font-normal">{t.you}</span>}
                </th>
                <td className={`${cellClass} [overflow-wrap:anywhere]`}>{person.deleted ? t.none : person.email}</td>
                <td className={cellClass}>{person.organization?.name ?? t.none}</td>
                <td className={cellClass}>{t.affiliations[person.affiliation]}</td>
                <td className={cellClass}>{t.roles[person.platformRole]}</td>
                <td className={cellClass}>{person.verified ? t.yes : t.no}</td>
                <td className={cellClass}>
                  {person.deleted ? (
                    t.status.deleted
                  ) : person.disabledAt ? (
                    <>
                      {t.status.disabled}
                      <span className="block text-slate-700">
                        <time dateTime={person.disabledAt.toISOString()}>{fill(t.disabledSince, { date: formatStockholmDay(person.disabledAt, locale) })}</time>
                      </span>
                    </>
                  ) : (
                    t.status.active
                  )}
                </td>
                <td className={cellClass}>
                  {person.lastSignInAt ? <time dateTime={person.lastSignInAt.toISOString()}>{formatStockholmTimestamp(person.lastSignInAt, locale)}</time> : t.never}
                </td>
                <td className={`${lastCellClass} space-y-2`}>
                  {person.deleted ? (
                    <p className="text-slate-700">{t.deletedNote}</p>
                  ) : (
                    <>
                      {person.id !== user.id &&
                        (person.disabledAt ? (
                          <AdminActionForm {...common} action={enableUser} id={`enable-${person.id}`} hidden={{ userId: person.id }} label={t.enable} hiddenSuffix={fill(t.enableFor, { name })} />
                        ) : (
                          <AdminActionForm {...common} action={disableUser} id={`disable-${person.id}`} hidden={{ userId: person.id }} label={t.disable} hiddenSuffix={fill(t.disableFor, { name })} danger />
                        ))}
                      {person.id !== user.id && (
                        <AdminActionForm
                          {...common}
                          action={changePlatformRole}
                          id={`role-${person.id}`}
                          hidden={{ userId: person.id }}
                          field={{ kind: 'select', name: 'platformRole', label: fill(t.newRole, { name }), value: person.platformRole, options: roleOptions }}
                          label={t.saveRole}
                          hiddenSuffix={fill(t.saveRoleFor, { name })}
                        />
                      )}
                      {person.affiliation === 'PENDING' && person.organization && (
                        <AdminActionForm
                          {...common}
                          action={confirmAffiliation}
                          id={`confirm-${person.id}`}
                          hidden={{ userId: person.id }}
                          label={t.confirm}
                          hiddenSuffix={fill(t.confirmFor, { name, organisation: person.organization.name })}
                        />
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </AdminListFrame>
    </div>
  );
}
