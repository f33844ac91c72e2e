// One need's page: what the need is, who shares it, how its status moved and why, the
// coordinator's tools, and then its way up the ladder in sections (priority, the ladder, the
// business case, the buyer group and the handover), each loading its own data.
// The public sees a public need without the names of people; participants see who owns it
// and who moved it, and can stand behind it for their organisation.
import Link from 'next/link';
import type { ReactNode } from 'react';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { isContractingAuthority } from '@/modules/accounts/client';
import { formatCharterDate } from '@/modules/governance/client';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { DoneNotice } from '@/ui/done-notice';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { BusinessCaseSection } from './components/business-case-section';
import { BuyerGroupSection } from './components/buyer-group-section';
import { HandoverSection } from './components/handover-section';
import { LadderSection } from './components/ladder-section';
import { MergeNeedForm } from './components/merge-need-form';
import { NeedPrioritySection } from './components/need-priority-section';
import { NeedStatusBadge } from './components/need-status-badge';
import { NeedStatusForm } from './components/need-status-form';
import { ShareNeedForm } from './components/share-need-form';
import { SharingInvitationForm } from './components/sharing-invitation-form';
import { getNeedForViewer, seesAllNeeds } from './need-access';
import { NEED_TEXTS } from './need-fields';
import { needPath } from './need-paths';
import { getMembershipOrganization, getNeedDetails, listMergeTargets } from './need-queries';
import { manualTransitions } from './need-status';

export async function needPageTitle(slug: string, needId: string): Promise<string> {
  const { need, network } = await getNeedForViewer(slug, needId);
  return `${need.title} – ${network.name}`;
}

/**
 * `dialogues` is the need's market dialogues, filled by the route: dialogues build on needs,
 * so the needs domain cannot import them (docs/architecture.md).
 */
