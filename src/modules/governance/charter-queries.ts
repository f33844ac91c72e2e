// Reads of a network's charter: the current version (its highest) and the version history.
// The meeting and decision work reads the current version's rules from here.
import 'server-only';

import { db } from '@/server/db/client';

import { charterContent, type CharterContent, type CharterField } from './charter-content';

export type CurrentCharter = CharterContent & { id: string; version: number; createdAt: Date };

export type CharterHistoryEntry = {
  id: string;
  version: number;
  createdAt: Date;
  authorName: string | null;
  changedFields: CharterField[];
};

/** The network's charter as it stands, or null when it has none yet. */
export async function getCurrentCharter(networkId: string): Promise<CurrentCharter | null> {
  const row = await db().charterVersion.findFirst({ where: { networkId }, orderBy: { version: 'desc' } });
  if (!row) return null;
  return { id: row.id, version: row.version, createdAt: row.createdAt, ...charterContent(row) };
}

/** Every version, the latest first, with who saved it and what it changed. */
export async function getCharterHistory(networkId: string): Promise<CharterHistoryEntry[]> {
  const rows = await db().charterVersion.findMany({
    where: { networkId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, changedFields: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    authorName: row.createdBy?.name ?? null,
    changedFields: row.changedFields as CharterField[],
  }));
}
