// A network's market dialogues as a page of its own (the network's "Market dialogues" tab):
// published ones for everyone who may see the network, drafts too for its coordinators.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { getNetworkViewer, networkPageTitle } from '@/server/network-viewer';

import { NetworkDialoguesSection } from './components/dialogue-sections';

export async function networkDialoguesPageTitle(locale: Locale, slug: string): Promise<string> {
  return networkPageTitle(slug, getMessages(locale).dialogues.networkHeading);
}

export async function NetworkDialoguesPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  return <NetworkDialoguesSection locale={locale} network={{ id: network.id, slug: network.slug, isEnded: network.isEnded, contentLocale: network.contentLocale }} mayManage={viewer.mayManage} asPage />;
}
