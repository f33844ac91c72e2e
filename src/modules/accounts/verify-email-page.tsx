// /{locale}/verify-email?token=…: the link in the confirmation mail. Opening it changes
// nothing (mail scanners open links too); the person presses the button. Without a token,
// or with one that no longer works, the page offers a new link.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { db } from '@/server/db/client';
import type { SearchParams } from '@/ui/search-params';

import { inspectAccountToken } from './account-tokens';
import { AccountForm } from './components/account-form';
import { resendVerificationAction, verifyEmailAction } from './sign-up-actions';

export async function VerifyEmailPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  // The shared input rules' texts (the required mark, the counter), for the forms below.
  const fieldRules = { locale, messages: pickMessages(locale, 'input') };
  const t = messages.verifyEmail;
  const token = typeof searchParams.token === 'string' ? searchParams.token.slice(0, 100) : '';
  const problem = token ? await inspectAccountToken(db(), token, 'VERIFY_EMAIL', new Date()) : null;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {token && !problem && (
        <>
          <p className="mt-3 text-slate-700">{t.lead}</p>
          <div className="mt-6">
            <AccountForm {...fieldRules}
              idPrefix="verify"
              action={verifyEmailAction}
              heading={t.errorSummary}
              submit={t.submit}
              submitting={t.submitting}
              hidden={{ locale, token }}
              fieldsets={[{ fields: [] }]}
              after={{ href: `/${locale}/sign-in`, label: t.toSignIn }}
            />
          </div>
        </>
      )}
      {problem && (
        <p role="alert" className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t[problem]}
        </p>
      )}
      {(!token || problem) && (
        <section className="mt-8" aria-labelledby="resend-heading">
          <h2 id="resend-heading" className="text-xl font-semibold">
            {t.resendTitle}
          </h2>
          <p className="mt-2 text-slate-700">{t.resendLead}</p>
          <div className="mt-4">
            <AccountForm {...fieldRules}
              idPrefix="resend"
              action={resendVerificationAction}
              heading={t.errorSummary}
              submit={t.resendSubmit}
              submitting={messages.resetPassword.submitting}
              hidden={{ locale }}
              fieldsets={[{ fields: [{ name: 'email', label: t.email, type: 'email', autoComplete: 'email', required: true }] }]}
            />
          </div>
        </section>
      )}
    </div>
  );
}
