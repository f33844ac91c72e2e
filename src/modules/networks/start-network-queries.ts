// Reads for the start and profile forms: the thematic areas to choose from, and the profile as
// stored (for a network whose manager the page has checked).
import 'server-only';

import type { Locale } from '@/i18n/locales';
import { db } from '@/server/db/client';

export type AreaOption = { id: string; name: string; proposed: boolean };

/** The approved areas, and the network's own area when it is still a proposal (the profile form). */
export async function listThematicAreas(locale: Locale, ownAreaId: string | null = null): Promise<AreaOption[]> {
  const areas = await db().thematicArea.findMany({
    where: { OR: [{ status: 'APPROVED' }, ...(ownAreaId ? [{ id: ownAreaId }] : [])] },
    select: { id: true, nameSv: true, nameEn: true, status: true },
  });
  // Sorted here: the database's collation may not know Swedish (Å, Ä, Ö).
  const collator = new Intl.Collator(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return areas
    .map((area) => ({ id: area.id, name: locale === 'sv' ? area.nameSv : area.nameEn, proposed: area.status === 'PROPOSED' }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What the profile form starts from, with the version a save must name. */
export function getEditableProfile(networkId: string) {
  return db().network.findUniqueOrThrow({
    where: { id: networkId },
    select: {
      name: true,
      descriptionSv: true,
      descriptionEn: true,
      aboutSv: true,
      aboutEn: true,
      areaId: true,
      initiator: true,
      startYear: true,
      contactName: true,
      contactEmail: true,
      profileVersion: true,
      arranger: { select: { name: true } },
    },
  });
}

/** The network's status now, for the status form's allowed moves. */
export async function getNetworkStatus(networkId: string) {
  const network = await db().network.findUniqueOrThrow({ where: { id: networkId }, select: { status: true } });
  return network.status;
}
