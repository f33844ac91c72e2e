// Reads for the funding editor: a network's funders with their periods (notes included: only
// its managers see this page), and the organisations a funder may be chosen from.
import 'server-only';

import type { Locale } from '@/i18n/locales';
import { db } from '@/server/db/client';

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function listNetworkFunders(networkId: string) {
  const funders = await db().networkFunder.findMany({
    where: { networkId },
    select: {
      id: true,
      kind: true,
      funderOrganization: { select: { id: true, slug: true, name: true } },
      periods: { select: { id: true, periodStart: true, periodEnd: true, status: true, amountSek: true, note: true, updatedAt: true }, orderBy: [{ periodStart: 'asc' }, { createdAt: 'asc' }] },
    },
    orderBy: { id: 'asc' },
  });
  return funders.map((funder) => ({
    ...funder,
    periods: funder.periods.map((period) => ({ ...period, periodStart: iso(period.periodStart), periodEnd: iso(period.periodEnd) })),
  }));
}

export type EditableFunder = Awaited<ReturnType<typeof listNetworkFunders>>[number];

export async function listFunderOrganizations(locale: Locale) {
  const organizations = await db().organization.findMany({ select: { id: true, name: true } });
  const collator = new Intl.Collator(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return organizations.sort((a, b) => collator.compare(a.name, b.name));
}
