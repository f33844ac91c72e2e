// /{locale}/accessibility: the accessibility statement the act (2018:1937) on accessibility to
// digital public services asks for, in the order of DIGG's model statement.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import { LegalContact, LegalSections } from './legal-sections';

export function AccessibilityPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).accessibility;
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <LegalSections sections={t.beforeContact} />
      <LegalContact locale={locale} />
      <LegalSections sections={t.afterContact} />
      <p className="mt-8 text-sm text-slate-700">{t.date}</p>
    </article>
  );
}
