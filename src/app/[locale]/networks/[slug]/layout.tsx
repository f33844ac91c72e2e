import { routeLocale } from '@/i18n/route-locale';
import { NetworkFrame } from '@/modules/networks/network-frame';

type Props = { children: React.ReactNode; params: Promise<{ locale: string; slug: string }> };

// Every page of a network: its name and tabs above the page. Each page decides for itself what
// the viewer may see (layouts do not run again on navigation).
export default async function Layout({ children, params }: Props) {
  const locale = await routeLocale(params);
  return (
    <NetworkFrame locale={locale} slug={(await params).slug}>
      {children}
    </NetworkFrame>
  );
}
