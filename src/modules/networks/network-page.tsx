import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { CharterSection, GroupsSection, JoinPanel } from '@/modules/governance';
import { managePath } from '@/modules/governance/client';
import { NetworkDialoguesSection } from '@/modules/dialogues';
import { MeetingPlanSection, PublicDecisionsSection } from '@/modules/meetings';
import { NetworkPendingHandovers, PublicNeedsSection } from '@/modules/needs';
import { findNetworkView } from '@/server/network-viewer';
import { formatDate, formatNumber } from '@/ui/format';
import { StatusBadge } from '@/ui/status-badge';
import { OnThisPage } from '@/ui/on-this-page';

import { MemberOrganizationsTable, ListedPeopleTable } from './components/member-tables';
import { ProfileRecordsSections } from './components/profile-records';
import { PublicationPanel } from './components/publication-panel';
import { StatusHistorySection } from './components/status-history';
import { networkPath } from './network-paths';
import { getNetworkProfile, type NetworkProfile } from './queries';

/** "1 januari 2019 – 31 december 2021", "från 1 januari 2019", or nothing when unknown. */
function fundingPeriod(funder: NetworkProfile['funders'][number], locale: Locale, t: Messages['network']): string | null {
  const from = funder.periodStart && formatDate(funder.periodStart, locale);
  const to = funder.periodEnd && formatDate(funder.periodEnd, locale);
  if (from && to) return `${from} – ${to}`;
  if (from) return t.fundingFrom(from);
  if (to) return t.fundingUntil(to);
  return null;
}

/** What the page confirms after an action sent the browser back to it (?published=1, …). */
export type NetworkPageNotice = 'started' | 'published' | 'unpublished' | 'profileSaved';

function noticeText(notice: NetworkPageNotice, name: string, messages: Messages): string {
  if (notice === 'started') return messages.startNetwork.started(name);
  if (notice === 'profileSaved') return messages.networkProfile.saved(name);
  return messages.networkDraft[notice](name);
}

