// The start page: what buyer networks are, whom Trappan serves, how to get in (an account, or
// the organisation's own login where this installation has one) and who runs it.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { oidcSignInOption } from '@/server/auth/oidc';
import { OperatorLine } from '@/ui/operator-line';

import { countRegistryNetworks } from './queries';

const primaryButton = 'inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900';
const secondaryButton = 'inline-block rounded border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-700 hover:bg-brand-50';
const textLink = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

export async function HomePage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.home;
  const [networkCount, user] = await Promise.all([countRegistryNetworks(), getCurrentUser()]);
  const oidc = oidcSignInOption();
  return (
    <div className="space-y-12">
      <section className="max-w-3xl">
        <h1 className="text-[1.75rem] font-bold leading-tight sm:text-4xl">{t.heading}</h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-800">{t.lead}</p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Link href={`/${locale}/networks`} className={primaryButton}>
            {t.browseNetworks}
          </Link>
          <span className="text-slate-700">{t.networkCount(networkCount)}</span>
        </div>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="audience">
          <h2 id="audience" className="text-2xl font-semibold">
            {t.audienceHeading}
          </h2>
          <ul className="mt-3 space-y-3">
            {t.audiences.map((audience) => (
              <li key={audience.name}>
                <strong>{audience.name}</strong> {audience.text}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="get-in" className="rounded border border-slate-200 bg-slate-50 p-4">
          <h2 id="get-in" className="text-2xl font-semibold">
            {t.getInHeading}
          </h2>
          {user ? (
            <p className="mt-3">
              {t.signedIn(user.name)}{' '}
              <Link href={`/${locale}/me`} className={textLink}>
                {t.toMe}
              </Link>
            </p>
          ) : (
            <>
              <p className="mt-3">{t.getInLead}</p>
              <p className="mt-4">
                <Link href={`/${locale}/sign-up`} className={textLink}>
                  {t.signUp}
                </Link>{' '}
                {t.signUpHint}
              </p>
              <div className="mt-4 flex flex-wrap items-center gap-3">
                <Link href={`/${locale}/sign-in`} className={secondaryButton}>
                  {t.signIn}
                </Link>
                {/* The sign-in page holds the organisation's login button; it starts there with or without JavaScript. */}
                {oidc && (
                  <Link href={`/${locale}/sign-in`} className={secondaryButton}>
                    {t.signInOidc(oidc.name ?? messages.oidcSignIn.defaultName)}
                  </Link>
                )}
              </div>
              {oidc && <p className="mt-2 text-sm text-slate-700">{t.signInOidcHint}</p>}
            </>
          )}
        </section>
      </div>

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

      <section aria-labelledby="run-by" className="max-w-3xl">
        <h2 id="run-by" className="text-2xl font-semibold">
          {t.runByHeading}
        </h2>
        <OperatorLine locale={locale} withDemoNote className="mt-2" />
        <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/${locale}/about`} className={textLink}>
            {t.about}
          </Link>
          <Link href={`/${locale}/contact`} className={textLink}>
            {t.contact}
          </Link>
        </p>
      </section>
    </div>
  );
}
