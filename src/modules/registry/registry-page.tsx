// The national registry of buyer networks: search, filters with counts, sort and cursor
// pages, all in the URL. A GET form without JavaScript; live results with it.
import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { COUNTIES, countyName } from '@/modules/accounts/client';
import { startNetworkPath } from '@/modules/networks';
import type { SearchParams } from '@/ui/search-params';

import { LiveResults, LiveSearchProvider } from './components/live-search';
import { RegistryFilters, type RegistryFilterChoices } from './components/registry-filters';
import { RegistryTable } from './components/registry-table';
import { facetOptions, fixedOptions, sortOptions } from './filter-options';
import { withoutEmptyParams } from './filter-params';
import { getFilterLabels, type FilterLabels } from './queries';
import { INITIATORS, MEMBERSHIP_FEES, parseRegistryQuery, registryQueryToParams, STATUSES, type RegistryQuery } from './registry-query';
import { registryFacets, searchRegistry, type RegistryFacets, type RegistryResult } from './search';

const PAGE_SIZE = 20;

type RegistryView = {
  query: RegistryQuery;
  invalid: string[];
  reversedYears?: { from: number; to: number };
  labels: FilterLabels;
  result: RegistryResult;
  facets: RegistryFacets;
};

/**
 * Reads the URL and runs the search. An area or funder slug that names nothing is treated
 * like any other bad parameter: skipped and named, rather than silently giving no results.
 */
async function loadRegistryView(searchParams: SearchParams): Promise<RegistryView> {
  const parsed = parseRegistryQuery(searchParams, PAGE_SIZE);
  const [labels, result, facets] = await Promise.all([getFilterLabels(parsed.query), searchRegistry(parsed.query), registryFacets(parsed.query)]);
  const unknown = (['area', 'funder'] as const).filter((name) => labels[name] === null);
  // A reversed year range is explained beside the year fields, not among the address's faults.
  const { reversedYears } = parsed;
  const faults = reversedYears ? parsed.invalid.filter((name) => name !== 'yearTo') : parsed.invalid;
  if (unknown.length === 0) return { query: parsed.query, invalid: [...new Set(faults)], reversedYears, labels, result, facets };

  const query = { ...parsed.query, ...Object.fromEntries(unknown.map((name) => [name, undefined])) };
  const [retried, retriedFacets] = await Promise.all([searchRegistry(query), registryFacets(query)]);
  return { query, invalid: [...new Set([...faults, ...unknown])], reversedYears, labels, result: retried, facets: retriedFacets };
}

function filterChoices(locale: Locale, messages: Messages, { query, labels, facets }: RegistryView): RegistryFilterChoices {
  const t = messages.registry;
  const selectedArea = query.area && labels.area ? { value: query.area, label: locale === 'sv' ? labels.area.nameSv : labels.area.nameEn } : undefined;
  const selectedFunder =
    query.funder && labels.funder ? { value: query.funder, label: query.funder === MEMBERSHIP_FEES ? t.membershipFees : labels.funder.name } : undefined;
  const selectedCounty = query.county ? { value: query.county, label: COUNTIES[query.county][locale] } : undefined;
  return {
    initiator: fixedOptions(
      (Object.keys(INITIATORS) as Array<keyof typeof INITIATORS>).map((value) => ({ value, label: messages.enums.initiator[INITIATORS[value]] })),
      facets.initiator,
    ),
    status: fixedOptions(
      (Object.keys(STATUSES) as Array<keyof typeof STATUSES>).map((value) => ({ value, label: messages.enums.status[STATUSES[value]] })),
      facets.status,
    ),
    area: facetOptions(facets.area, (f) => (locale === 'sv' ? f.label : f.labelEn) ?? f.label ?? f.value, locale, selectedArea),
    funder: facetOptions(facets.funder, (f) => (f.value === MEMBERSHIP_FEES ? t.membershipFees : (f.label ?? f.value)), locale, selectedFunder),
    county: facetOptions(facets.county, (f) => countyName(f.value, locale) ?? f.value, locale, selectedCounty),
    open: facets.open,
    sorts: sortOptions(Boolean(query.q)),
  };
}

function paramName(t: Messages['registry'], name: string): string {
  return Object.hasOwn(t.paramNames, name) ? t.paramNames[name as keyof typeof t.paramNames] : name;
}

