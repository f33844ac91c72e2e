'use client';

import Link from 'next/link';

import { useFrameMessages } from '@/ui/frame-messages';

export default function NotFound() {
  const { locale, messages: t } = useFrameMessages();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3">{t.errors.notFoundText}</p>
      <p className="mt-4 flex gap-6">
        <Link href={`/${locale}`} className="font-semibold text-brand-700 underline">
          {t.errors.toStart}
        </Link>
        <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline">
          {t.backToRegistry}
        </Link>
      </p>
    </div>
  );
}
