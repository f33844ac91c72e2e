// The thematic area a start or profile form chose: an approved area, the network's own area
// (which may still be a proposal), or a new proposal typed into the form. A proposal is the
// network's to use at once; others are offered it only once a platform admin has approved it
// (docs/decisions/0017). Runs inside the action's transaction.
import 'server-only';

import type { Messages } from '@/i18n/messages';
import { FieldRefusal, Refusal, type Tx } from '@/server/actions/network-action';

import { firstFreeSlug, networkSlugFrom, slugCandidates } from './network-slug';
import { NEW_AREA } from './start-network-fields';

type AreaInput = { areaId: string; newAreaSv: string; newAreaEn: string };
export type ChosenArea = { id: string; slug: string; proposed: boolean };

/** Proposals are rare; one lock makes two founders proposing the same name at once take turns. */
const AREA_PROPOSAL_LOCK = 7_426_011_407;

export async function chooseArea(tx: Tx, input: AreaInput, context: { userId: string; currentAreaId: string | null; t: Messages }): Promise<ChosenArea> {
  if (input.areaId !== NEW_AREA) {
    const area = await tx.thematicArea.findUnique({ where: { id: input.areaId }, select: { id: true, slug: true, status: true } });
    // The select offers approved areas and the network's own: any other id was not sent by the form.
    if (!area || (area.status === 'PROPOSED' && area.id !== context.currentAreaId)) throw new Refusal('networkAreaUnknown');
    return { id: area.id, slug: area.slug, proposed: area.status === 'PROPOSED' };
  }

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AREA_PROPOSAL_LOCK}::bigint)`;
  const nameSv = input.newAreaSv;
  const nameEn = input.newAreaEn || input.newAreaSv;
  const existing = await tx.thematicArea.findFirst({
    where: {
      OR: [
        { nameSv: { equals: nameSv, mode: 'insensitive' } },
        { nameEn: { equals: nameEn, mode: 'insensitive' } },
      ],
    },
    select: { nameSv: true, nameEn: true, status: true },
  });
  const errors = context.t.startNetwork.errors;
  if (existing?.status === 'APPROVED') throw new FieldRefusal({ newAreaSv: errors.areaExists(existing.nameSv) });
  if (existing) throw new FieldRefusal({ newAreaSv: errors.areaAlreadyProposed });

  const candidates = slugCandidates(networkSlugFrom(nameSv), 50);
  const taken = await tx.thematicArea.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  const slug = firstFreeSlug(candidates, new Set(taken.map((area) => area.slug)));
  if (!slug) throw new FieldRefusal({ newAreaSv: errors.areaAlreadyProposed });
  const area = await tx.thematicArea.create({
    data: { slug, nameSv, nameEn, status: 'PROPOSED', proposedById: context.userId, proposedAt: new Date() },
    select: { id: true, slug: true },
  });
  return { ...area, proposed: true };
}
