// What the privacy notice and the accessibility statement share: sections of plain text from
// the dictionary, and the contact of whoever runs the installation (TRAPPAN_CONTACT_EMAIL).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { readOperator } from '@/server/operator';

export type LegalSection = { heading: string; items: readonly string[] };

/** Each section under an h2: one paragraph as a paragraph, more as a list. */
export function LegalSections({ sections }: { sections: readonly LegalSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          {section.items.length === 1 ? (
            <p className="mt-2">{section.items[0]}</p>
          ) : (
            <ul className="mt-2 list-disc space-y-2 pl-5">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

export function LegalContact({ locale }: { locale: Locale }) {
  const t = getMessages(locale).legalContact;
  const { email } = readOperator();
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{t.heading}</h2>
      {email ? (
        <p className="mt-2">
          {t.withEmail}{' '}
          <a href={`mailto:${email}`} className="text-brand-700 underline">
            {email}
          </a>
        </p>
      ) : (
        <p className="mt-2">{t.withoutEmail}</p>
      )}
    </section>
  );
}
