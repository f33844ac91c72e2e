// /{locale}/privacy: the privacy notice, what Trappan stores about a person, why, for how long,
// and whom to contact. How long is said from the periods this installation is configured
// with, so the notice stays true when an operator changes them.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { readRetentionPeriods } from '@/server/retention';

import { LegalContact, LegalSections } from './legal-sections';

export function PrivacyPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).privacy;
  const retention = { heading: t.retention.heading, items: t.retention.items(readRetentionPeriods()) };
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <LegalSections sections={[...t.sections, retention, ...t.laterSections]} />
      <LegalContact locale={locale} />
    </article>
  );
}
