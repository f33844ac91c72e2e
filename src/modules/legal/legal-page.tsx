// The privacy notice (/{locale}/privacy) and the accessibility statement
// (/{locale}/accessibility): plain text pages from the dictionary, with the contact address of
// whoever runs the installation (TRAPPAN_CONTACT_EMAIL) when it is set.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

type Section = { heading: string; items: readonly string[] };

function Sections({ sections }: { sections: readonly Section[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Contact({ locale }: { locale: Locale }) {
  const t = getMessages(locale).privacyNotice;
  const email = process.env.TRAPPAN_CONTACT_EMAIL?.trim();
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{t.contactHeading}</h2>
      {email ? (
        <p className="mt-2">
          {t.contactWith}{' '}
          <a href={`mailto:${email}`} className="text-brand-700 underline">
            {email}
          </a>
        </p>
      ) : (
        <p className="mt-2">{t.contactWithout}</p>
      )}
    </section>
  );
}

export function PrivacyPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).privacyNotice;
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <Sections sections={t.sections} />
      <Contact locale={locale} />
    </article>
  );
}

export function AccessibilityPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).accessibilityStatement;
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-slate-700">{t.lead}</p>
      <Sections sections={t.sections} />
      <Contact locale={locale} />
      <p className="mt-8 text-sm text-slate-700">{t.date}</p>
    </article>
  );
}
