// A network's need register: every need the reader may see (the public sees the public ones),
// filtered by status, ladder step, area and words in the title, in one of three orders, a
// page at a time. The filter form is a GET form and the next page a link, so every view is
// an address and works without JavaScript. Participants propose needs from here.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { buttonClass, primaryLinkButtonClass } from '@/ui/form-classes';
import type { SearchParams } from '@/ui/search-params';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { NeedStatusBadge } from './components/need-status-badge';
import { seesAllNeeds } from './need-access';
import { isFiltered, NEED_SEARCH_MAX, NEED_SORTS, needListHref, parseNeedListParams } from './need-list-params';
import { needPath, needsPath } from './need-paths';
import { listAreas, listNeeds } from './need-queries';
import { NEED_STATUSES } from './need-status';


const STEPS = ['INITIATE', 'INTRODUCE', 'IMPLEMENT'] as const;
const selectClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base';

export async function needsPageTitle(locale: Locale, slug: string): Promise<string> {
  const { network } = await getNetworkViewer(slug);
  return getMessages(locale).needs.listTitle(network.name);
}

export async function NeedsPage({ locale, slug, searchParams }: { locale: Locale; slug: string; searchParams: SearchParams }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const messages = getMessages(locale);
  const t = messages.needs;
  const f = t.filters;
  const seesAll = seesAllNeeds(viewer);
  const { filters, rawCursor, cursor } = parseNeedListParams(searchParams);
  const [page, areas] = await Promise.all([listNeeds({ networkId: network.id, seesAll, filters, cursor }), listAreas(locale, network.id)]);
  const base = needsPath(locale, network.slug);
  const filtered = isFiltered(filters);
  const countOf = (statuses: readonly string[]) => statuses.reduce((sum, status) => sum + (page.statusCounts[status as keyof typeof page.statusCounts] ?? 0), 0);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t.listTitle(network.name)}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
        {!seesAll && <p className="mt-2 max-w-3xl text-slate-700">{t.publicLead}</p>}
        {!viewer.user && <p className="mt-2">{t.signInForMore}</p>}
      </div>

      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {viewer.mayParticipate && !network.isEnded && (
          <Link href={`${base}/new`} className={primaryLinkButtonClass}>
            {t.propose}
          </Link>
        )}
        {viewer.mayParticipate && network.isEnded && <EndedNetworkNotice locale={locale} />}
        <Link href={`${base}/board`} className="font-semibold text-brand-700 underline">
          {t.boardLink}
        </Link>
        {/* Rounds are the participants' business: others would meet a sign-in page or a 404. */}
        {seesAll && (
          <Link href={`${base}/rounds`} className="font-semibold text-brand-700 underline">
            {t.roundsLink}
          </Link>
        )}
      </div>

      <form method="get" action={base} role="search" aria-labelledby="needs-filter-legend" className="rounded border border-slate-300 bg-slate-50 p-4">
        <fieldset>
          <legend id="needs-filter-legend" className="text-lg font-semibold">
            {f.legend}
          </legend>
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <div>
              <label htmlFor="needs-q" className="block font-medium">
                {f.q}
              </label>
              <input id="needs-q" name="q" type="search" defaultValue={filters.q} maxLength={NEED_SEARCH_MAX} className={selectClass} />
            </div>
            <div>
              <label htmlFor="needs-status" className="block font-medium">
                {f.status}
              </label>
              <select id="needs-status" name="status" defaultValue={filters.status} className={selectClass}>
                <option value="">{f.withCount(f.statusOpen, countOf(NEED_STATUSES.filter((s) => s !== 'ARCHIVED')))}</option>
                {NEED_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {f.withCount(messages.needEnums.status[status], countOf([status]))}
                  </option>
                ))}
                <option value="ALL">{f.withCount(f.statusAll, countOf(NEED_STATUSES))}</option>
              </select>
            </div>
            <div>
              <label htmlFor="needs-step" className="block font-medium">
                {f.step}
              </label>
              <select id="needs-step" name="step" defaultValue={filters.step} className={selectClass}>
                <option value="">{f.stepAll}</option>
                {STEPS.map((step) => (
                  <option key={step} value={step}>
                    {messages.needEnums.step[step]}
                  </option>
                ))}
                <option value="NONE">{t.notAssessed}</option>
              </select>
            </div>
            <div>
              <label htmlFor="needs-area" className="block font-medium">
                {f.area}
              </label>
              <select id="needs-area" name="area" defaultValue={filters.areaId} className={selectClass}>
                <option value="">{f.areaAll}</option>
                {areas.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="needs-sort" className="block font-medium">
                {f.sort}
              </label>
              <select id="needs-sort" name="sort" defaultValue={filters.sort} className={selectClass}>
                {NEED_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {f.sortOptions[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className={buttonClass}>
              {f.submit}
            </button>
            {(filtered || filters.sort !== 'newest') && (
              <Link href={base} className="text-brand-700 underline">
                {f.clear}
              </Link>
            )}
          </div>
        </fieldset>
      </form>

      {rawCursor && !cursor && (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t.invalidCursor}
        </p>
      )}

      <section>
        <h2 id="needs-results" className="text-2xl font-semibold">
          {t.resultsHeading}
        </h2>
        <p className="mt-1 text-slate-700">{t.count(page.rows.length, page.total)}</p>
        {page.rows.length === 0 ? (
          <p className="mt-3">{filtered ? t.emptyFiltered : !seesAll ? t.emptyPublic : viewer.mayParticipate ? t.empty : t.emptyManager}</p>
        ) : (
          <DataTable
            caption={t.resultsHeading}
            labelledBy="needs-results"
            minWidth="min-w-[44rem]"
            className="mt-3"
            columns={[
              { label: t.columns.title },
              { label: t.columns.status },
              { label: t.columns.step },
              { label: t.columns.organizations },
              ...(seesAll ? [{ label: t.columns.owner }] : []),
            ]}
          >
            {page.rows.map((need) => (
              <tr key={need.id} className={rowClass}>
                <th scope="row" className={`${cellClass} max-w-md text-left font-normal`}>
                  <Link href={needPath(locale, network.slug, need.id)} className="font-semibold text-brand-700 underline" lang={contentLang(network.contentLocale, locale)}>
                    {need.title}
                  </Link>
                  {seesAll && !need.isPublic && <span className="block text-sm text-slate-700">{t.notPublic}</span>}
                </th>
                <td className={cellClass}>
                  <NeedStatusBadge status={need.status} locale={locale} />
                </td>
                <td className={cellClass}>{need.ladderStep ? messages.needEnums.step[need.ladderStep] : t.notAssessed}</td>
                <td className={seesAll ? cellClass : lastCellClass}>{t.organizationCount(need.organizationCount)}</td>
                {seesAll && <td className={lastCellClass}>{need.owner ?? t.noOwner}</td>}
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {(cursor || page.nextCursor) && (
        <nav aria-label={t.pagesLabel} className="flex flex-wrap gap-4">
          {cursor && (
            <Link href={needListHref(base, filters)} className="text-brand-700 underline">
              {t.first}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={needListHref(base, filters, page.nextCursor)} className="text-brand-700 underline">
              {t.more}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
