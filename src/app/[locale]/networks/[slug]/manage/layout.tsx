import Link from 'next/link';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { ManageNav } from '@/modules/governance/components/manage-nav';
import { getManageAccess } from '@/modules/governance/manage-access';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

type Props = { children: React.ReactNode; params: Promise<{ locale: string; slug: string }> };

// The frame of the secretariat's pages. People who may not manage the network are told why
// here; each page also checks for itself (requireNetworkManager).
export default async function ManageLayout({ children, params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const messages = getMessages(locale);
  const t = messages.manage;
  const { network, decision } = await getManageAccess(slug, locale, `/${locale}/networks/${slug}/manage`);
  const networkPath = `/${locale}/networks/${encodeURIComponent(network.slug)}`;

  return (
    <div className="space-y-6">
      <div>
        <Link href={networkPath} className="text-brand-700 underline">
          ← {t.backToNetwork}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.title(network.name)}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      {decision.allowed ? (
        <>
          <ManageNav locale={locale} slug={network.slug} />
          {network.isEnded && <EndedNetworkNotice locale={locale} />}
          {children}
        </>
      ) : (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {messages.refused[decision.reason]}
        </p>
      )}
    </div>
  );
}
