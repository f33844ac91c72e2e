// The secretariat opens a prioritisation round over the network's needs that are still open and not handed over. Others get a
// 404; people who are signed out are asked to sign in first.
import Link from 'next/link';
import { notFound } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { networkPageTitle } from '@/server/network-viewer';
import { primaryLinkButtonClass } from '@/ui/form-classes';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { OpenRoundForm } from './components/open-round-form';
import { DEFAULT_POINTS, MIN_ROUND_NEEDS } from './prioritisation';
import { getRoundsViewer } from './round-access';
import { needsPath, roundsPath } from './round-paths';
import { listNeedsForNewRound } from './round-queries';
import { newSubmissionKey } from '@/server/actions/submission-key';

export async function newRoundPageTitle(locale: Locale, slug: string): Promise<string> {
  return networkPageTitle(slug, getMessages(locale).rounds.newTitle);
}

/** Two weeks ahead at noon, Swedish time: a deadline the secretariat rarely needs to change. */
function suggestedDeadline(now: Date): string {
  return `${toStockholmInput(new Date(now.getTime() + 14 * 24 * 3600_000)).slice(0, 10)}T12:00`;
}

export async function NewRoundPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getRoundsViewer(slug, locale, (s) => `${roundsPath(locale, s)}/new`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).rounds;
  const needs = await listNeedsForNewRound(network.id);
  const statuses = getMessages(locale).needEnums.status;

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={roundsPath(locale, network.slug)} className="text-brand-700 underline">
          ← {t.listTitle(network.name)}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.newTitle}</h1>
        <p className="mt-2 text-slate-700">{t.newLead}</p>
      </div>
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : needs.length < MIN_ROUND_NEEDS ? (
        <div className="space-y-4">
          <p>{t.tooFewNeeds}</p>
          <Link href={`${needsPath(locale, network.slug)}/new`} className={primaryLinkButtonClass}>
            {t.proposeNeed}
          </Link>
        </div>
      ) : (
        <OpenRoundForm
          locale={locale}
          messages={pickMessages(locale, 'rounds', 'input')}
          networkId={network.id}
          submissionKey={newSubmissionKey()}
          roundsPath={roundsPath(locale, network.slug)}
          needs={needs.map((need) => ({ id: need.id, title: need.title, status: statuses[need.status] }))}
          initial={{ pointsPerOrganization: String(DEFAULT_POINTS), closesAt: suggestedDeadline(new Date()) }}
        />
      )}
    </div>
  );
}
