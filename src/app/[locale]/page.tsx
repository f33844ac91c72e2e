import { routeLocale } from '@/i18n/route-locale';
import { HomePage } from '@/modules/registry/home-page';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return <HomePage locale={await routeLocale(params)} />;
}
