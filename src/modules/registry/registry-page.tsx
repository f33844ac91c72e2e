// The national registry of buyer networks: search, filters with counts, sort and cursor
// pages, all in the URL. A GET form without JavaScript; live results with it.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { COUNTIES, countyName } from '@/modules/accounts/client';
import { startNetworkPath } from '@/modules/networks';
import type { SearchParams } from '@/ui/search-params';

import { LiveResults, LiveSearchProvider } from './components/live-search';
import { RegistryFilters, type RegistryFilterChoices } from './components/registry-filters';
import { RegistryTable } from './components/registry-table';
import { facetOptions, fixedOptions, sortOptions } from './filter-options';
import { getFilterLabels, type FilterLabels } from './queries';
import { INITIATORS, MEMBERSHIP_FEES, parseRegistryQuery, registryQueryToParams, STATUSES, type RegistryQuery } from './registry-query';
import { registryFacets, searchRegistry, type RegistryFacets, type RegistryResult } from './search';

const PAGE_SIZE = 20;


type RegistryView = { query: RegistryQuery; invalid: string[]; labels: FilterLabels; result: RegistryResult; facets: RegistryFacets };

/**
 * Reads the URL and runs the search. An area or funder slug that names nothing is treated
 * like any other bad parameter: skipped and named, rather than silently giving no results.
 */
async function loadRegistryView(searchParams: SearchParams): Promise<RegistryView> {
  const parsed = parseRegistryQuery(searchParams, PAGE_SIZE);
  const [labels, result, facets] = await Promise.all([getFilterLabels(parsed.query), searchRegistry(parsed.query), registryFacets(parsed.query)]);
  const unknown = (['area', 'funder'] as const).filter((name) => labels[name] === null);
  if (unknown.length === 0) return { query: parsed.query, invalid: [...new Set(parsed.invalid)], labels, result, facets };

  const query = { ...parsed.query, ...Object.fromEntries(unknown.map((name) => [name, undefined])) };
  const [retried, retriedFacets] = await Promise.all([searchRegistry(query), registryFacets(query)]);
  return { query, invalid: [...new Set([...parsed.invalid, ...unknown])], labels, result: retried, facets: retriedFacets };
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

export async function RegistryPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  const t = messages.registry;
  const view = await loadRegistryView(searchParams);
  const { query, invalid, result } = view;

  const includeLimit = query.limit !== PAGE_SIZE;
  const filterParams = registryQueryToParams(query, { includeLimit });
  // Bad parameters count too: clearing the filters also gives a clean URL.
  const hasFilters = registryQueryToParams(query).size > 0 || invalid.length > 0;
  const href = (params: URLSearchParams) => (params.size > 0 ? `/${locale}/networks?${params}` : `/${locale}/networks`);
  const countText = t.resultCount(result.total);
  const clearLink = (
    <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
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
            <RegistryFilters locale={locale} t={t} query={query} choices={filterChoices(locale, messages, view)} hasFilters={hasFilters}>
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

              {(query.cursor || result.nextCursor) && (
                <nav aria-label={t.pagination} className="flex flex-wrap gap-6">
                  {query.cursor && (
                    <Link href={href(filterParams)} className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
                      {t.first}
                    </Link>
                  )}
                  {result.nextCursor && (
                    <Link
                      href={href(registryQueryToParams(query, { includeLimit, cursor: result.nextCursor }))}
                      rel="next"
                      className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline"
                    >
                      {t.next}
                    </Link>
                  )}
                </nav>
              )}
            </div>
          </LiveResults>
        </div>
      </LiveSearchProvider>
    </div>
  );
}