export async function NetworkPage({ locale, slug, notice }: { locale: Locale; slug: string; notice?: NetworkPageNotice }) {
  // A draft is a 404 for anyone who may not see it; a slug from before a rename redirects.
  const view = await findNetworkView(slug);
  if ('movedTo' in view) permanentRedirect(networkPath(locale, view.movedTo));
  const { user, mayManage } = view.viewer;
  const network = await getNetworkProfile(slug, locale, user?.id ?? null, { seesDraft: view.network.isDraft });
  if (!network) notFound();
  const messages = getMessages(locale);
  const t = messages.network;
  const today = new Date().toISOString().slice(0, 10);

  const facts: Array<[string, React.ReactNode]> = [
    [t.area, network.area],
    [t.initiator, messages.enums.initiator[network.initiator]],
    [t.startYear, network.startYear ?? messages.registry.unknownYear],
    [t.arranger, network.arranger ?? messages.registry.noArranger],
    [
      t.funders,
      <ul key="funders" className="space-y-1">
        {network.funders.map((f, i) => {
          const period = fundingPeriod(f, locale, t);
          const hasEnded = f.periodEnd !== null && f.periodEnd < today;
          return (
            <li key={i}>
              {f.name ?? messages.registry.membershipFees}
              {f.name && <span className="text-slate-700"> ({messages.enums.fundingKind[f.kind].toLowerCase()})</span>}
              {period && (
                <span className="block text-sm text-slate-700">
                  {period}
                  {hasEnded && ` (${t.fundingEnded})`}
                </span>
              )}
            </li>
          );
        })}
      </ul>,
    ],
    [t.status, <StatusBadge key="status" status={network.status} label={messages.enums.status[network.status]} />],
    [t.members, formatNumber(network.memberCount, locale)],
    [t.memberOrganizationCount, formatNumber(network.memberOrganizations.length, locale)],
    [t.membershipPolicy, messages.enums.membershipPolicy[network.membershipPolicy]],
    [
      t.contact,
      network.contact.name || network.contact.email ? (
        <span key="contact">
          {network.contact.name}
          {network.contact.name && network.contact.email && ', '}
          {network.contact.email && (
            <a href={`mailto:${network.contact.email}`} className="text-brand-700 underline">
              {network.contact.email}
            </a>
          )}
        </span>
      ) : (
        t.noContact
      ),
    ],
  ];

  const o = messages.onThisPage;
  const onThisPage: Array<[string, string]> = [
    ...(network.about ? ([['about', o.about]] as Array<[string, string]>) : []),
    ['network-charter', o.charter],
    ['network-meetings', o.meetings],
    ['public-decisions', o.decisions],
    ['public-needs', o.needs],
    ['dialogues-heading', o.dialogues],
    ['member-organizations', o.memberOrganizations],
    ['people', o.people],
    ['network-groups', o.groups],
    ['status-history', o.status],
    ['results', o.results],
    ['history', o.history],
  ];

  return (
    <article className="space-y-8">
      <div>
        <Link href={`/${locale}/networks`} className="text-brand-700 underline">
          ← {t.backToRegistry}
        </Link>
        <h1 className="mt-3 text-4xl font-bold">
          {network.name}
          {!network.publishedAt && <span className="ml-3 align-middle text-base font-semibold uppercase text-amber-800">{messages.networkDraft.draftLabel}</span>}
        </h1>
        {notice && (
          <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {noticeText(notice, network.name, messages)}
          </p>
        )}
        <p className="mt-4 max-w-3xl text-lg leading-relaxed" lang={contentLang(network.descriptionLang, locale)}>
          {network.description}
        </p>
        {network.viewerRole && (
          <p className="mt-4 inline-block rounded bg-brand-50 px-3 py-2 text-brand-900">
            {t.yourRole(messages.enums.role[network.viewerRole])}
          </p>
        )}
        {mayManage && (
          <p className="mt-4">
            <Link href={managePath(locale, network.slug, 'members')} className="font-semibold text-brand-700 underline">
              {messages.manage.manageLink}
            </Link>
          </p>
        )}
      </div>

      {/* The page is long: a short list of its sections, as plain anchors. */}
      <OnThisPage label={messages.onThisPage.label} sections={onThisPage} />

      {(mayManage || user?.platformRole === 'ADMIN') && (
        <PublicationPanel locale={locale} messages={messages} network={network} isAdmin={user?.platformRole === 'ADMIN'} />
      )}

      {network.about && (
        <section aria-labelledby="about">
          <h2 id="about" className="text-2xl font-semibold">
            {t.about}
          </h2>
          <div className="mt-2 max-w-3xl space-y-3 leading-relaxed" lang={contentLang(network.aboutLang, locale)}>
            {network.about.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        </section>
      )}

      <dl className="grid gap-x-8 gap-y-3 rounded border border-slate-200 bg-slate-50 p-5 sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <JoinPanel locale={locale} slug={network.slug} user={user} />

      <NetworkPendingHandovers locale={locale} slug={network.slug} />

      <CharterSection locale={locale} networkId={network.id} contentLocale={network.contentLocale} />

      <MeetingPlanSection locale={locale} networkId={network.id} slug={network.slug} contentLocale={network.contentLocale} />

      <PublicDecisionsSection locale={locale} networkId={network.id} slug={network.slug} contentLocale={network.contentLocale} />

      <PublicNeedsSection locale={locale} networkId={network.id} slug={network.slug} contentLocale={network.contentLocale} insider={network.viewerRole !== null || mayManage} />

      <NetworkDialoguesSection
        locale={locale}
        network={{ id: network.id, slug: network.slug, isEnded: network.status === 'CLOSED', contentLocale: network.contentLocale }}
        mayManage={mayManage}
      />

      {/* Not a landmark itself: the table's scrolling region carries the heading's name. */}
      <section>
        <h2 id="member-organizations" className="text-2xl font-semibold">
          {t.memberOrganizations}
        </h2>
        <p className="mt-1 text-slate-700">{t.memberOrganizationsLead}</p>
        {network.memberOrganizations.length === 0 ? (
          <p className="mt-3">{t.noMemberOrganizations}</p>
        ) : (
          <MemberOrganizationsTable locale={locale} messages={messages} organizations={network.memberOrganizations} labelledBy="member-organizations" />
        )}
      </section>

      <section>
        <h2 id="people" className="text-2xl font-semibold">
          {t.people}
        </h2>
        <p className="mt-1 text-slate-700">{t.peopleLead}</p>
        {network.listedPeople.length === 0 ? (
          <p className="mt-3">{t.noPeople}</p>
        ) : (
          <ListedPeopleTable messages={messages} people={network.listedPeople} labelledBy="people" />
        )}
      </section>

      <GroupsSection locale={locale} networkId={network.id} contentLocale={network.contentLocale} />

      <StatusHistorySection locale={locale} networkId={network.id} status={network.status} />

      <ProfileRecordsSections network={network} locale={locale} messages={messages} />
    </article>
  );
}
