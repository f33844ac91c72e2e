// The latest decisions a network has chosen to publish, for its public page: outcome and date,
// with a link to the decision log. Only decisions of public meetings with approved minutes.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatCharterDate } from '@/modules/governance/client';

import { listDecisions } from '../decision-queries';
import { decisionLogPath, minutesPath } from '../minutes-paths';
import { OutcomeBadge } from './decision-summary';

const LATEST = 5;

export async function PublicDecisionsSection({ locale, networkId, slug, contentLocale }: { locale: Locale; networkId: string; slug: string; contentLocale: Locale }) {
  const t = getMessages(locale).minutes;
  const written = contentLang(contentLocale, locale);
  const { rows } = await listDecisions({ networkId, scope: 'public', take: LATEST });
  return (
    <section aria-labelledby="public-decisions" className="space-y-3">
      <h2 id="public-decisions" className="text-2xl font-semibold">
        {t.publicSection.heading}
      </h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t.publicSection.empty}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.id} className="rounded border border-slate-300 p-3">
              <p className="whitespace-pre-line" lang={written}>
                {row.motion}
              </p>
              <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                <OutcomeBadge outcome={row.outcome} locale={locale} />
                <Link href={minutesPath(locale, slug, row.meeting.id)} className="text-brand-700 underline" lang={written}>
                  {row.meeting.title}
                </Link>
                <span>{formatCharterDate(row.meeting.startsAt, locale)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={decisionLogPath(locale, slug)} className="text-brand-700 underline">
          {t.publicSection.all}
        </Link>
      </p>
    </section>
  );
}