export async function NeedPage({
  locale,
  slug,
  needId,
  dialogues,
  done,
}: {
  locale: Locale;
  slug: string;
  needId: string;
  dialogues?: (needId: string, contentLocale: Locale) => ReactNode;
  /** The page was opened after the need was proposed or handed over (?done=), so it confirms that first. */
  done?: string;
}) {
  const { network, viewer, need: seen } = await getNeedForViewer(slug, needId);
  const messages = getMessages(locale);
  const t = messages.needs;
  const seesAll = seesAllNeeds(viewer);
  const archived = seen.status === 'ARCHIVED';
  const membershipId = viewer.mayParticipate ? (viewer.actor?.membership?.id ?? null) : null;
  const [need, own, mergeTargets] = await Promise.all([
    getNeedDetails(seen.id, seesAll, locale),
    membershipId ? getMembershipOrganization(membershipId) : Promise.resolve(null),
    viewer.mayManage && !archived ? listMergeTargets(network.id, seen.id) : Promise.resolve([]),
  ]);
  const link = (id: string) => needPath(locale, network.slug, id);
  const transitions = need.mergedInto ? [] : manualTransitions(need.status);
  const when = (date: Date) => formatCharterDate(date, locale, { withTime: true });
  // An observer (a funder) watches the network and shares no need for its organisation.
  const sharer = own && isContractingAuthority(own.kind) && viewer.actor?.membership?.role !== 'OBSERVER' ? own : null;
  const ownSharing = sharer ? (need.organizations.find((o) => o.id === sharer.id)?.status ?? null) : null;
  // What the network's people wrote (title, texts, reasons) is in the network's language.
  const written = contentLang(network.contentLocale, locale);

  return (
    <div className="space-y-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold" lang={written}>
          {need.title}
        </h1>
        {(done === 'proposed' || done === 'handedOver') && (
          <div className="mt-4">
            <DoneNotice message={done === 'proposed' ? t.done.proposed(need.title) : messages.businessCase.handoverPage.handedOverNotice} />
          </div>
        )}
        <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2">
          <div className="flex items-center gap-2">
            <dt className="font-semibold">{t.page.status}:</dt>
            <dd>
              <NeedStatusBadge status={need.status} locale={locale} />
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="font-semibold">{t.page.step}:</dt>
            <dd>{need.ladderStep ? messages.needEnums.step[need.ladderStep] : t.notAssessed}</dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="font-semibold">{t.page.visibility}:</dt>
            <dd>{need.isPublic ? t.page.public : t.page.notPublic}</dd>
          </div>
        </dl>
        {need.mergedInto && (
          <p className="mt-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
            {need.mergedInto.visible ? (
              <>
                {t.page.mergedInto}{' '}
                <Link href={link(need.mergedInto.id)} className="font-semibold underline" lang={written}>
                  {need.mergedInto.title}
                </Link>
              </>
            ) : (
              t.page.mergedIntoHidden
            )}
          </p>
        )}
        {need.mergedNeeds.length > 0 && (
          <p className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {t.page.mergedNeeds}:{' '}
            {need.mergedNeeds.map((merged, i) => (
              <span key={merged.id}>
                {i > 0 && ', '}
                <Link href={link(merged.id)} className="font-semibold text-brand-700 underline" lang={written}>
                  {merged.title}
                </Link>
              </span>
            ))}
          </p>
        )}
        {!viewer.user && <p className="mt-4">{t.page.signInForMore}</p>}
      </div>

      <section aria-labelledby="need-about" className="max-w-3xl">
        <h2 id="need-about" className="text-2xl font-semibold">
          {t.page.aboutHeading}
        </h2>
        {NEED_TEXTS.map((field) => (
          <div key={field} className="mt-4">
            <h3 className="text-lg font-semibold">{t.form.fields[field]}</h3>
            {need[field] ? (
              <p className="mt-1 whitespace-pre-line" lang={written}>
                {need[field]}
              </p>
            ) : (
              <p className="mt-1 text-slate-700">{t.page.notDescribed}</p>
            )}
          </div>
        ))}
        <dl className="mt-6 grid gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.page.area}</dt>
          <dd>{need.area.name}</dd>
          {seesAll && (
            <>
              <dt className="font-semibold">{t.page.owner}</dt>
              <dd>{need.owner ?? t.noOwner}</dd>
              <dt className="font-semibold">{t.page.proposedBy}</dt>
              <dd>{need.proposedBy ?? t.page.unknownPerson}</dd>
            </>
          )}
          <dt className="font-semibold">{t.page.proposedAt}</dt>
          <dd>{formatCharterDate(need.createdAt, locale)}</dd>
        </dl>
      </section>

      <section aria-labelledby="need-organizations" className="max-w-3xl space-y-3">
        <h2 id="need-organizations" className="text-2xl font-semibold">
          {t.page.organizationsHeading}
        </h2>
        {need.organizations.length === 0 ? (
          <p>{t.page.noOrganizations}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {need.organizations.map((organization) => (
              <li key={organization.id}>
                {organization.name}
                {organization.status !== 'CONFIRMED' && (
                  <span className="text-slate-700"> ({organization.status === 'INVITED' ? t.page.invitedToShare : t.page.declinedToShare})</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {sharer && !archived && ownSharing === 'INVITED' && (
          <SharingInvitationForm locale={locale} messages={pickMessages(locale, 'needs')} needId={need.id} organization={sharer.name} />
        )}
        {sharer && !archived && ownSharing !== 'INVITED' && (
          <ShareNeedForm locale={locale} messages={pickMessages(locale, 'needs')} needId={need.id} organization={sharer.name} sharing={ownSharing === 'CONFIRMED'} />
        )}
      </section>

      <section className="max-w-4xl">
        <h2 id="need-history" className="text-2xl font-semibold">
          {t.page.historyHeading}
        </h2>
        <DataTable
          caption={t.page.historyCaption}
          labelledBy="need-history"
          minWidth="min-w-[36rem]"
          className="mt-3"
          columns={[
            { label: t.page.historyColumns.change },
            { label: t.page.historyColumns.reason },
            ...(seesAll ? [{ label: t.page.historyColumns.who }] : []),
            { label: t.page.historyColumns.when },
          ]}
        >
          {need.transitions.map((transition) => (
            <tr key={transition.id} className={rowClass}>
              <th scope="row" className={`${cellClass} whitespace-nowrap text-left font-normal`}>
                {transition.fromStatus
                  ? `${messages.needEnums.status[transition.fromStatus]} → ${messages.needEnums.status[transition.toStatus]}`
                  : t.page.created(messages.needEnums.status[transition.toStatus])}
              </th>
              <td className={`${cellClass} max-w-md whitespace-pre-line`} lang={written}>
                {transition.reason}
              </td>
              {seesAll && <td className={cellClass}>{transition.actor ?? t.page.unknownPerson}</td>}
              <td className={`${lastCellClass} whitespace-nowrap`}>{when(transition.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {viewer.mayManage && (
        <section aria-labelledby="need-tools" className="max-w-3xl space-y-4 rounded border border-slate-300 p-4">
          <h2 id="need-tools" className="text-xl font-semibold">
            {t.tools.heading}
          </h2>
          {archived ? (
            // A merged need cannot be reopened either; the status part below says so.
            !need.mergedInto && <p>{t.archivedCannotEdit}</p>
          ) : (
            <Link href={`${link(need.id)}/edit`} className={secondaryLinkButtonClass}>
              {t.editLink}
            </Link>
          )}
          <h3 className="pt-2 text-lg font-semibold">{t.tools.statusHeading}</h3>
          {need.mergedInto ? (
            <p>{t.tools.mergedNoTransitions}</p>
          ) : transitions.length === 0 ? (
            <p>{t.tools.noTransitions}</p>
          ) : (
            <>
              <p className="text-slate-700">{t.tools.statusLead}</p>
              <NeedStatusForm locale={locale} messages={pickMessages(locale, 'needs', 'needEnums', 'input')} needId={need.id} options={transitions} />
            </>
          )}
          {!archived && (
            <>
              <h3 className="pt-2 text-lg font-semibold">{t.tools.mergeHeading}</h3>
              {mergeTargets.length === 0 ? (
                <p>{t.tools.noMergeTargets}</p>
              ) : (
                <>
                  <p className="text-slate-700">{t.tools.mergeLead}</p>
                  <MergeNeedForm locale={locale} messages={pickMessages(locale, 'needs', 'input')} needId={need.id} targets={mergeTargets} />
                </>
              )}
            </>
          )}
        </section>
      )}

      <NeedPrioritySection locale={locale} slug={slug} needId={need.id} />
      <LadderSection locale={locale} slug={slug} needId={need.id} />
      {dialogues?.(need.id, network.contentLocale)}
      <BusinessCaseSection locale={locale} slug={slug} needId={need.id} />
      <BuyerGroupSection locale={locale} slug={slug} needId={need.id} />
      <HandoverSection locale={locale} slug={slug} needId={need.id} />
    </div>
  );
}
