import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NeedDialoguesSection } from '@/modules/dialogues';
import { NeedPage, needPageTitle } from '@/modules/needs/need-page';

type Props = {
  params: Promise<{ locale: string; slug: string; needId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, needId } = await params;
  return { title: await needPageTitle(slug, needId) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  const { done } = await searchParams;
  // The need's market dialogues: composed here, since dialogues build on needs.
  return (
    <NeedPage
      locale={locale}
      slug={slug}
      needId={needId}
      dialogues={(id, contentLocale) => <NeedDialoguesSection locale={locale} needId={id} contentLocale={contentLocale} />}
      done={typeof done === 'string' ? done : undefined}
    />
  );
}
