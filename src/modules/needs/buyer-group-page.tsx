// The coordinator forms or changes a need's buyer group. Others get a 404 (the page does not
// reveal itself); people who are signed out are asked to sign in first.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';

import { buyerGroupPath } from './buyer-paths';
import { getBuyerGroup, listBuyerCandidates } from './business-case-queries';
import { BuyerGroupForm } from './components/buyer-group-form';
import { getNeedForViewer } from './need-access';
import { needPath } from './need-paths';
import { mayHaveBuyerGroup } from './need-status';

export async function buyerGroupPageTitle(locale: Locale, slug: string, needId: string): Promise<string> {
  const { need, network } = await getNeedForViewer(slug, needId);
  return `${getMessages(locale).businessCase.buyerGroupPage.title(need.title)} – ${network.name}`;
}

export async function BuyerGroupPage({ locale, slug, needId }: { locale: Locale; slug: string; needId: string }) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(buyerGroupPath(locale, slug, needId))}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).businessCase.buyerGroupPage;
  const ready = mayHaveBuyerGroup(need.status);
  const [candidates, current] = ready ? await Promise.all([listBuyerCandidates(network.id), getBuyerGroup(need.id, network.id)]) : [[], null];

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={needPath(locale, network.slug, need.id)} className="text-brand-700 underline">
          ← {need.title}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.title(need.title)}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      {!ready ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.notReady}</p>
      ) : candidates.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.noCandidates}</p>
      ) : (
        <BuyerGroupForm
          locale={locale}
          messages={pickMessages(locale, 'businessCase', 'input')}
          needId={need.id}
          candidates={candidates}
          selected={current?.group?.members.map((member) => member.id) ?? []}
          leadOrganizationId={current?.leadOrganization?.id ?? null}
        />
      )}
      <p>
        <Link href={needPath(locale, network.slug, need.id)} className="font-semibold text-brand-700 underline">
          {t.backToNeed}
        </Link>
      </p>
    </div>
  );
}