const linkClass = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

export async function RegistryPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const href = (params: URLSearchParams) => (params.size > 0 ? `/${locale}/networks?${params}` : `/${locale}/networks`);
  // The form sent without JavaScript names every field, filled or not: answer with the address
  // of what was chosen, which is short enough to read and share.
  const clean = withoutEmptyParams(searchParams);
  if (clean) redirect(href(clean));

  const messages = getMessages(locale);
  const t = messages.registry;
  const view = await loadRegistryView(searchParams);
  const { query, invalid, reversedYears, result } = view;

  const includeLimit = query.limit !== PAGE_SIZE;
  const filterParams = registryQueryToParams(query, { includeLimit });
  // Bad parameters count too: clearing the filters also gives a clean URL.
  const hasFilters = registryQueryToParams(query).size > 0 || invalid.length > 0 || reversedYears !== undefined;
  const countText = t.resultCount(result.total);
  const shown = result.networks.length;
  const isPaged = query.cursor !== undefined || result.nextCursor !== null;
  // The previous page of the second page is the first page, whose address has no cursor.
  const previousHref =
    result.previousCursor === null
      ? null
      : result.offset <= query.limit
        ? href(filterParams)
        : href(registryQueryToParams(query, { includeLimit, cursor: result.previousCursor }));
  const clearLink = (
    <Link href={`/${locale}/networks`} className={linkClass}>
      {t.filters.clear}
    </Link>
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
        <p className="mt-3 max-w-3xl text-slate-700">
          {messages.startNetwork.startLinkLead}{' '}
          <Link href={startNetworkPath(locale)} className="font-semibold text-brand-700 underline">
            {messages.startNetwork.startLink}
          </Link>
        </p>
      </div>

      {invalid.length > 0 && (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {t.invalidParams(invalid.map((name) => paramName(t, name)).join(', '))}
        </p>
      )}

      <LiveSearchProvider>
        <div className="space-y-8">
          <div className="rounded border border-slate-200 bg-slate-50 p-4">
            <RegistryFilters
              locale={locale}
              t={t}
              query={query}
              reversedYears={reversedYears}
              choices={filterChoices(locale, messages, view)}
              hasFilters={hasFilters}
            >
              {includeLimit && <input type="hidden" name="limit" value={query.limit} />}
            </RegistryFilters>
          </div>

          <LiveResults announcement={countText} aria-labelledby="results-heading">
            <div className="space-y-4">
              <h2 id="results-heading" className="text-xl font-semibold">
                {countText}
              </h2>

              {result.networks.length === 0 ? (
                <div className="rounded border border-slate-300 bg-slate-50 p-4">
                  {hasFilters ? (
                    <>
                      <p className="font-semibold">{t.noMatch}</p>
                      <p className="mt-1">{t.noMatchHint}</p>
                      <p className="mt-3">{clearLink}</p>
                    </>
                  ) : (
                    <p>{query.cursor ? t.noMatch : t.empty}</p>
                  )}
                </div>
              ) : (
                <RegistryTable locale={locale} messages={messages} networks={result.networks} caption={t.tableCaption(t.sortCaptions[query.sort])} />
              )}

              {isPaged && (
                <nav aria-label={t.pagination} className="flex flex-wrap items-center gap-x-6 gap-y-3">
                  {previousHref && (
                    <Link href={previousHref} rel="prev" className={linkClass}>
                      <span aria-hidden="true">← </span>
                      {t.previous}
                    </Link>
                  )}
                  {result.nextCursor && (
                    <Link href={href(registryQueryToParams(query, { includeLimit, cursor: result.nextCursor }))} rel="next" className={linkClass}>
                      {t.next}
                      <span aria-hidden="true"> →</span>
                    </Link>
                  )}
                  {(result.offset > query.limit || (query.cursor !== undefined && shown === 0)) && (
                    <Link href={href(filterParams)} className={linkClass}>
                      {t.first}
                    </Link>
                  )}
                  {shown > 0 && <p className="text-slate-700 sm:ml-auto">{t.showing(result.offset + 1, result.offset + shown, result.total)}</p>}
                </nav>
              )}
            </div>
          </LiveResults>
        </div>
      </LiveSearchProvider>
    </div>
  );
}
