import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { EditDialoguePage } from '@/modules/dialogues/dialogue-editor-page';

type Props = { params: Promise<{ locale: string; dialogueId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).dialogueForm.editTitle };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <EditDialoguePage locale={locale} dialogueId={(await params).dialogueId} />;
}
