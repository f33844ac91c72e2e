// /{locale}/me/account: the signed-in person's own account.
import Link from 'next/link';
import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { networksToHandOver } from './account-deletion';
import { changeEmailAction, changePasswordAction, signOutEverywhereAction, updateMailChoicesAction, updateProfileAction } from './account-actions';
import { ACCOUNT_LIMITS } from './account-limits';
import { AccountForm } from './components/account-form';
import { deleteAccountAction } from './delete-account-action';
import { MUTABLE_MAIL_KINDS } from './mail-kinds';

export async function MyAccountPage({ locale }: { locale: Locale }) {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/me/account`)}`);
  const messages = getMessages(locale);
  // The shared input rules' texts (the required mark, the counter), for the forms below.
  const fieldRules = { locale, messages: pickMessages(locale, 'input') };
  const t = messages.myAccount;
  const [{ mutedMailKinds, passwordHash }, toHandOver] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: user.id }, select: { mutedMailKinds: true, passwordHash: true } }),
    networksToHandOver(db(), user.id),
  ]);
  const d = messages.myData;
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
          <dd>{user.organization?.name ?? '–'}</dd>
          {user.organization && (
            <>
              <dt className="font-medium">{t.affiliationLabel}</dt>
              <dd>{t.affiliation[user.affiliation]}</dd>
            </>
          )}
        </dl>
      </div>

      <section className={section} aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t.profileTitle}
        </h2>
        <div className="mt-4">
          <AccountForm {...fieldRules}
            {...common}
            idPrefix="profile"
            action={updateProfileAction}
            submit={t.saveProfile}
            fieldsets={[
              {
                fields: [
                  { name: 'name', label: t.name, type: 'text', autoComplete: 'name', required: true, max: ACCOUNT_LIMITS.personName, defaultValue: user.name },
                  { name: 'title', label: t.title_, type: 'text', autoComplete: 'organization-title', max: ACCOUNT_LIMITS.jobTitle, defaultValue: user.title ?? '' },
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
          <AccountForm {...fieldRules}
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
          <AccountForm {...fieldRules}
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
          <AccountForm {...fieldRules}
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
          <AccountForm {...fieldRules} {...common} idPrefix="sessions" action={signOutEverywhereAction} submit={t.signOutEverywhere} fieldsets={[{ fields: [] }]} />
        </div>
      </section>

      <section className={section} aria-labelledby="my-data-heading">
        <h2 id="my-data-heading" className="text-xl font-semibold">
          {d.title}
        </h2>
        <p className="mt-2 text-slate-700">{d.lead}</p>

        <h3 className="mt-6 text-lg font-semibold">{d.downloadTitle}</h3>
        <p className="mt-2 text-slate-700">{d.downloadLead}</p>
        <p className="mt-2 text-slate-700">{d.downloadFormat}</p>
        <p className="mt-4">
          {/* A plain link, not prefetched; the answer saves itself as a file (Content-Disposition), and
              without the download attribute a session that ended meanwhile leads to the sign-in page. */}
          <a href={`/${locale}/me/account/export`} className={secondaryLinkButtonClass}>
            {d.download}
          </a>
        </p>

        <h3 id="delete-account-heading" className="mt-8 text-lg font-semibold">
          {d.deleteTitle}
        </h3>
        <p className="mt-2 text-slate-700">{d.deleteLead}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          {(
            [
              [d.removesTitle, d.removes],
              [d.endsTitle, d.ends],
              [d.keepsTitle, d.keeps],
            ] as const
          ).map(([heading, items]) => (
            <div key={heading}>
              <h4 className="font-semibold">{heading}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <p className="mt-4 text-slate-700">{d.keepsNote}</p>
        <div className="mt-4">
          {toHandOver.length > 0 ? (
            <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
              <p>{d.handOverFirst}</p>
              <ul className="mt-2 list-disc pl-5">
                {toHandOver.map((network) => (
                  <li key={network.slug}>
                    <Link href={`/${locale}/networks/${encodeURIComponent(network.slug)}/manage`} className="underline">
                      {d.handOverLink(network.name)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <AccountForm {...fieldRules}
              heading={d.errorSummary}
              submitting={d.submitting}
              hidden={{ locale }}
              idPrefix="delete-account"
              action={deleteAccountAction}
              danger
              submit={d.submit}
              fieldsets={[
                {
                  fields: [
                    ...(passwordHash ? [{ name: 'currentPassword', label: d.currentPassword, type: 'password' as const, autoComplete: 'current-password', required: true }] : []),
                    { name: 'confirm', label: d.confirm, type: 'text' as const, autoComplete: 'off', required: true, hint: d.confirmHint },
                  ],
                },
              ]}
            />
          )}
        </div>
      </section>
    </div>
  );
}
