import type { Metadata } from 'next';

import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { NotFoundView } from '@/ui/error-views';

type Props = { params: Promise<{ locale: string }> };

// The 404 page's title, "Sidan finns inte – Trappan". Next uses it where notFound() is thrown in a
// page's metadata (an unknown network, an unknown path: [...rest]); a page whose metadata does not
// throw keeps its own title, so routes that may 404 call notFound() in generateMetadata as well.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : 'sv').errors.notFoundTitle };
}

export default function NotFound() {
  return <NotFoundView />;
}
