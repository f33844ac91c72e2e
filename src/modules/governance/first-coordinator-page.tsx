// /networks/{slug}/first-coordinator: where a platform admin or agency staff appoints the
// first coordinator of a network that has none (docs/decisions/0023). Signed out, the sign-in
// page; signed in without that platform role, 403. Once the network has a coordinator the page
// says so and offers nothing: the coordinator decides from then on.
import { forbidden, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getNetworkViewer } from '@/server/network-viewer';
import { canAppointFirstCoordinator } from '@/server/policy';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { FirstCoordinatorChoices } from './components/first-coordinator-choices';
import { listFirstCoordinatorCandidates } from './first-coordinator-queries';
import { firstCoordinatorPath } from './manage-path';

export async function FirstCoordinatorPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  if (!viewer.actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(firstCoordinatorPath(locale, network.slug))}`);
  if (!canAppointFirstCoordinator(viewer.actor).allowed) forbidden();
  const t = getMessages(locale).firstCoordinator;
  const candidates = await listFirstCoordinatorCandidates(network.id);
  const open = !candidates.hasCoordinator;

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-2xl font-bold">{t.title}</h2>
        {open && !network.isEnded && <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>}
      </div>
      {/* An ended network is read-only: nobody is appointed there (the action refuses it too). */}
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : (
        <FirstCoordinatorChoices locale={locale} messages={pickMessages(locale, 'firstCoordinator', 'governance', 'enums')} candidates={candidates.hasCoordinator ? null : candidates} />
      )}
    </div>
  );
}
