// A network's links to results and reports, and its facts and history entries with their
// sources: shown the same way on the network's page and in the secretariat's editor.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { formatDate } from '@/ui/format';

import type { NetworkProfile } from '../queries';

type Link = NetworkProfile['links'][number];
type Fact = NetworkProfile['facts'][number];

export function LinkItem({ link, locale, messages }: { link: Link; locale: Locale; messages: Messages }) {
  return (
    <>
      <a href={link.url} rel="noopener noreferrer" className="font-medium text-brand-700 underline">
        {link.title}
      </a>
      <p className="mt-1 text-sm text-slate-700">
        {messages.enums.networkLinkKind[link.kind]}
        {link.publishedOn && (
          <>
            {' · '}
            {messages.profileRecords.publishedOn.toLowerCase()} <time dateTime={link.publishedOn}>{formatDate(link.publishedOn, locale)}</time>
          </>
        )}
      </p>
    </>
  );
}

export function FactItem({ fact, locale, messages }: { fact: Fact; locale: Locale; messages: Messages }) {
  const t = messages.network;
  return (
    <>
      {fact.occurredOn && (
        <p className="text-sm font-semibold text-slate-800">
          <time dateTime={fact.occurredOn}>{formatDate(fact.occurredOn, locale)}</time>
        </p>
      )}
      <p>{fact.text}</p>
      <p className="mt-1 text-sm text-slate-700">
        {t.source}:{' '}
        {fact.sourceUrl ? (
          <a href={fact.sourceUrl} rel="noopener noreferrer" className="text-brand-700 underline">
            {fact.source}
          </a>
        ) : (
          fact.source
        )}
        {fact.sourcePage !== null && `, ${t.page(fact.sourcePage)}`}
      </p>
    </>
  );
}

/** The network page's two sections: results and reports, then the history. */
export function ProfileRecordsSections({ network, locale, messages }: { network: NetworkProfile; locale: Locale; messages: Messages }) {
  const t = messages.network;
  return (
    <>
      <section aria-labelledby="results">
        <h2 id="results" className="text-2xl font-semibold">
          {messages.profileRecords.linksHeading}
        </h2>
        {network.links.length === 0 ? (
          <p className="mt-3">{t.noLinks}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {network.links.map((link) => (
              <li key={link.id}>
                <LinkItem link={link} locale={locale} messages={messages} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history">
        <h2 id="history" className="text-2xl font-semibold">
          {t.history}
        </h2>
        <p className="mt-1 text-slate-700">{t.historyLead}</p>
        {network.facts.length === 0 ? (
          <p className="mt-3">{t.noFacts}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {network.facts.map((fact) => (
              <li key={fact.id} className="border-l-4 border-brand-100 pl-4">
                <FactItem fact={fact} locale={locale} messages={messages} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
