// The frame of every page of a network: its name and its tabs (overview, meetings, needs,
// decisions, market dialogues when the viewer can see any, the dashboard, manage for those who
// manage it, and the first coordinator's appointment for admins and agency staff when it has none).
// The network and the viewer are read once per request (findNetworkView is cached), so the
// pages beneath ask again for free. Each page still decides for itself what the viewer may see.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { hasNetworkDialogues } from '@/modules/dialogues';
import { hasActiveCoordinator } from '@/modules/governance';
import { findNetworkView } from '@/server/network-viewer';
import { canAppointFirstCoordinator } from '@/server/policy';
import { TabNav, type Tab } from '@/ui/tab-nav';

import { networkPath, networkSectionPath } from './network-paths';

export async function NetworkFrame({ locale, slug, children }: { locale: Locale; slug: string; children: React.ReactNode }) {
  const view = await findNetworkView(slug);
  // A slug from before a rename: the network's page redirects, the inner pages are a 404.
  if ('movedTo' in view) return children;
  const { network, viewer } = view;
  const t = getMessages(locale).networkTabs;
  const overview = networkPath(locale, network.slug);
  const tabs: Tab[] = [
    { href: overview, label: t.overview, exact: true },
    { href: networkSectionPath(locale, network.slug, 'meetings'), label: t.meetings },
    { href: networkSectionPath(locale, network.slug, 'needs'), label: t.needs },
    { href: networkSectionPath(locale, network.slug, 'decisions'), label: t.decisions },
  ];
  if (await hasNetworkDialogues(network.id, viewer.mayManage)) tabs.push({ href: networkSectionPath(locale, network.slug, 'dialogues'), label: t.dialogues });
  tabs.push({ href: networkSectionPath(locale, network.slug, 'dashboard'), label: t.dashboard });
  if (viewer.mayManage) tabs.push({ href: networkSectionPath(locale, network.slug, 'manage'), label: t.manage });
  // Admins and agency staff appoint the first coordinator of a network that has none; the
  // count is asked only of them.
  if (!network.isEnded && canAppointFirstCoordinator(viewer.actor).allowed && !(await hasActiveCoordinator(network.id)))
    tabs.push({ href: networkSectionPath(locale, network.slug, 'first-coordinator'), label: t.firstCoordinator });
  return (
    <div className="space-y-6">
      <TabNav label={t.label(network.name)} tabs={tabs} title={network.name} titleHiddenOn={overview} />
      {children}
    </div>
  );
}
