import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { DialoguePage, dialoguePageTitle } from '@/modules/dialogues/dialogue-page';

type Props = { params: Promise<{ locale: string; dialogueId: string }>; searchParams: Promise<{ done?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await dialoguePageTitle((await params).dialogueId) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  return <DialoguePage locale={locale} dialogueId={(await params).dialogueId} done={(await searchParams).done} />;
}
