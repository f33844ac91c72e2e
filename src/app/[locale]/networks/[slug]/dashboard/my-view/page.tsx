import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { fill } from '@/i18n/template';
import { FactorAssessmentPage } from '@/modules/dashboards/factor-assessment-page';
import { swedishDate } from '@/modules/dashboards/rules';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getMessages(await routeLocale(params)).successFactors;
  return { title: await networkPageTitle((await params).slug, fill(t.viewTitle, { year: swedishDate(new Date()).slice(0, 4) })) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <FactorAssessmentPage locale={locale} slug={(await params).slug} scope="member" />;
}
