// One decision as the minutes and the decision log show it: the motion, the outcome in words
// (never colour alone), the rule and quorum it was taken under, the tally or objections and,
// for the network's participants, how each person present voted.
import type { DecisionOutcome } from '@/generated/prisma/enums';
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import type { DecisionView } from '../minutes-queries';

const OUTCOME_STYLES: Record<DecisionOutcome, string> = {
  ADOPTED: 'bg-green-50 text-green-900 ring-green-700/30',
  REJECTED: 'bg-red-50 text-red-900 ring-red-700/30',
  NOT_QUORATE: 'bg-amber-50 text-amber-900 ring-amber-700/30',
};

export function OutcomeBadge({ outcome, locale }: { outcome: DecisionOutcome; locale: Locale }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-semibold ring-1 ring-inset ${OUTCOME_STYLES[outcome]}`}>
      {getMessages(locale).minutes.outcome[outcome]}
    </span>
  );
}

/** "2 ja, 1 nej, 0 avstår" under a majority rule; the number of objections under consensus. */
export function tallyText(
  decision: Pick<DecisionView, 'decisionRule' | 'votesFor' | 'votesAgainst' | 'votesAbstain'> & { objections: number },
  locale: Locale,
): string {
  const t = getMessages(locale).minutes;
  return decision.decisionRule === 'CONSENSUS' ? t.objections(decision.objections) : t.tally(decision.votesFor, decision.votesAgainst, decision.votesAbstain);
}

/** `contentLocale`: the network's language, which the motion was written in. */
export function DecisionSummary({ decision, locale, contentLocale, showVotes }: { decision: DecisionView; locale: Locale; contentLocale: Locale; showVotes: boolean }) {
  const messages = getMessages(locale);
  const t = messages.minutes;
  const objections = decision.votes.filter((v) => v.choice === 'OBJECT').length;
  return (
    <div className="space-y-2 rounded border border-slate-300 bg-slate-50 p-4">
      <p className="flex flex-wrap items-center gap-2">
        <OutcomeBadge outcome={decision.outcome} locale={locale} />
        {decision.isPublic && <span className="text-sm font-medium text-slate-700">{t.publicBadge}</span>}
      </p>
      <blockquote className="border-l-4 border-slate-400 pl-3 whitespace-pre-line" lang={contentLang(contentLocale, locale)}>
        {decision.motion}
      </blockquote>
      <p className="text-sm text-slate-700">
        {t.rule(messages.governance.decisionRule[decision.decisionRule], decision.quorumPercent)}
        {decision.qualifiedMajorityPercent !== null && ` ${t.threshold(decision.qualifiedMajorityPercent)}`}
      </p>
      <p className="text-sm">
        {t.presence(decision.presentVoters, decision.votingMembers)}. {tallyText({ ...decision, objections }, locale)}.
      </p>
      {showVotes && decision.votes.length > 0 && (
        <div>
          <p className="text-sm font-semibold">{t.votesHeading}</p>
          <ul className="list-disc pl-5 text-sm">
            {decision.votes.map((vote) => (
              <li key={vote.userId}>
                {vote.name}: {t.choice[vote.choice]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
