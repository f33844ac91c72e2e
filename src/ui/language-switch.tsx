'use client';

// Links to the same page in the other language. A client component so that it follows
// client-side navigation (layouts do not re-render when the page changes).
import { usePathname, useSearchParams } from 'next/navigation';

import { switchLocaleInPath, type Locale } from '@/i18n/locales';

export function LanguageSwitch({ target, label }: { target: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = switchLocaleInPath(search ? `${pathname}?${search}` : pathname, target);
  return (
    <a href={href} hrefLang={target} lang={target} className="underline underline-offset-4 hover:no-underline">
      {label}
    </a>
  );
}
