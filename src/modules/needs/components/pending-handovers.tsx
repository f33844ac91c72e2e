// Handovers waiting for acknowledgement, where they cannot be missed (issue: "make it
// impossible to lose"): on a person's /me page, those to their own organisation, with the
// documents and the button to acknowledge. The network's page and the secretariat's show the
// needs whose handover is still pending (network-pending-handovers.tsx, without the forms).
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import type { CurrentUser } from '@/server/auth/current-user';

import { listPendingHandoversForOrganization, listRecentlyAcknowledgedHandovers, type PendingHandover } from '../handover-queries';
import { needPath } from '../need-paths';
import { AcknowledgeButton, AcknowledgeHandovers } from './acknowledge-handover';
import { HandoverDetails, HandoverStatus } from './handover-details';

/** Receipts given in the last week stay listed, so the person sees what they acknowledged. */
const RECENT_DAYS = 7;

/** For /me: the handovers to the person's own organisation that wait for acknowledgement. */
export async function MyPendingHandovers({ locale, user }: { locale: Locale; user: CurrentUser }) {
  if (!user.organization) return null;
  const [pending, acknowledged] = await Promise.all([
    listPendingHandoversForOrganization(user.organization.id),
    listRecentlyAcknowledgedHandovers(user.organization.id, RECENT_DAYS),
  ]);
  if (pending.length === 0 && acknowledged.length === 0) return null;
  const handovers = [...pending, ...acknowledged];
  const messages = getMessages(locale);
  const t = messages.businessCase.myPending;

  const item = (handover: PendingHandover) => {
    const { need } = handover;
    const named = handover.recipient.id === user.id;
    return (
      <li key={handover.id} className={`rounded border p-4 ${handover.acknowledgedAt ? 'border-slate-300' : 'border-amber-600 bg-amber-50'}`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-lg font-semibold">
            {/* The receiving organisation's people may open the need (need-access.ts). */}
            <Link href={needPath(locale, need.network.slug, need.id)} className="text-brand-700 underline">
              {need.title}
            </Link>
          </h3>
          <HandoverStatus handover={handover} locale={locale} messages={messages} showNames />
        </div>
        <p className="mt-1">
          {t.network}:{' '}
          <Link href={`/${locale}/networks/${need.network.slug}`} className="text-brand-700 underline">
            {need.network.name}
          </Link>
        </p>
        {named && (
          <p className="mt-1">
            <strong>{t.namesYou}</strong>
          </p>
        )}
        <HandoverDetails handover={handover} locale={locale} messages={messages} showNames showRecipient={!named} />
        {!handover.acknowledgedAt && (
          <div className="mt-3">
            <AcknowledgeButton handoverId={handover.id} needTitle={need.title} />
          </div>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby="my-handovers" className="space-y-3">
      <h2 id="my-handovers" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>
      <AcknowledgeHandovers locale={locale} messages={pickMessages(locale, 'businessCase')}>
        <ul className="space-y-4">{handovers.map(item)}</ul>
      </AcknowledgeHandovers>
    </section>
  );
}
