import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { listMyMemberships } from '@/modules/accounts';
import { countyName, isContractingAuthority } from '@/modules/accounts/client';
import { listMyJoinRequests } from '@/modules/governance';
import { dialoguesPath, MyDialoguesSection } from '@/modules/dialogues';
import { CalendarLinkSection } from '@/modules/meetings';
import { MyPendingHandovers } from '@/modules/needs';
import { getCurrentUser } from '@/server/auth/current-user';
import { formatDate } from '@/ui/format';

import { MyTasksSection } from './my-tasks-section';
import { PendingColleaguesSection } from './pending-colleagues-section';

export async function MePage({ locale }: { locale: Locale }) {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/me`)}`);
  const messages = getMessages(locale);
  const t = messages.me;
  const [memberships, requests] = await Promise.all([listMyMemberships(user.id), listMyJoinRequests(user.id)]);
  const tj = messages.joining;
  const org = user.organization;
  const county = countyName(org?.countyCode, locale);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-lg">
          {user.name}
          {user.title && <span className="text-slate-700">, {user.title}</span>}
        </p>
        <p className="mt-1">
          <Link href={`/${locale}/me/account`} className="text-brand-700 underline">
            {t.accountLink}
          </Link>
        </p>
        {user.affiliation === 'PENDING' && (
          <p role="status" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t.pendingAffiliation}
          </p>
        )}
      </div>

      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.organization}</dt>
        <dd>
          {org ? (
            <>
              {org.name}
              {/* On a line of its own, not in brackets: a name may have its own, as the demo firms do. */}
              <span className="block text-slate-700">
                {messages.enums.organizationKind[org.kind]}, {(isContractingAuthority(org.kind) ? t.contractingAuthority : t.notContractingAuthority).toLocaleLowerCase(locale)}
              </span>
            </>
          ) : (
            t.noOrganization
          )}
        </dd>
        {county && (
          <>
            <dt className="font-semibold">{t.county}</dt>
            <dd>{county}</dd>
          </>
        )}
        {user.platformRole !== 'NONE' && (
          <>
            <dt className="font-semibold">{t.platformRole}</dt>
            <dd>{messages.enums.platformRole[user.platformRole]}</dd>
          </>
        )}
      </dl>

      <MyTasksSection locale={locale} user={user} />

      <MyPendingHandovers locale={locale} user={user} />

      <PendingColleaguesSection locale={locale} user={user} />

      <section aria-labelledby="my-networks">
        <h2 id="my-networks" className="text-2xl font-semibold">
          {t.networksHeading}
        </h2>
        {memberships.length === 0 ? (
          <div className="mt-3 rounded border border-slate-300 bg-slate-50 p-4">
            {/* Suppliers are never members (the report): their way in is the market dialogues. */}
            {org?.kind === 'COMPANY' ? (
              <>
                <p>{t.noNetworksSupplier}</p>
                <Link href={dialoguesPath(locale)} className="mt-2 inline-block font-semibold text-brand-700 underline">
                  {t.browseDialogues}
                </Link>
              </>
            ) : (
              <>
                <p>{user.affiliation === 'PENDING' ? t.noNetworksPending : t.noNetworks}</p>
                <Link href={`/${locale}/networks`} className="mt-2 inline-block font-semibold text-brand-700 underline">
                  {t.browse}
                </Link>
              </>
            )}
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {memberships.map((m) => (
              <li key={m.networkSlug} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <Link href={`/${locale}/networks/${m.networkSlug}`} className="text-lg font-semibold text-brand-700 underline">
                  {m.networkName}
                </Link>
                <span>
                  {t.role}: <strong>{messages.enums.role[m.role]}</strong> · {t.since} {formatDate(m.joinedAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-requests">
        <h2 id="my-requests" className="text-2xl font-semibold">
          {tj.myRequestsHeading}
        </h2>
        <p className="mt-1 text-slate-700">{tj.myRequestsLead}</p>
        {requests.length === 0 ? (
          <p className="mt-3">{tj.noRequests}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {requests.map((r) => (
              <li key={r.id} className="py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/${locale}/networks/${r.network.slug}`} className="text-lg font-semibold text-brand-700 underline">
                    {r.network.name}
                  </Link>
                  <span>
                    {tj.sent} {formatDate(r.createdAt, locale)} · {tj.status}: <strong>{messages.governance.joinRequestStatus[r.status]}</strong>
                    {r.decidedAt && r.status !== 'WITHDRAWN' && ` (${formatDate(r.decidedAt, locale)})`}
                  </span>
                </div>
                {r.status === 'DECLINED' && r.decisionReason && (
                  <p className="mt-1 whitespace-pre-line text-slate-700">
                    {tj.decisionReason}: {r.decisionReason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <MyDialoguesSection locale={locale} user={user} />

      <CalendarLinkSection locale={locale} userId={user.id} />
    </div>
  );
}
