// The human side of the open-data API: what is published, under which licence and why, the
// endpoints and parameters, and examples to copy. No database reads: the examples are the
// same constants the OpenAPI document shows (examples.ts).
import { headers } from 'next/headers';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { COUNTIES } from '@/modules/accounts/client';
import { INITIATORS, MAX_LIMIT, SORTS, STATUSES } from '@/modules/registry/client';
import { formatNumber } from '@/ui/format';

import { dialoguesFeedPath } from '@/modules/dialogues';
import { CSV_DELIMITERS } from '@/server/csv';
import { CATALOGUE_DATASETS, CATALOGUE_PATH } from './dcat-datasets';
import { FORMATS } from './dcat-vocabulary';
import { EXAMPLE_BAD_REQUEST, EXAMPLE_NEED_PACKAGE, EXAMPLE_NETWORK, EXAMPLE_ORGANISATION, EXAMPLE_ORIGIN } from './examples';
import { NEED_STATUS_CODES, NEED_STEP_CODES } from './needs-ocds';
import { readOcidPrefix } from './ocid-prefix';
import { CSV_ROW_CAP, NETWORK_FILTERS } from './params';
import { ORGANISATION_KIND_CODES } from './serialize';

const API = '/api/v1';
const CC0_DEED = { sv: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv', en: 'https://creativecommons.org/publicdomain/zero/1.0/deed.en' };

/** The origin the visitor reached us at, for copyable curl commands. */
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const isLocal = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  const proto = h.get('x-forwarded-proto') ?? (isLocal ? 'http' : 'https');
  return `${proto}://${host}`;
}

