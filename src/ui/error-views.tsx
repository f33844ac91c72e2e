'use client';

// The 404 and 403 pages' content. Next renders them without route params, so their texts come
// from the locale layout (useFrameMessages); each says what happened and offers a way on.
import Link from 'next/link';

import { useFrameMessages } from '@/ui/frame-messages';

function WaysOn({ toMine = false }: { toMine?: boolean }) {
  const { locale, messages: t } = useFrameMessages();
  return (
    <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
      <Link href={`/${locale}`} className="font-semibold text-brand-700 underline">
        {t.errors.toStart}
      </Link>
      <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline">
        {t.backToRegistry}
      </Link>
      {toMine && (
        <Link href={`/${locale}/me`} className="font-semibold text-brand-700 underline">
          {t.errors.toMyPage}
        </Link>
      )}
    </p>
  );
}

export function NotFoundView() {
  const { messages: t } = useFrameMessages();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3">{t.errors.notFoundText}</p>
      <WaysOn />
    </div>
  );
}

export function ForbiddenView() {
  const { messages: t } = useFrameMessages();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.errors.forbiddenTitle}</h1>
      <p className="mt-3">{t.errors.forbiddenText}</p>
      <WaysOn toMine />
    </div>
  );
}
