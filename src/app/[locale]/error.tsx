'use client';

import { useFrameMessages } from '@/ui/frame-messages';

// Shown instead of a stack trace when a page fails; the details go to the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { messages: t } = useFrameMessages();
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.errors.errorTitle}</h1>
      <p className="mt-3">{t.errors.errorText}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.errors.retry}
      </button>
    </div>
  );
}
