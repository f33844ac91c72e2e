// /{locale}/contact: how to reach whoever runs this installation (TRAPPAN_OPERATOR_NAME,
// TRAPPAN_OPERATOR_URL, TRAPPAN_CONTACT_EMAIL), and where questions about a network go.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { readOperator } from '@/server/operator';
import { OperatorLine } from '@/ui/operator-line';

export function ContactPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).contact;
  const { email } = readOperator();
  const link = 'text-brand-700 underline';
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <OperatorLine locale={locale} withDemoNote className="mt-6" />
      {email ? (
        <dl className="mt-4">
          <dt className="font-semibold">{t.email}</dt>
          <dd>
            <a href={`mailto:${email}`} className={link}>
              {email}
            </a>
          </dd>
        </dl>
      ) : (
        <p className="mt-4">{t.noEmail}</p>
      )}
      <section className="mt-8">
        <h2 className="text-xl font-semibold">{t.networkHeading}</h2>
        <p className="mt-2">{t.network}</p>
        <p className="mt-2">
          <Link href={`/${locale}/networks`} className={link}>
            {t.registryLink}
          </Link>
        </p>
      </section>
      <section className="mt-8">
        <h2 className="text-xl font-semibold">{t.otherHeading}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          <li>
            <Link href={`/${locale}/privacy`} className={link}>
              {t.privacyLink}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/accessibility`} className={link}>
              {t.accessibilityLink}
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
