// /{locale}/about: what Trappan is and whom it serves, in the words of the report it starts
// from (Upphandlingsmyndigheten 2019:3, with its page numbers), and who runs this installation.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { OperatorLine } from '@/ui/operator-line';

import { LegalSections } from './legal-sections';

export function AboutPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).about;
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <LegalSections sections={t.sections} />
      <p className="mt-6 text-sm text-slate-700">{t.source}</p>
      <section className="mt-8">
        <h2 className="text-xl font-semibold">{t.openSourceHeading}</h2>
        <p className="mt-2">{t.openSource}</p>
        <p className="mt-2">
          <Link href={`/${locale}/open-data`} className="text-brand-700 underline">
            {t.openDataLink}
          </Link>
        </p>
      </section>
      <section className="mt-8">
        <h2 className="text-xl font-semibold">{t.operatorHeading}</h2>
        <OperatorLine locale={locale} withDemoNote className="mt-2" />
        <p className="mt-2">
          <Link href={`/${locale}/contact`} className="text-brand-700 underline">
            {t.contactLink}
          </Link>
        </p>
      </section>
    </article>
  );
}
