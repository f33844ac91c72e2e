// /{locale}/unsubscribe?token=…: the link at the foot of every mail of a kind the person may
// turn off. Works signed out: the signed token names the person and the kind. Opening it
// changes nothing (mail scanners open links); the person presses the button. A link that does
// not work says so and points to My account.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { UNSUBSCRIBE_TOKEN_MAX_LENGTH } from '@/server/mail/unsubscribe-link';
import type { SearchParams } from '@/ui/search-params';

import { AccountForm } from './components/account-form';
import { readUnsubscribeLink } from './unsubscribe';
import { unsubscribeAction } from './unsubscribe-actions';

export async function UnsubscribePage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  // The shared input rules' texts (the required mark, the counter), for the forms below.
  const fieldRules = { locale, messages: pickMessages(locale, 'input') };
  const t = messages.unsubscribe;
  const token = typeof searchParams.token === 'string' ? searchParams.token.slice(0, UNSUBSCRIBE_TOKEN_MAX_LENGTH + 1) : '';
  const link = token ? await readUnsubscribeLink(token) : null;
  const account = `/${locale}/me/account`;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {!link ? (
        <>
          <p role="alert" className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t.invalid}
          </p>
          <p className="mt-4">
            <Link href={account} className="text-brand-700 underline">
              {t.toAccount}
            </Link>
          </p>
        </>
      ) : link.alreadyOff ? (
        <>
          <p className="mt-3">{fill(t.alreadyOff, { kind: messages.mailKinds[link.kind], email: link.maskedEmail })}</p>
          <p className="mt-4">
            <Link href={account} className="text-brand-700 underline">
              {t.toAccount}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-3 text-slate-700">{fill(t.lead, { kind: messages.mailKinds[link.kind], email: link.maskedEmail })}</p>
          <div className="mt-6">
            <AccountForm {...fieldRules}
              idPrefix="unsubscribe"
              action={unsubscribeAction}
              heading={t.errorSummary}
              submit={t.submit}
              submitting={t.submitting}
              hidden={{ locale, token }}
              fieldsets={[{ fields: [] }]}
              after={{ href: account, label: t.toAccount }}
            />
          </div>
        </>
      )}
    </div>
  );
}
