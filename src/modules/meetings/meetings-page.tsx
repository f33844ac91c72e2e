// A network's meetings: the year plan against the charter, upcoming and past meetings, the
// network's calendar feed, and "Plan a meeting" for the secretariat. The public sees public
// meetings; the network's participants see them all.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { stockholmYear } from '@/i18n/stockholm-time';
import { getNetworkViewer } from '@/server/network-viewer';
import { primaryLinkButtonClass } from '@/ui/form-classes';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { MeetingList, networkFeedPath, yearPlanSentence } from './components/meeting-list';
import { meetingsPath } from './meeting-paths';
import { getYearPlan, listNetworkMeetings } from './meeting-queries';

export async function meetingsPageTitle(locale: Locale, slug: string): Promise<string> {
  const { network } = await getNetworkViewer(slug);
  return getMessages(locale).meetings.listTitle(network.name);
}

export async function MeetingsPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const t = getMessages(locale).meetings;
  const year = stockholmYear(new Date());
  const [{ upcoming, past }, plan] = await Promise.all([
    listNetworkMeetings(network.id, { includeMembersOnly: viewer.mayParticipate || viewer.mayManage }),
    getYearPlan(network.id, year),
  ]);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t.listTitle(network.name)}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
        {!viewer.user && <p className="mt-2">{t.signInForMore}</p>}
      </div>

      <section aria-labelledby="year-plan" className="rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="year-plan" className="text-xl font-semibold">
          {t.yearPlanHeading(year)}
        </h2>
        <p className="mt-1 text-lg">{yearPlanSentence(plan, locale)}</p>
        <p className="mt-1 text-sm text-slate-700">{t.yearPlanHint}</p>
      </section>

      <div className="flex flex-wrap items-center gap-4">
        {viewer.mayManage && !network.isEnded && (
          <Link href={`${meetingsPath(locale, network.slug)}/new`} className={primaryLinkButtonClass}>
            {t.planMeeting}
          </Link>
        )}
        {viewer.mayManage && network.isEnded && <EndedNetworkNotice locale={locale} />}
        <div>
          <a href={networkFeedPath(network.slug)} aria-describedby="feed-hint" className="font-semibold text-brand-700 underline">
            {t.feed.subscribe}
          </a>
          <p id="feed-hint" className="text-sm text-slate-700">
            {t.feed.subscribeHint}
          </p>
        </div>
      </div>

      <section>
        <h2 id="meetings-upcoming" className="text-2xl font-semibold">
          {t.upcomingHeading}
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-3">{viewer.mayManage ? t.noUpcomingManager : t.noUpcoming}</p>
        ) : (
          <MeetingList locale={locale} slug={network.slug} contentLocale={network.contentLocale} meetings={upcoming} caption={t.upcomingHeading} labelledBy="meetings-upcoming" />
        )}
      </section>

      <section>
        <h2 id="meetings-past" className="text-2xl font-semibold">
          {t.pastHeading}
        </h2>
        {past.length === 0 ? (
          <p className="mt-3">{t.noPast}</p>
        ) : (
          <MeetingList locale={locale} slug={network.slug} contentLocale={network.contentLocale} meetings={past} caption={t.pastHeading} labelledBy="meetings-past" past />
        )}
      </section>
    </div>
  );
}
