// On the network's page and the secretariat's: the needs whose handover the receiving
// organisation has not acknowledged yet, each a link to the need. Apart from the /me list
// (pending-handovers.tsx), so these pages do not load its acknowledgement forms.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmDay } from '@/i18n/stockholm-time';
import { getNetworkViewer } from '@/server/network-viewer';

import { listPendingHandoversInNetwork } from '../handover-queries';
import { seesAllNeeds } from '../need-access';
import { needPath } from '../need-paths';

/** For the network's page and the secretariat's: needs whose handover is not acknowledged yet. */
export async function NetworkPendingHandovers({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  if (!seesAllNeeds(viewer)) return null;
  const pending = await listPendingHandoversInNetwork(network.id);
  if (pending.length === 0) return null;
  const t = getMessages(locale).businessCase.dashboard;
  return (
    <section aria-labelledby="pending-handovers" className="rounded border-l-4 border-amber-600 bg-amber-50 p-5 text-amber-950">
      <h2 id="pending-handovers" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1">{t.lead}</p>
      <ul className="mt-3 space-y-2">
        {pending.map((handover) => (
          <li key={handover.id}>
            <Link href={needPath(locale, network.slug, handover.need.id)} className="font-semibold text-brand-700 underline">
              {handover.need.title}
            </Link>
            <span className="block text-sm">{t.item(handover.receivingOrganization.name, formatStockholmDay(handover.handedOverAt, locale))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
