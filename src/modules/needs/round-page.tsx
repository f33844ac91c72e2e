// A prioritisation round: how it works, its deadline in Swedish time, and the needs in it.
// While it is open, a person who votes for their organisation distributes its points (and may
// replace its ballot); the secretariat sees which organisations have voted, never how, and
// may close the round early. Once closed, everyone in the network sees the ranking.
import Link from 'next/link';
import { notFound } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { formatCharterDate } from '@/modules/governance/client';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatNumber } from '@/ui/format';
import { DoneNotice } from '@/ui/done-notice';

import { BallotForm } from './components/ballot-form';
import { CloseRoundForm } from './components/close-round-form';
import { seesAllNeeds } from './need-access';
import { getRoundsViewer } from './round-access';
import { needPath, roundPath, roundsPath } from './round-paths';
import { getRoundPage, getVoterStanding } from './round-queries';

/** The round's title for those who may see it; the list's title otherwise (it does not reveal the round). */
export async function roundPageTitle(locale: Locale, slug: string, roundId: string): Promise<string> {
  const { network, viewer } = await getNetworkViewer(slug);
  const t = getMessages(locale).rounds;
  if (!seesAllNeeds(viewer)) return t.listTitle(network.name);
  const data = await getRoundPage(network.id, roundId, { organizationId: null, includeVoters: false });
  return data ? `${data.round.title} – ${network.name}` : t.listTitle(network.name);
}

/** `done`: the page was opened after the round was opened (?done=opened), so it confirms that first. */
export async function RoundPage({ locale, slug, roundId, done }: { locale: Locale; slug: string; roundId: string; done?: string }) {
  const { network, viewer } = await getRoundsViewer(slug, locale, (s) => roundPath(locale, s, roundId));
  const messages = getMessages(locale);
  const t = messages.rounds;
  const standing = await getVoterStanding(network.id, viewer.user?.id ?? null);
  const data = await getRoundPage(network.id, roundId, {
    organizationId: standing.ok ? standing.organizationId : null,
    includeVoters: viewer.mayManage,
  });
  if (!data) notFound();
  const { round, isOpen, ownBallot } = data;
  const when = (instant: Date) => formatStockholmInstant(instant, locale);
  // When a ballot was cast: the day and the clock in Sweden, without the zone's name in brackets.
  const castAt = (instant: Date) => formatCharterDate(instant, locale, { withTime: true });

  return (
    <div className="space-y-10">
      <div className="max-w-3xl">
        <Link href={roundsPath(locale, network.slug)} className="text-brand-700 underline">
          ← {t.backToList}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{round.title}</h1>
        {done === 'opened' && (
          <div className="mt-4">
            <DoneNotice message={t.done.opened(round.title)} />
          </div>
        )}
        <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.details.status}</dt>
          <dd>{isOpen ? t.details.open : t.details.closed}</dd>
          <dt className="font-semibold">{isOpen ? t.details.closesAt : t.details.closedAt}</dt>
          <dd>{when(round.closesAt)}</dd>
          <dt className="font-semibold">{t.details.budget}</dt>
          <dd>{formatNumber(round.pointsPerOrganization, locale)}</dd>
          <dt className="font-semibold">{t.details.voted}</dt>
          <dd>{t.votedCount(data.organizationsVoted)}</dd>
          {round.createdBy && (
            <>
              <dt className="font-semibold">{t.details.openedBy}</dt>
              <dd>{round.createdBy}</dd>
            </>
          )}
        </dl>
      </div>

      <section aria-labelledby="round-about" className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="round-about" className="text-xl font-semibold">
          {t.about.heading}
        </h2>
        <p className="mt-2">{t.about.points(round.pointsPerOrganization)}</p>
        <p className="mt-2">{t.about.oneBallot}</p>
        {isOpen && <p className="mt-2 font-medium">{t.about.hidden}</p>}
      </section>

      {!isOpen && (
        <section aria-labelledby="round-results">
          <h2 id="round-results" className="text-2xl font-semibold">
            {t.results.heading}
          </h2>
          <p className="mt-2">{t.results.lead(data.organizationsVoted)}</p>
          <DataTable
            caption={t.results.caption(round.title)}
            minWidth="min-w-[36rem]"
            className="mt-3"
            columns={[
              { label: t.results.columns.rank, align: 'right' },
              { label: t.results.columns.need },
              { label: t.results.columns.points, align: 'right' },
              { label: t.results.columns.organizations, align: 'right' },
            ]}
          >
            {(data.results ?? []).map((result) => (
              <tr key={result.needId} className={rowClass}>
                <td className={`${cellClass} text-right tabular-nums`}>{result.rank}</td>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  <Link href={needPath(locale, network.slug, result.needId)} className="font-semibold text-brand-700 underline">
                    {result.title}
                  </Link>
                </th>
                <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(result.points, locale)}</td>
                <td className={`${lastCellClass} text-right tabular-nums`}>{formatNumber(result.organizations, locale)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      <section aria-labelledby="round-ballot" className="max-w-3xl space-y-3">
        <h2 id="round-ballot" className="text-2xl font-semibold">
          {t.ballot.heading}
        </h2>
        {!standing.ok ? (
          <p>{t.ballot.cannotVote[standing.reason]}</p>
        ) : !isOpen ? (
          <p>{ownBallot ? t.ballot.closedVoted(castAt(ownBallot.castAt), ownBallot.castBy ?? '–') : t.ballot.closedNotVoted}</p>
        ) : (
          <>
            <p className="font-medium">{ownBallot ? t.ballot.votedAt(castAt(ownBallot.castAt), ownBallot.castBy ?? '–') : t.ballot.notVoted}</p>
            <p>{t.ballot.lead(standing.organizationName, round.pointsPerOrganization)}</p>
            <BallotForm
              locale={locale}
              messages={pickMessages(locale, 'rounds')}
              roundId={round.id}
              budget={round.pointsPerOrganization}
              needs={data.needs.map((need) => ({ id: need.id, title: need.title }))}
              points={ownBallot?.points ?? {}}
              replacing={Boolean(ownBallot)}
            />
          </>
        )}
      </section>

      {isOpen && (
        <section aria-labelledby="round-needs">
          <h2 id="round-needs" className="text-2xl font-semibold">
            {t.needsHeading}
          </h2>
          <DataTable
            caption={t.needsCaption}
            labelledBy="round-needs"
            minWidth="min-w-[30rem]"
            className="mt-3"
            columns={[{ label: t.needColumns.need }, { label: t.needColumns.status }]}
          >
            {data.needs.map((need) => (
              <tr key={need.id} className={rowClass}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  <Link href={needPath(locale, network.slug, need.id)} className="font-semibold text-brand-700 underline">
                    {need.title}
                  </Link>
                </th>
                <td className={lastCellClass}>{messages.needEnums.status[need.status]}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      {viewer.mayManage && data.voters && (
        <section aria-labelledby="round-voters" className="max-w-3xl">
          <h2 id="round-voters" className="text-2xl font-semibold">
            {t.voters.heading}
          </h2>
          {isOpen && <p className="mt-2 text-slate-700">{t.voters.lead}</p>}
          {data.voters.length === 0 ? (
            <p className="mt-2">{t.voters.none}</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {data.voters.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      {viewer.mayManage && isOpen && (
        <section aria-labelledby="round-close" className="max-w-3xl space-y-3 rounded border border-red-800 p-4">
          <h2 id="round-close" className="text-xl font-semibold">
            {t.close.heading}
          </h2>
          <CloseRoundForm locale={locale} messages={pickMessages(locale, 'rounds')} roundId={round.id} />
        </section>
      )}
    </div>
  );
}
