import '@/ui/globals.css';

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { FrameMessagesProvider } from '@/ui/frame-messages';
import { SiteFooter } from '@/ui/site-footer';
import { SiteHeader } from '@/ui/site-header';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale).meta;
  return { title: { default: t.title, template: `%s – Trappan` }, description: t.description };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const user = await getCurrentUser();
  const frame = { locale, messages: { ...pickMessages(locale, 'errors'), backToRegistry: t.network.backToRegistry } };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
        >
          {t.layout.skipLink}
        </a>
        <SiteHeader locale={locale} t={t.layout} user={user} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          <FrameMessagesProvider value={frame}>{children}</FrameMessagesProvider>
        </main>
        <SiteFooter locale={locale} t={t.layout} />
      </body>
    </html>
  );
}
