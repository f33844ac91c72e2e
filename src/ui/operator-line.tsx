// Who runs this installation, in one sentence with its website: the home page, the footer,
// the about and the contact page say it the same way (src/server/operator.ts).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { readOperator } from '@/server/operator';

export function OperatorLine({ locale, withDemoNote = false, className = '' }: { locale: Locale; withDemoNote?: boolean; className?: string }) {
  const t = getMessages(locale).operator;
  const operator = readOperator();
  return (
    <p className={className}>
      {operator.name ? t.runBy(operator.name) : t.runByUnnamed}
      {operator.url && (
        <>
          {' '}
          <a href={operator.url} className="underline underline-offset-2 hover:no-underline">
            {t.website}
          </a>
        </>
      )}
      {withDemoNote && operator.isDemo && <> {t.demo}</>}
    </p>
  );
}
