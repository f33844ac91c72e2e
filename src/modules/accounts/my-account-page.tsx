// /{locale}/me/account: the signed-in person's own account.
import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

import { changeEmailAction, changePasswordAction, signOutEverywhereAction, updateMailChoicesAction, updateProfileAction } from './account-actions';
import { AccountForm } from './components/account-form';
import { MUTABLE_MAIL_KINDS } from './mail-kinds';

export async function MyAccountPage({ locale }: { locale: Locale }) {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/me/account`)}`);
  const messages = getMessages(locale);
  const t = messages.myAccount;
  const { mutedMailKinds } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { mutedMailKinds: true } });
  const common = { heading: t.errorSummary, submitting: t.saving, hidden: { locale }, keep: true };
  const section = 'rounded border border-slate-300 p-5';

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <Link href={`/${locale}/me`} className="text-brand-700 underline">
          {t.back}
        </Link>
        <h1 className="mt-2 text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t.organization}</dt>
          <dd>
            {user.organization?.name ?? '–'} ({t.affiliation[user.affiliation]})
          </dd>
        </dl>
      </div>

      <section className={section} aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t.profileTitle}
        </h2>
        <div className="mt-4">
          <AccountForm
            {...common}
            idPrefix="profile"
            action={updateProfileAction}
            submit={t.saveProfile}
            fieldsets={[
              {
                fields: [
                  { name: 'name', label: t.name, type: 'text', autoComplete: 'name', required: true, defaultValue: user.name },
                  { name: 'title', label: t.title_, type: 'text', autoComplete: 'organization-title', defaultValue: user.title ?? '' },
                  {
                    name: 'language',
                    label: t.language,
                    type: 'select',
                    defaultValue: user.locale,
                    options: [
                      { value: 'sv', label: messages.signUp.languages.sv },
                      { value: 'en', label: messages.signUp.languages.en },
                    ],
                  },
                ],
              },
            ]}
          />
        </div>
      </section>

      <section className={section} aria-labelledby="email-heading">
        <h2 id="email-heading" className="text-xl font-semibold">
          {t.emailTitle}
        </h2>
        <p className="mt-2">
          {t.currentEmail}: <strong>{user.email}</strong>
        </p>
        <div className="mt-4">
          <AccountForm
            {...common}
            idPrefix="email"
            action={changeEmailAction}
            submit={t.changeEmail}
            fieldsets={[
              {
                fields: [
                  { name: 'email', label: t.newEmail, type: 'email', autoComplete: 'email', required: true, hint: t.emailHint },
                  { name: 'currentPassword', label: t.currentPassword, type: 'password', autoComplete: 'current-password', required: true },
                ],
              },
            ]}
          />
        </div>
      </section>

      <section className={section} aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t.passwordTitle}
        </h2>
        <div className="mt-4">
          <AccountForm
            {...common}
            idPrefix="password"
            action={changePasswordAction}
            submit={t.changePassword}
            fieldsets={[
              {
                fields: [
                  { name: 'currentPassword', label: t.currentPassword, type: 'password', autoComplete: 'current-password', required: true },
                  { name: 'password', label: t.newPassword, type: 'password', autoComplete: 'new-password', required: true, hint: messages.signUp.passwordHint },
                  { name: 'passwordConfirm', label: t.passwordConfirm, type: 'password', autoComplete: 'new-password', required: true },
                ],
              },
            ]}
          />
        </div>
      </section>

      <section className={section} aria-labelledby="mail-heading">
        <h2 id="mail-heading" className="text-xl font-semibold">
          {t.mailTitle}
        </h2>
        <p className="mt-2 text-slate-700">{t.mailLead}</p>
        <div className="mt-4">
          <AccountForm
            {...common}
            idPrefix="mail"
            action={updateMailChoicesAction}
            submit={t.saveMail}
            fieldsets={[
              {
                fields: MUTABLE_MAIL_KINDS.map((kind) => ({
                  name: kind,
                  label: messages.mailKinds[kind],
                  type: 'checkbox' as const,
                  defaultValue: mutedMailKinds.includes(kind) ? '' : 'on',
                })),
              },
            ]}
          />
        </div>
      </section>

      <section className={section} aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t.sessionsTitle}
        </h2>
        <p className="mt-2 text-slate-700">{t.sessionsLead}</p>
        <div className="mt-4">
          <AccountForm {...common} idPrefix="sessions" action={signOutEverywhereAction} submit={t.signOutEverywhere} fieldsets={[{ fields: [] }]} />
        </div>
      </section>
    </div>
  );
}
