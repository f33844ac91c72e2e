// Reads for the public registry of buyer networks. Everything here is public information.
// The search itself (filters, facets, cursors) is in search.ts.
import 'server-only';

import { db } from '@/server/db/client';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import { MEMBERSHIP_FEES } from './registry-query';

/** How many networks the registry lists (drafts are not in it). */
export async function countRegistryNetworks(): Promise<number> {
  return db().network.count({ where: PUBLISHED_NETWORK });
}

/** Names of a chosen thematic area and funder: undefined when not chosen, null when unknown. */
export type FilterLabels = {
  area: { nameSv: string; nameEn: string } | null | undefined;
  funder: { name: string } | null | undefined;
};

/**
 * Looks up the names of the area and funder in a registry URL, so that the filter form can
 * show a choice that matches nothing just now, and the page can tell a slug that names
 * nothing (an old or mistyped link) from a filter with no results.
 */
export async function getFilterLabels(query: { area?: string; funder?: string }): Promise<FilterLabels> {
  const [area, funder] = await Promise.all([
    query.area ? db().thematicArea.findUnique({ where: { slug: query.area }, select: { nameSv: true, nameEn: true } }) : undefined,
    query.funder && query.funder !== MEMBERSHIP_FEES
      ? db().organization.findFirst({
          where: { slug: query.funder, fundings: { some: { network: PUBLISHED_NETWORK } } },
          select: { name: true },
        })
      : undefined,
  ]);
  return {
    area: query.area ? area : undefined,
    funder: query.funder === MEMBERSHIP_FEES ? { name: MEMBERSHIP_FEES } : query.funder ? funder : undefined,
  };
}
