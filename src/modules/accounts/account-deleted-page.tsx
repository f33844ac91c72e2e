// /{locale}/me/account/deleted: where the browser lands after "Delete my account". The person
// is signed out by then (their sessions went with the account), so the page says only what
// happened, the same for anyone who opens it.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

export function AccountDeletedPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).myData;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t.deletedTitle}</h1>
      <div role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
        <p>{t.deletedLead}</p>
      </div>
      <p className="mt-4 text-slate-700">{t.deletedAgain}</p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/${locale}`} className="text-brand-700 underline">
            {t.home}
          </Link>
        </li>
        <li>
          <Link href={`/${locale}/sign-up`} className="text-brand-700 underline">
            {t.signUp}
          </Link>
        </li>
      </ul>
    </div>
  );
}
