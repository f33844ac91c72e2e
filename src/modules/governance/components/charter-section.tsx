// The network's current charter on its public page: what it is for and the rules it works
// by, with the version and its date so readers know how current it is.
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import { decisionRuleSummary } from '../charter';
import { formatCharterDate } from '../charter-content';
import { getCurrentCharter } from '../charter-queries';

export async function CharterSection({ locale, networkId, contentLocale }: { locale: Locale; networkId: string; contentLocale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.charter;
  const charter = await getCurrentCharter(networkId);

  if (!charter) {
    return (
      <section aria-labelledby="network-charter">
        <h2 id="network-charter" className="text-2xl font-semibold">
          {t.section.heading}
        </h2>
        <p className="mt-3">{t.section.empty}</p>
      </section>
    );
  }

  const texts = [
    [t.fields.mission, charter.mission],
    [t.fields.shortTermGoals, charter.shortTermGoals],
    [t.fields.longTermGoals, charter.longTermGoals],
    [t.fields.memberBenefit, charter.memberBenefit],
    // Versions saved before the question was asked have no answer: nothing to show.
    ...(charter.stakeholderRelations ? [[t.fields.stakeholderRelations, charter.stakeholderRelations] as const] : []),
  ] as const;
  const rules = [
    [t.fields.membershipPolicy, messages.enums.membershipPolicy[charter.membershipPolicy]],
    [t.fields.associationsVote, t.section.associationsVote[charter.associationsVote ? 'true' : 'false']],
    [t.fields.decisionRule, decisionRuleSummary(charter, messages)],
    [t.section.quorumLabel, t.section.quorum(charter.quorumPercent)],
    [t.fields.physicalMeetingsPerYear, t.section.meetings(charter.physicalMeetingsPerYear)],
    [t.fields.meetingFormat, messages.governance.meetingFormat[charter.meetingFormat]],
  ] as const;

  return (
    <section aria-labelledby="network-charter" className="space-y-4">
      <div>
        <h2 id="network-charter" className="text-2xl font-semibold">
          {t.section.heading}
        </h2>
        <p className="mt-1 text-slate-700">{t.section.version(charter.version, formatCharterDate(charter.createdAt, locale))}</p>
      </div>
      <dl className="max-w-3xl space-y-4">
        {texts.map(([label, text]) => (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            {/* A charter is written once, in the network's language: its own document, not translated. */}
            <dd className="mt-1 whitespace-pre-line leading-relaxed" lang={contentLang(contentLocale, locale)}>
              {text}
            </dd>
          </div>
        ))}
      </dl>
      <dl className="grid gap-x-8 gap-y-3 rounded border border-slate-200 bg-slate-50 p-5 sm:grid-cols-[max-content_1fr]">
        {rules.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
