// /{locale}/sign-up: a new person, and their organisation chosen from the registry or
// registered anew. Signed-in people are sent on to /me.
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { OrganizationKind } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

import { ACCOUNT_LIMITS } from './account-limits';
import { AccountForm } from './components/account-form';
import { COUNTIES, type CountyCode } from './counties';
import { signUpAction } from './sign-up-actions';

export async function SignUpPage({ locale }: { locale: Locale }) {
  if (await getCurrentUser()) redirect(`/${locale}/me`);
  const messages = getMessages(locale);
  // The shared input rules' texts (the required mark, the counter), for the forms below.
  const fieldRules = { locale, messages: pickMessages(locale, 'input') };
  const t = messages.signUp;
  const organizations = await db().organization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, organizationNumber: true } });

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-slate-700">{t.lead}</p>
      <p className="mt-2 text-slate-700">
        {t.haveAccount}{' '}
        <Link href={`/${locale}/sign-in`} className="font-semibold text-brand-700 underline">
          {t.signInLink}
        </Link>
      </p>
      <div className="mt-6">
        <AccountForm {...fieldRules}
          idPrefix="sign-up"
          action={signUpAction}
          heading={t.errorSummary}
          submit={t.submit}
          submitting={t.submitting}
          hidden={{ locale }}
          fieldsets={[
            {
              legend: t.person,
              fields: [
                { name: 'name', label: t.name, type: 'text', autoComplete: 'name', required: true, max: ACCOUNT_LIMITS.personName },
                { name: 'title', label: t.title_, type: 'text', autoComplete: 'organization-title', hint: t.titleHint, max: ACCOUNT_LIMITS.jobTitle },
                { name: 'email', label: t.email, type: 'email', autoComplete: 'email', required: true, hint: t.emailHint },
                { name: 'password', label: t.password, type: 'password', autoComplete: 'new-password', required: true, hint: t.passwordHint },
                {
                  name: 'language',
                  label: t.language,
                  type: 'select',
                  defaultValue: locale,
                  options: [
                    { value: 'sv', label: t.languages.sv },
                    { value: 'en', label: t.languages.en },
                  ],
                },
              ],
            },
            {
              legend: t.organization,
              fields: [
                {
                  name: 'organizationChoice',
                  label: t.organizationChoice,
                  type: 'radio',
                  options: [
                    { value: 'existing', label: t.existing },
                    { value: 'new', label: t.new },
                  ],
                  hint: t.pendingNote,
                },
                {
                  name: 'organizationId',
                  label: t.organizationId,
                  type: 'select',
                  required: true,
                  hint: t.organizationIdHint,
                  showWhen: { name: 'organizationChoice', value: 'existing' },
                  options: [
                    { value: '', label: t.chooseOrganization },
                    ...organizations.map((o) => ({ value: o.id, label: o.organizationNumber ? `${o.name} (${o.organizationNumber})` : o.name })),
                  ],
                },
                                // Required only for a new organisation, the only time they are shown.
                {
                  name: 'newName',
                  label: t.newName,
                  type: 'text',
                  autoComplete: 'organization',
                  required: true,
                  max: ACCOUNT_LIMITS.organizationName,
                  showWhen: { name: 'organizationChoice', value: 'new' },
                },
                { name: 'newNumber', label: t.newNumber, type: 'text', required: true, hint: t.newNumberHint, showWhen: { name: 'organizationChoice', value: 'new' } },
                {
                  name: 'newKind',
                  label: t.newKind,
                  type: 'select',
                  required: true,
                  showWhen: { name: 'organizationChoice', value: 'new' },
                  options: [{ value: '', label: t.chooseOrganization }, ...Object.keys(OrganizationKind).map((kind) => ({ value: kind, label: messages.enums.organizationKind[kind as OrganizationKind] }))],
                },
                {
                  name: 'newCounty',
                  label: t.newCounty,
                  type: 'select',
                  showWhen: { name: 'organizationChoice', value: 'new' },
                  options: [{ value: '', label: t.noCounty }, ...Object.entries(COUNTIES).map(([code, names]) => ({ value: code, label: names[locale] }))].filter(
                    (option) => option.value === '' || (option.value as CountyCode) in COUNTIES,
                  ),
                },
              ],
            },
          ]}
        />
      </div>
    </div>
  );
}