function Code({ children }: { children: React.ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-900">{children}</code>;
}

/** A block of code; it wraps rather than scrolls, so it needs no keyboard focus to be read. */
function CodeBlock({ children, label }: { children: string; label: string }) {
  return (
    <pre
      aria-label={label}
      className="mt-2 whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-4 font-mono text-sm leading-relaxed text-slate-900 [overflow-wrap:anywhere]"
    >
      <code>{children}</code>
    </pre>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="scroll-mt-4 space-y-3">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const linkClass = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

export async function OpenDataPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).openData;
  const origin = await siteOrigin();
  const cap = formatNumber(CSV_ROW_CAP, locale);
  const ocid = readOcidPrefix();

  const sections = [
    ['download', t.download.heading],
    ['catalogue', t.catalogue.heading],
    ['licence', t.licence.heading],
    ['contents', t.contents.heading],
    ['api', t.api.heading],
    ['parameters', t.parameters.heading],
    ['examples', t.examples.heading],
    ['needs', t.needs.heading],
    ['rules', t.rules.heading],
  ] as const;

  const endpoints: Array<[string, string]> = [
    [`GET ${API}/networks`, t.api.endpoints.networks],
    [`GET ${API}/networks/{slug}`, t.api.endpoints.network],
    [`GET ${API}/networks.csv`, t.api.endpoints.csv(cap)],
    [`GET ${API}/organisations`, t.api.endpoints.organisations],
    [`GET ${API}/networks/{slug}/meetings.ics`, t.api.endpoints.meetings],
    [`GET ${API}/needs`, t.api.endpoints.needs],
    [`GET ${API}/ocds/extension/extension.json`, t.api.endpoints.ocdsExtension],
    [`GET ${API}/openapi.json`, t.api.endpoints.openapi],
  ];

  // Literal values are shown as code; descriptions of a value (free text, a year) as words.
  const counties = Object.keys(COUNTIES).sort();
  const parameterValues: Record<(typeof NETWORK_FILTERS)[number] | 'cursor' | 'limit' | 'delimiter' | 'kind', Array<string | { text: string }>> = {
    q: [{ text: t.parameters.freeText }],
    initiator: Object.keys(INITIATORS),
    status: Object.keys(STATUSES),
    area: [{ text: t.parameters.slug }],
    funder: [{ text: t.parameters.slug }, 'membership-fees'],
    county: [{ text: `${counties[0]}–${counties.at(-1)}` }],
    yearFrom: [{ text: t.parameters.year }],
    yearTo: [{ text: t.parameters.year }],
    open: ['1', 'true'],
    sort: [...SORTS],
    cursor: ['nextCursor'],
    limit: [{ text: t.parameters.integer(MAX_LIMIT) }],
    delimiter: Object.keys(CSV_DELIMITERS),
    kind: Object.values(ORGANISATION_KIND_CODES),
  };

  const listExample = `${origin}${API}/networks?status=active&funder=naturvardsverket`;
  const examples = {
    list: `curl '${listExample}'`,
    next: `curl '${listExample}&cursor=…'`,
    csv: `curl -o natverk.csv '${origin}${API}/networks.csv?status=active&funder=naturvardsverket&delimiter=semicolon'`,
    revalidate: `curl -i -H 'If-None-Match: W/"…"' '${listExample}'`,
  };
  const needParameters: Array<[string, string, string[]]> = [
    ['network', t.needs.parameters.network, []],
    ['step', t.needs.parameters.step, Object.values(NEED_STEP_CODES)],
    ['status', t.needs.parameters.status, Object.values(NEED_STATUS_CODES)],
    ['cursor', t.needs.parameters.cursor, []],
    ['limit', t.needs.parameters.limit(MAX_LIMIT), []],
  ];
  const needsRequest = `curl '${origin}${API}/needs?network=konstgras&status=handedOver'`;
  const needsExample = JSON.stringify(EXAMPLE_NEED_PACKAGE, null, 2).replaceAll(EXAMPLE_ORIGIN, origin);
  const networkExample = JSON.stringify({ data: [{ ...EXAMPLE_NETWORK, url: `${origin}/sv/networks/${EXAMPLE_NETWORK.slug}` }], nextCursor: null, total: 1 }, null, 2);

  return (
    <article className="max-w-4xl space-y-10">
      <header>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-800">{t.lead}</p>
      </header>

      <nav aria-labelledby="on-this-page" className="rounded border border-slate-200 bg-slate-50 p-4">
        <h2 id="on-this-page" className="font-semibold">
          {t.onThisPage}
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="download" title={t.download.heading}>
        <ul className="space-y-2">
          <li>
            <a href={`${API}/networks.csv`} className={linkClass}>
              {t.download.csv}
            </a>{' '}
            <span className="text-slate-700">(natverk.csv)</span>
          </li>
          <li>
            <a href={`${API}/networks.csv?delimiter=semicolon`} className={linkClass}>
              {t.download.csvSemicolon}
            </a>{' '}
            <span className="text-slate-700">(natverk.csv)</span>
          </li>
          <li>
            <a href={`${API}/networks?limit=${MAX_LIMIT}`} className={linkClass}>
              {t.download.json}
            </a>
          </li>
          <li>
            <a href={`${API}/needs?limit=${MAX_LIMIT}`} className={linkClass}>
              {t.download.needs}
            </a>
          </li>
          <li>
            <a href={`${API}/openapi.json`} className={linkClass}>
              {t.download.openapi}
            </a>
          </li>
        </ul>
        <p className="text-slate-800">{t.download.csvHint}</p>
        <p className="text-slate-800">{t.download.filtersHint}</p>
      </Section>

      <Section id="catalogue" title={t.catalogue.heading}>
        <p>{t.catalogue.lead}</p>
        <p>
          <a href={CATALOGUE_PATH} className={linkClass} type="application/rdf+xml">
            {t.catalogue.catalogueLink}
          </a>
        </p>
        <p>{t.catalogue.formats}</p>
        <h3 className="pt-2 text-xl font-semibold">{t.catalogue.registerHeading}</h3>
        <p>
          {t.catalogue.register} <Code>{`${origin}${CATALOGUE_PATH}`}</Code>
        </p>
        <p>{t.catalogue.registerHint}</p>
        <h3 className="pt-2 text-xl font-semibold">{t.catalogue.datasetsHeading}</h3>
        <ul className="space-y-4">
          {CATALOGUE_DATASETS.map((dataset) => (
            <li key={dataset.id} id={`dataset-${dataset.id}`} className="scroll-mt-4">
              <h4 className="font-semibold">{t.catalogue.datasets[dataset.id].title}</h4>
              <p>{t.catalogue.datasets[dataset.id].description}</p>
              <ul className="mt-1 list-disc pl-6">
                {dataset.distributions.map((distribution) => (
                  <li key={distribution.id}>
                    <a href={distribution.pageSection ? `#${distribution.pageSection}` : (distribution.downloadPath ?? distribution.accessPath)} className={linkClass}>
                      {t.catalogue.distributions[distribution.id]}
                    </a>{' '}
                    <span className="text-slate-700">({FORMATS[distribution.format].label})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <h3 id="feeds" className="scroll-mt-4 pt-2 text-xl font-semibold">
          {t.catalogue.feedsHeading}
        </h3>
        <p>
          {t.catalogue.feeds.meetings} <Code>{`${origin}${API}/networks/{slug}/meetings.ics`}</Code>
        </p>
        <p>
          {t.catalogue.feeds.dialogues}{' '}
          <a href={dialoguesFeedPath(locale)} className={linkClass} type="application/atom+xml">
            {`${origin}${dialoguesFeedPath(locale)}`}
          </a>
        </p>
      </Section>

      <Section id="licence" title={t.licence.heading}>
        <div className="rounded border-l-4 border-brand-600 bg-brand-50 p-4">
          <p>{t.licence.summary}</p>
          <p className="mt-2">
            <a href={CC0_DEED[locale]} className={linkClass} hrefLang={locale} rel="license">
              {t.licence.deedLink}
            </a>
          </p>
        </div>
        <h3 className="pt-2 text-xl font-semibold">{t.licence.whyHeading}</h3>
        <ul className="list-disc space-y-2 pl-6">
          {t.licence.why.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p>{t.licence.attribution}</p>
        <p>{t.licence.personalData}</p>
      </Section>

      <Section id="contents" title={t.contents.heading}>
        <ul className="list-disc space-y-2 pl-6">
          {t.contents.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3 className="pt-2 text-xl font-semibold">{t.contents.notIncludedHeading}</h3>
        <p>{t.contents.notIncluded}</p>
      </Section>

      <Section id="api" title={t.api.heading}>
        <p>{t.api.lead}</p>
        <dl className="divide-y divide-slate-200 border-y border-slate-200 sm:grid sm:border-b-0 sm:grid-cols-[max-content_1fr] sm:divide-y-0">
          {endpoints.map(([request, returns]) => (
            <div key={request} className="py-3 sm:contents">
              <dt className="sm:border-b sm:border-slate-200 sm:py-3 sm:pr-6">
                <Code>{request}</Code>
              </dt>
              <dd className="mt-1 sm:mt-0 sm:border-b sm:border-slate-200 sm:py-3">{returns}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="parameters" title={t.parameters.heading}>
        <p>{t.parameters.lead}</p>
        <dl className="divide-y divide-slate-200 border-y border-slate-200 sm:grid sm:border-b-0 sm:grid-cols-[max-content_1fr] sm:divide-y-0">
          {(Object.keys(parameterValues) as Array<keyof typeof parameterValues>).map((name) => (
            <div key={name} className="py-3 sm:contents">
              <dt className="sm:border-b sm:border-slate-200 sm:py-3 sm:pr-6">
                <Code>{name}</Code>
              </dt>
              <dd className="mt-1 sm:mt-0 sm:border-b sm:border-slate-200 sm:py-3">
                <p>{t.parameters.rows[name]}</p>
                <div className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                  <span className="text-slate-700">{t.parameters.values}:</span>
                  <ul className="flex flex-wrap items-baseline gap-1">
                    {parameterValues[name].map((value) => (
                      <li key={typeof value === 'string' ? value : value.text}>{typeof value === 'string' ? <Code>{value}</Code> : value.text}</li>
                    ))}
                  </ul>
                </div>
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="examples" title={t.examples.heading}>
        <p>{t.examples.listRequest}</p>
        <CodeBlock label={t.examples.listRequest}>{examples.list}</CodeBlock>
        <p>{t.examples.nextPage}</p>
        <CodeBlock label={t.examples.nextPage}>{examples.next}</CodeBlock>
        <p>{t.examples.csvRequest}</p>
        <CodeBlock label={t.examples.csvRequest}>{examples.csv}</CodeBlock>
        <p>{t.examples.revalidate}</p>
        <CodeBlock label={t.examples.revalidate}>{examples.revalidate}</CodeBlock>
        <p>{t.examples.networkResponse}</p>
        <CodeBlock label={t.examples.networkResponse}>{networkExample}</CodeBlock>
        <p>{t.examples.organisationResponse}</p>
        <CodeBlock label={t.examples.organisationResponse}>{JSON.stringify(EXAMPLE_ORGANISATION, null, 2)}</CodeBlock>
        <p>{t.examples.errorResponse}</p>
        <CodeBlock label={t.examples.errorResponse}>{JSON.stringify(EXAMPLE_BAD_REQUEST, null, 2)}</CodeBlock>
      </Section>

      <Section id="needs" title={t.needs.heading}>
        <p>{t.needs.lead}</p>
        <ul className="list-disc space-y-2 pl-6">
          {t.needs.mapping.map(([field, meaning]) => (
            <li key={field}>
              <Code>{field}</Code>: {meaning}
            </li>
          ))}
        </ul>
        <p>
          {ocid.isRegistered ? t.needs.prefix.registered(ocid.prefix) : t.needs.prefix.unregistered(ocid.prefix)} {t.needs.prefix.howToRegister}
        </p>
        <p>{t.needs.people}</p>
        <h3 className="pt-2 text-xl font-semibold">{t.needs.parametersHeading}</h3>
        <dl className="divide-y divide-slate-200 border-y border-slate-200 sm:grid sm:border-b-0 sm:grid-cols-[max-content_1fr] sm:divide-y-0">
          {needParameters.map(([name, description, values]) => (
            <div key={name} className="py-3 sm:contents">
              <dt className="sm:border-b sm:border-slate-200 sm:py-3 sm:pr-6">
                <Code>{name}</Code>
              </dt>
              <dd className="mt-1 sm:mt-0 sm:border-b sm:border-slate-200 sm:py-3">
                <p>{description}</p>
                {values.length > 0 && (
                  <div className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                    <span className="text-slate-700">{t.parameters.values}:</span>
                    <ul className="flex flex-wrap items-baseline gap-1">
                      {values.map((value) => (
                        <li key={value}>
                          <Code>{value}</Code>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <p>{t.needs.request}</p>
        <CodeBlock label={t.needs.request}>{needsRequest}</CodeBlock>
        <p>{t.needs.response}</p>
        <CodeBlock label={t.needs.response}>{needsExample}</CodeBlock>
      </Section>

      <Section id="rules" title={t.rules.heading}>
        <p>{t.rules.errors}</p>
        <p>{t.rules.caching}</p>
        <p>{t.rules.cors}</p>
        <p>{t.rules.versions}</p>
      </Section>
    </article>
  );
}
