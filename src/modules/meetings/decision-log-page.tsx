// A network's decision log: every decision the reader may see, newest first, with its meeting,
// date, outcome and tally and a link to the minutes. The search box is a GET form and the page
// cursor a URL parameter, so every view is a link and works without JavaScript.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatCharterDate } from '@/modules/governance/client';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import type { SearchParams } from '@/ui/search-params';

import { OutcomeBadge, tallyText } from './components/decision-summary';
import { decodeDecisionCursor, listDecisions, SEARCH_MAX, type DecisionScope } from './decision-queries';
import { decisionLogPath, minutesPath } from './minutes-paths';


const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function DecisionLogPage({ locale, slug, searchParams }: { locale: Locale; slug: string; searchParams: SearchParams }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const t = getMessages(locale).minutes;
  const scope: DecisionScope = viewer.mayManage ? 'manage' : viewer.mayParticipate ? 'members' : 'public';
  const q = (first(searchParams.q) ?? '').trim().slice(0, SEARCH_MAX);
  const rawCursor = first(searchParams.cursor);
  const cursor = rawCursor ? decodeDecisionCursor(rawCursor) : null;
  const page = await listDecisions({ networkId: network.id, scope, q, cursor });
  const base = decisionLogPath(locale, network.slug);
  // The motions and the meetings' titles are written in the network's language.
  const written = contentLang(network.contentLocale, locale);
  const href = (view: { cursor?: string }) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (view.cursor) params.set('cursor', view.cursor);
    return params.size > 0 ? `${base}?${params}` : base;
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.log.title}</h1>
        <p className="mt-2 text-slate-700">{scope === 'public' ? t.log.publicLead : t.log.lead}</p>
      </div>

      <form method="get" action={base} role="search" className="max-w-xl space-y-2">
        <label htmlFor="decision-search" className="block font-medium">
          {t.log.searchLabel}
        </label>
        <p id="decision-search-hint" className="text-sm text-slate-700">
          {t.log.searchHint}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <input
            id="decision-search"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={SEARCH_MAX}
            aria-describedby="decision-search-hint"
            className="block w-full max-w-sm rounded border border-slate-500 px-3 py-2 text-base"
          />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t.log.search}
          </button>
        </div>
        {q && (
          <p>
            <Link href={base} className="text-brand-700 underline">
              {t.log.clear}
            </Link>
          </p>
        )}
      </form>

      {rawCursor && !cursor && (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t.log.invalidCursor}
        </p>
      )}

      <section aria-labelledby="decision-results">
        <h2 id="decision-results" className="text-2xl font-semibold">
          {q ? t.log.resultsFor(q) : t.log.title}
        </h2>
        {page.rows.length === 0 ? (
          <p className="mt-3">{q ? t.log.emptySearch : scope === 'public' ? t.log.emptyPublic : t.log.empty}</p>
        ) : (
          <DataTable
            caption={q ? t.log.resultsFor(q) : t.log.title}
            labelledBy="decision-results"
            minWidth="min-w-[44rem]"
            className="mt-4"
            columns={[{ label: t.decisionHeading }, { label: t.log.meeting }, { label: t.log.date }, { label: t.log.result }]}
          >
            {page.rows.map((row) => (
              <tr key={row.id} className={rowClass}>
                <td className={`${cellClass} max-w-md`}>
                  <p className="whitespace-pre-line" lang={written}>
                    {row.motion}
                  </p>
                  {row.draft && <p className="mt-1 text-sm font-semibold text-amber-900">{t.draftBadge}</p>}
                  {row.isPublic && scope !== 'public' && <p className="mt-1 text-sm text-slate-700">{t.publicBadge}</p>}
                </td>
                <td className={cellClass}>
                  <Link href={minutesPath(locale, network.slug, row.meeting.id)} className="text-brand-700 underline">
                    {t.log.minutesOf} <span lang={written}>{row.meeting.title}</span>
                  </Link>
                </td>
                <td className={`${cellClass} whitespace-nowrap`}>{formatCharterDate(row.meeting.startsAt, locale)}</td>
                <td className={lastCellClass}>
                  <OutcomeBadge outcome={row.outcome} locale={locale} />
                  <p className="mt-1 text-sm">{tallyText(row, locale)}</p>
                  <p className="text-sm text-slate-700">{t.presence(row.presentVoters, row.votingMembers)}</p>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {(cursor || page.nextCursor) && (
        <nav aria-label={t.log.pagesLabel} className="flex flex-wrap gap-4">
          {cursor && (
            <Link href={href({})} className="text-brand-700 underline">
              {t.log.newest}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={href({ cursor: page.nextCursor })} className="text-brand-700 underline">
              {t.log.older}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
