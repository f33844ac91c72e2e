// /{locale}/networks/{slug}/manage/profile: the secretariat keeps the network's profile up to
// date, and its coordinators move its status. The form starts from what is stored, and names
// the version it shows.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { requireNetworkManager } from '@/modules/governance';
import { managePath } from '@/modules/governance/client';

import { NetworkProfileForm } from './components/network-profile-form';
import { FactItem, LinkItem } from './components/profile-records';
import { AddFactForm, AddLinkForm, RemovableRecordList } from './components/profile-records-forms';
import { NetworkStatusForm } from './components/network-status-form';
import { nextStatuses } from './network-status-rules';
import { getProfileRecords } from './queries';
import { getEditableProfile, getNetworkStatus, listThematicAreas } from './start-network-queries';
import { startYearRange } from './start-network-rules';

export async function NetworkProfilePage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, actor } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'profile'));
  const status = await getNetworkStatus(network.id);
  // An ended network is read-only (the layout says so): its profile, links and history stay
  // on its page, and only the status can move (a platform admin reopens it). The status form
  // keeps its place either way, so its confirmation stays when the network has just ended.
  return (
    <div className="max-w-3xl space-y-10">
      {network.isEnded ? null : <ProfileEditor locale={locale} network={network} isAdmin={actor.platformRole === 'ADMIN'} />}
      <NetworkStatusForm
        locale={locale}
        messages={pickMessages(locale, 'networkStatus', 'enums', 'input')}
        networkId={network.id}
        current={status}
        moves={nextStatuses(status, { isAdmin: actor.platformRole === 'ADMIN' })}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}

/** The profile form, the links to results and reports, and the history: for a network that has not ended. */
async function ProfileEditor({ locale, network, isAdmin }: { locale: Locale; network: { id: string }; isAdmin: boolean }) {
  const messages = getMessages(locale);
  const t = messages.networkProfile;
  const [profile, records] = await Promise.all([getEditableProfile(network.id), getProfileRecords(network.id, locale)]);
  const areas = await listThematicAreas(locale, profile.areaId);
  const years = startYearRange(new Date());
  const recordMessages = pickMessages(locale, 'profileRecords', 'enums', 'input');
  const r = messages.profileRecords;

  return (
    <>
      <section aria-labelledby="profile-title" className="space-y-4">
        <h2 id="profile-title" className="text-2xl font-semibold">
          {t.title}
        </h2>
        <p className="text-slate-700">{t.lead}</p>
        <NetworkProfileForm
          locale={locale}
          messages={pickMessages(locale, 'startNetwork', 'networkProfile', 'enums', 'input')}
          networkId={network.id}
          version={profile.profileVersion}
          areas={areas}
          currentArranger={profile.arranger?.name ?? null}
          mayChooseInitiator={isAdmin}
          years={years}
          stored={{
            name: profile.name,
            descriptionSv: profile.descriptionSv,
            descriptionEn: profile.descriptionEn,
            aboutSv: profile.aboutSv,
            aboutEn: profile.aboutEn,
            areaId: profile.areaId,
            initiator: profile.initiator,
            arranger: 'current',
            startYear: profile.startYear === null ? '' : String(profile.startYear),
            contactName: profile.contactName ?? '',
            contactEmail: profile.contactEmail ?? '',
          }}
        />
      </section>

      <section aria-labelledby="links-title" className="space-y-4">
        <h2 id="links-title" className="text-2xl font-semibold">
          {r.linksHeading}
        </h2>
        <p className="text-slate-700">{r.linksLead}</p>
        {records.links.length === 0 ? (
          <p>{r.noLinks}</p>
        ) : (
          <RemovableRecordList
            locale={locale}
            messages={recordMessages}
            kind="link"
            items={records.links.map((link) => ({ id: link.id, content: <LinkItem link={link} locale={locale} messages={messages} /> }))}
          />
        )}
        <AddLinkForm locale={locale} messages={recordMessages} networkId={network.id} />
      </section>

      <section aria-labelledby="facts-title" className="space-y-4">
        <h2 id="facts-title" className="text-2xl font-semibold">
          {r.factsHeading}
        </h2>
        <p className="text-slate-700">{r.factsLead}</p>
        {records.facts.length === 0 ? (
          <p>{r.noFacts}</p>
        ) : (
          <RemovableRecordList
            locale={locale}
            messages={recordMessages}
            kind="fact"
            items={records.facts.map((fact) => ({ id: fact.id, content: <FactItem fact={fact} locale={locale} messages={messages} /> }))}
          />
        )}
        <AddFactForm locale={locale} messages={recordMessages} networkId={network.id} today={toStockholmInput(new Date()).slice(0, 10)} />
      </section>

    </>
  );
}
