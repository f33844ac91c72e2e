import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import { countRegistryNetworks } from './queries';

export async function HomePage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).home;
  const networkCount = await countRegistryNetworks();
  return (
    <div className="space-y-12">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold leading-tight">{t.heading}</h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-800">{t.lead}</p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Link href={`/${locale}/networks`} className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900">
            {t.browseNetworks}
          </Link>
          <span className="text-slate-700">{t.networkCount(networkCount)}</span>
        </div>
      </section>
      <section aria-labelledby="ladder">
        <h2 id="ladder" className="text-2xl font-semibold">
          {t.ladderHeading}
        </h2>
        <p className="mt-1 text-slate-700">{t.ladderLead}</p>
        <ol className="mt-4 grid gap-4 md:grid-cols-3">
          {t.ladder.map((step, i) => (
            <li key={step.name} className="rounded border border-slate-200 bg-brand-50 p-4">
              <p className="text-sm font-semibold text-brand-700">{i + 1}</p>
              <h3 className="text-lg font-semibold">{step.name}</h3>
              <p className="mt-1 text-slate-800">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
