import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { ManageNav } from '@/modules/governance/components/manage-nav';
import { requireNetworkManager } from '@/modules/governance/manage-access';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

type Props = { children: React.ReactNode; params: Promise<{ locale: string; slug: string }> };

// The frame of the secretariat's pages (under the network's tabs). Someone signed in who may
// not manage the network gets the 403 page, someone signed out the sign-in page; each page also
// checks for itself (requireNetworkManager), since a layout's check alone would not stop a page.
export default async function ManageLayout({ children, params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const t = getMessages(locale).manage;
  const { network } = await requireNetworkManager(slug, locale, `/${locale}/networks/${slug}/manage`);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.title(network.name)}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      <ManageNav locale={locale} slug={network.slug} />
      {network.isEnded && <EndedNetworkNotice locale={locale} />}
      {children}
    </div>
  );
}
