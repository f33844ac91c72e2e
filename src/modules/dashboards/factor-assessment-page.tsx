// The year's success-factor form: /networks/{slug}/dashboard/assessment for the coordinators
// (the network's assessment) and /dashboard/my-view for a member's own view. Signed out, the
// sign-in page; signed in without the right, 403 (an observer has no view to give). Shows what
// is saved for this year, so a second visit changes it.
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { db } from '@/server/db/client';
import { getNetworkViewer } from '@/server/network-viewer';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { FactorAssessmentForm, type FactorFormValues } from './components/factor-assessment-form';
import { assessmentPath, dashboardPath } from './dashboard-paths';
import { swedishDate } from './rules';
import { mayAssess, type AssessmentScope } from './success-factors';

export async function FactorAssessmentPage({ locale, slug, scope }: { locale: Locale; slug: string; scope: AssessmentScope }) {
  const { network, viewer } = await getNetworkViewer(slug);
  if (!viewer.actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(assessmentPath(locale, network.slug, scope))}`);
  if (!mayAssess(scope, { ...viewer, role: viewer.actor.membership?.role ?? null })) forbidden();
  const t = getMessages(locale).successFactors;
  const year = Number(swedishDate(new Date()).slice(0, 4));
  const saved = await db().factorAssessment.findFirst({
    where: { networkId: network.id, year, memberId: scope === 'member' ? viewer.actor.userId : null },
    select: { scores: { select: { factor: true, score: true, comment: true } } },
  });
  const initial: FactorFormValues = Object.fromEntries((saved?.scores ?? []).map((s) => [s.factor, { score: s.score, comment: s.comment }]));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="text-3xl font-bold">{fill(scope === 'secretariat' ? t.formTitle : t.viewTitle, { year: String(year) })}</h2>
        <p className="max-w-3xl text-slate-700">{scope === 'secretariat' ? t.formLead : t.viewLead}</p>
        <p>
          <Link href={dashboardPath(locale, network.slug)} className="text-brand-700 underline">
            {t.backToDashboard}
          </Link>
        </p>
      </div>
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : (
        <FactorAssessmentForm locale={locale} messages={pickMessages(locale, 'successFactors', 'input')} networkId={network.id} scope={scope} initial={initial} />
      )}
    </div>
  );
}
