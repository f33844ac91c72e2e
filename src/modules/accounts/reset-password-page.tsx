// /{locale}/reset-password: ask for a link by email; with ?token=… from the mail, choose the
// new password. A link that no longer works says why and offers a new one.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { db } from '@/server/db/client';
import type { SearchParams } from '@/ui/search-params';

import { inspectAccountToken } from './account-tokens';
import { AccountForm } from './components/account-form';
import { requestPasswordResetAction, resetPasswordAction } from './sign-up-actions';

export async function ResetPasswordPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  // The shared input rules' texts (the required mark, the counter), for the forms below.
  const fieldRules = { locale, messages: pickMessages(locale, 'input') };
  const t = messages.resetPassword;
  const token = typeof searchParams.token === 'string' ? searchParams.token.slice(0, 100) : '';
  const problem = token ? await inspectAccountToken(db(), token, 'RESET_PASSWORD', new Date()) : null;

  if (token && !problem) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">{t.newTitle}</h1>
        <p className="mt-3 text-slate-700">{t.newLead}</p>
        <div className="mt-6">
          <AccountForm {...fieldRules}
            idPrefix="reset"
            action={resetPasswordAction}
            heading={t.errorSummary}
            submit={t.save}
            submitting={t.submitting}
            hidden={{ locale, token }}
            after={{ href: `/${locale}/sign-in`, label: messages.verifyEmail.toSignIn }}
            fieldsets={[
              {
                fields: [
                  { name: 'password', label: t.password, type: 'password', autoComplete: 'new-password', required: true, hint: messages.signUp.passwordHint },
                  { name: 'passwordConfirm', label: t.passwordConfirm, type: 'password', autoComplete: 'new-password', required: true },
                ],
              },
            ]}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {problem && (
        <p role="alert" className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t[problem]}
        </p>
      )}
      <p className="mt-3 text-slate-700">{t.lead}</p>
      <div className="mt-6">
        <AccountForm {...fieldRules}
          idPrefix="reset-request"
          action={requestPasswordResetAction}
          heading={t.errorSummary}
          submit={t.submit}
          submitting={t.submitting}
          hidden={{ locale }}
          fieldsets={[{ fields: [{ name: 'email', label: t.email, type: 'email', autoComplete: 'email', required: true }] }]}
        />
      </div>
    </div>
  );
}
