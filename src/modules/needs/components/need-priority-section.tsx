// A need's priority on its page: its place in the latest closed prioritisation round that
// included it, and any open round it is part of. Nothing when it was never in a round. Round
// pages are for the network's participants, so only they get the links.
import Link from 'next/link';

import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { formatNumber } from '@/ui/format';

import { getNeedForViewer, seesAllNeeds } from '../need-access';
import { roundPath } from '../round-paths';
import { getNeedRounds } from '../round-queries';
import type { NeedSectionProps } from './need-section-props';

export async function NeedPrioritySection({ locale, slug, needId }: NeedSectionProps) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const { latest, open } = await getNeedRounds(need.id);
  if (!latest && open.length === 0) return null;
  const t = getMessages(locale).rounds.section;
  const insider = seesAllNeeds(viewer);
  const roundName = (roundId: string, title: string) =>
    insider ? (
      <Link href={roundPath(locale, network.slug, roundId)} className="font-semibold text-brand-700 underline">
        {title}
      </Link>
    ) : (
      <span className="font-semibold">{title}</span>
    );

  return (
    <section aria-labelledby="need-priority" className="max-w-3xl space-y-2">
      <h2 id="need-priority" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      {latest && (
        <p className="text-lg">
          {t.place(latest.rank, latest.needsInRound)} {roundName(latest.roundId, latest.roundTitle)} —{' '}
          {t.score(formatNumber(latest.points, locale), latest.organizations)}
        </p>
      )}
      {open.length > 0 && (
        <>
          <p className={latest ? 'pt-2' : undefined}>{t.inOpenRound}</p>
          <ul className="list-disc pl-5">
            {open.map((round) => (
              <li key={round.id}>
                {roundName(round.id, round.title)}, {t.closes(formatStockholmInstant(round.closesAt, locale))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
