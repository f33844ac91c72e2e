// The coordinator assesses the market's maturity for a need: the report's three questions,
// the rule that suggests a step, and the step chosen. Others get a 404 (the page does not
// reveal itself), as on the network's other pages for the secretariat; people who are
// signed out are asked to sign in first. A new assessment starts from the latest one.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatCharterDate } from '@/modules/governance/client';

import { AssessmentForm, type AssessmentValues } from './components/assessment-form';
import { LADDER_STEPS } from './ladder';
import { assessPath } from './ladder-paths';
import { latestAssessment } from './ladder-queries';
import { getNeedForViewer } from './need-access';
import { needPath } from './need-paths';

export async function assessPageTitle(locale: Locale, slug: string, needId: string): Promise<string> {
  const { need, network } = await getNeedForViewer(slug, needId);
  return `${getMessages(locale).ladder.assess.pageTitle(need.title)} – ${network.name}`;
}

export async function AssessPage({ locale, slug, needId }: { locale: Locale; slug: string; needId: string }) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(assessPath(locale, network.slug, need.id))}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).ladder;
  const latest = await latestAssessment(need.id);
  const initial: AssessmentValues = latest
    ? {
        offersSolutions: latest.offersSolutions,
        offersSolutionsEvidence: latest.offersSolutionsEvidence,
        prioritisedArea: latest.prioritisedArea,
        prioritisedAreaEvidence: latest.prioritisedAreaEvidence,
        understandsNeed: latest.understandsNeed,
        understandsNeedEvidence: latest.understandsNeedEvidence,
        evidenceLinks: latest.evidenceLinks.join('\n'),
      }
    : {};
  const back = needPath(locale, network.slug, need.id);

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={back} className="text-brand-700 underline">
          ← {need.title}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.assess.title}</h1>
        <p className="mt-1 text-lg text-slate-800">{need.title}</p>
        <p className="mt-2 text-slate-700">{t.assess.lead}</p>
      </div>

      <section aria-labelledby="assess-rule" className="rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="assess-rule" className="text-xl font-semibold">
          {t.rule.heading}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {/* Implement first: the rule is read from the top, the first that fits applies. */}
          {[...LADDER_STEPS].reverse().map((step) => (
            <li key={step}>{t.rule[step]}</li>
          ))}
        </ul>
        <p className="mt-2 text-slate-700">{t.rule.override}</p>
      </section>

      {need.status === 'ARCHIVED' ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-900">{t.assess.archived}</p>
      ) : (
        <>
          {latest && <p className="text-slate-700">{t.assess.prefilled(formatCharterDate(latest.createdAt, locale))}</p>}
          <AssessmentForm locale={locale} messages={pickMessages(locale, 'ladder', 'needEnums', 'input')} needId={need.id} needPath={back} initial={initial} />
        </>
      )}
    </div>
  );
}
