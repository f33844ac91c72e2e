import Link from 'next/link';
import { notFound } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { formatDate } from '@/ui/format';
import { StatusBadge } from '@/ui/status-badge';

import { getNetworkProfile } from './queries';

export async function NetworkPage({ locale, slug }: { locale: Locale; slug: string }) {
  const user = await getCurrentUser();
  const network = await getNetworkProfile(slug, locale, user?.id ?? null);
  if (!network) notFound();
  const messages = getMessages(locale);
  const t = messages.network;

  const facts: Array<[string, React.ReactNode]> = [
    [t.area, network.area],
    [t.initiator, messages.enums.initiator[network.initiator]],
    [t.startYear, network.startYear ?? messages.registry.unknownYear],
    [t.arranger, network.arranger ?? messages.registry.noArranger],
    [
      t.funders,
      <ul key="funders">
        {network.funders.map((f, i) => (
          <li key={i}>
            {f.name ?? messages.registry.membershipFees}
            {f.name && <span className="text-slate-700"> ({messages.enums.fundingKind[f.kind].toLowerCase()})</span>}
            {f.periodStart && f.periodEnd && (
              <span className="text-slate-700">
                {' '}
                {formatDate(f.periodStart, locale)}–{formatDate(f.periodEnd, locale)}
              </span>
            )}
          </li>
        ))}
      </ul>,
    ],
    [t.status, <StatusBadge key="status" status={network.status} label={messages.enums.status[network.status]} />],
    [t.members, network.memberCount],
    [t.membershipPolicy, messages.enums.membershipPolicy[network.membershipPolicy]],
  ];

  return (
    <article className="space-y-8">
      <div>
        <Link href={`/${locale}/networks`} className="text-brand-700 underline">
          ← {t.backToRegistry}
        </Link>
        <h1 className="mt-3 text-4xl font-bold">{network.name}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed">{network.description}</p>
        {network.viewerRole && (
          <p role="status" className="mt-4 inline-block rounded bg-brand-50 px-3 py-2 text-brand-900">
            {t.yourRole(messages.enums.role[network.viewerRole])}
          </p>
        )}
      </div>

      <dl className="grid gap-x-8 gap-y-3 rounded border border-slate-200 bg-slate-50 p-5 sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="history">
        <h2 id="history" className="text-2xl font-semibold">
          {t.history}
        </h2>
        <p className="mt-1 text-slate-700">{t.historyLead}</p>
        {network.facts.length === 0 ? (
          <p className="mt-3">{t.noFacts}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {network.facts.map((fact, i) => (
              <li key={i} className="border-l-4 border-brand-100 pl-4">
                <p>{fact.text}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {t.source}: {fact.source}
                  {fact.sourcePage !== null && `, ${t.page(fact.sourcePage)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
