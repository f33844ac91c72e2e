'use client';

import Link from 'next/link';

import { useRouteMessages } from '@/ui/route-messages';

export default function NotFound() {
  const { locale, t } = useRouteMessages();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3">{t.errors.notFoundText}</p>
      <p className="mt-4 flex gap-6">
        <Link href={`/${locale}`} className="font-semibold text-brand-700 underline">
          {t.errors.toStart}
        </Link>
        <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline">
          {t.network.backToRegistry}
        </Link>
      </p>
    </div>
  );
}
