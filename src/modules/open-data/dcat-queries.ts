// Reads for the DCAT catalogue: the latest change of each dataset's published rows. Four
// aggregates (max of updatedAt), whatever the number of networks: the catalogue lists
// datasets, never the networks themselves.
import 'server-only';

import { db } from '@/server/db/client';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import type { DatasetId } from './dcat-datasets';
import { PUBLIC_ORGANISATION } from './queries';

export async function latestDatasetChanges(): Promise<Record<DatasetId, Date | null>> {
  const [networks, organisations, needs, meetings] = await Promise.all([
    db().network.aggregate({ where: PUBLISHED_NETWORK, _max: { updatedAt: true } }),
    db().organization.aggregate({ where: PUBLIC_ORGANISATION, _max: { updatedAt: true } }),
    db().need.aggregate({ where: { isPublic: true, network: PUBLISHED_NETWORK }, _max: { updatedAt: true } }),
    // Cancelled meetings count: they stay in the feeds as CANCELLED.
    db().meeting.aggregate({ where: { isPublic: true, network: PUBLISHED_NETWORK }, _max: { updatedAt: true } }),
  ]);
  return {
    networks: networks._max.updatedAt,
    organisations: organisations._max.updatedAt,
    needs: needs._max.updatedAt,
    meetings: meetings._max.updatedAt,
  };
}
