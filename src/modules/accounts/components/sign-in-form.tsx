'use client';

// The sign-in form. A real <form action>, so it works before JavaScript loads; with
// JavaScript it shows errors without a reload and keeps what was typed. Both fields are
// required, and say so in words (no HTML required: the browser's bubble would come before
// the summary in the person's language).
import { useActionState } from 'react';

import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { RequiredMark } from '@/ui/required-mark';

import { signInAction, type SignInState } from '../actions';

export function SignInForm({ locale, messages, callbackUrl }: { locale: Locale; messages: ClientMessages<'signIn' | 'input'>; callbackUrl: string }) {
  const t = messages.signIn;
  const [state, formAction, isPending] = useActionState<SignInState, FormData>(signInAction, {});
  const errors = state.fieldErrors ?? {};
  const summary = [state.message, errors.email, errors.password].filter(Boolean);
  const inputClass = (invalid: boolean) =>
    `mt-1 block w-full rounded border px-3 py-2 text-base ${invalid ? 'border-red-700' : 'border-slate-500'}`;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {summary.length > 0 && (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">{t.errorSummary}</h2>
          <ul className="mt-1 list-disc pl-5">
            {summary.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {state.unverified && (
            <p className="mt-2">
              <a href={`/${locale}/verify-email`} className="font-semibold underline">
                {t.newLink}
              </a>
            </p>
          )}
        </div>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-medium">
          {t.email}
          <RequiredMark messages={messages} />
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-required
          defaultValue={state.values?.email}
          key={state.values?.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'email-error' : undefined}
          className={inputClass(Boolean(errors.email))}
        />
        {errors.email && (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {errors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t.password}
          <RequiredMark messages={messages} />
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'password-error' : undefined}
          className={inputClass(Boolean(errors.password))}
        />
        {errors.password && (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {errors.password}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {isPending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
