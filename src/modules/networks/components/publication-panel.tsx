// Where a network stands in the registry, for those who decide it: the founders of a draft see
// what is left before they publish, and why a platform admin took it down if one did; a
// platform admin sees, on a published network, how to take it off the registry.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { managePath } from '@/modules/governance/client';

import { getPublicationChecklist } from '../queries';
import { PublishNetworkForm, UnpublishNetworkForm } from './publication-forms-loader';

type Props = {
  locale: Locale;
  messages: Messages;
  network: { id: string; slug: string; publishedAt: Date | null; unpublishedReason: string | null };
  isAdmin: boolean;
};

export async function PublicationPanel({ locale, messages, network, isAdmin }: Props) {
  const t = messages.networkDraft;
  const formMessages = pickMessages(locale, 'networkDraft', 'input');
  if (network.publishedAt) {
    if (!isAdmin) return null;
    return (
      <details className="rounded border border-slate-300 p-4">
        <summary className="cursor-pointer font-semibold">{t.unpublishHeading}</summary>
        <p className="mt-2 text-slate-700">{t.unpublishLead}</p>
        <div className="mt-3">
          <UnpublishNetworkForm locale={locale} messages={formMessages} networkId={network.id} />
        </div>
      </details>
    );
  }

  const checklist = await getPublicationChecklist(network.id);
  const takenDown = network.unpublishedReason !== null;
  // Until the charter is in the founders' own words the one next step is to rewrite it.
  const mayPublish = checklist.templateTextsLeft === 0 && (!takenDown || isAdmin);
  return (
    <section aria-labelledby="draft-banner" className="space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      <h2 id="draft-banner" className="text-xl font-semibold">
        {takenDown ? t.takenDown : t.banner}
      </h2>
      {takenDown ? (
        <>
          <p>
            <span className="font-semibold">{t.takenDownReason}:</span> {network.unpublishedReason}
          </p>
          <p>{t.takenDownLead}</p>
        </>
      ) : (
        <p>{t.bannerLead}</p>
      )}
      {checklist.coordinatorCount === 0 && <p>{t.noCoordinator}</p>}
      {checklist.templateTextsLeft > 0 && (
        <p>
          {t.charterIsTemplate}{' '}
          <Link href={managePath(locale, network.slug, 'charter')} className="font-semibold underline">
            {t.editCharter}
          </Link>
        </p>
      )}
      {mayPublish && <PublishNetworkForm locale={locale} messages={formMessages} networkId={network.id} />}
    </section>
  );
}
