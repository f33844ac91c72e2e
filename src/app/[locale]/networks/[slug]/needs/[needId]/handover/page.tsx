import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { HandoverPage, handoverPageTitle } from '@/modules/needs/handover-page';

type Props = {
  params: Promise<{ locale: string; slug: string; needId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, needId } = await params;
  return { title: await handoverPageTitle(await routeLocale(params), slug, needId) };
}

// Coordinators only; everyone else gets a 404 (see HandoverPage). ?organization=<id> is the
// first step's choice.
export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  const { organization } = await searchParams;
  return <HandoverPage locale={locale} slug={slug} needId={needId} organizationId={typeof organization === 'string' && organization ? organization : null} />;
}
