// /{locale}/networks/new: the form that starts a network, for those who may start one
// (start-network-rules.ts), and for everyone else the reason why not, instead of the form.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';

import { StartNetworkForm } from './components/start-network-form';
import { startNetworkPath } from './network-paths';
import { listThematicAreas } from './start-network-queries';
import { startStanding, startYearRange } from './start-network-rules';

export async function StartNetworkPage({ locale }: { locale: Locale }) {
  const user = await getCurrentUser();
  const messages = getMessages(locale);
  const t = messages.startNetwork;
  const standing = startStanding(user);

  let body: React.ReactNode;
  if (!standing.may) {
    body =
      standing.reason === 'signedOut' ? (
        <p>
          {t.signIn}{' '}
          <Link href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(startNetworkPath(locale))}`} className="font-semibold text-brand-700 underline">
            {t.signInLink}
          </Link>
        </p>
      ) : (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">{t.why[standing.reason]}</p>
      );
  } else {
    const areas = await listThematicAreas(locale);
    const years = startYearRange(new Date());
    body = (
      <StartNetworkForm
        locale={locale}
        messages={pickMessages(locale, 'startNetwork', 'enums', 'input')}
        areas={areas}
        ownOrganization={standing.ownOrganizationId && user?.organization ? user.organization.name : null}
        mayChooseInitiator={standing.mayChooseInitiator}
        initiator={standing.initiator}
        years={years}
      />
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/${locale}/networks`} className="text-brand-700 underline">
          ← {messages.network.backToRegistry}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      <section aria-labelledby="start-how" className="rounded border border-slate-200 bg-slate-50 p-4">
        <h2 id="start-how" className="text-lg font-semibold">
          {t.whatHappens}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {t.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      {body}
    </div>
  );
}
