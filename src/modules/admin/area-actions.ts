'use server';

// What platform admins do with thematic areas that founders proposed: approve one, so that
// every founder is offered it, or merge it into an existing area (a near duplicate): its
// networks and needs move there and the proposal is gone. Moving a network's area updates its
// search document through the registry's triggers.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { runPersonAction, type PersonOutcome } from '@/server/actions/person-action';
import type { CurrentUser } from '@/server/auth/current-user';

const adminOnly = (user: CurrentUser) => (user.platformRole === 'ADMIN' ? null : 'notAdmin');

const areaId = (t: Messages) => z.string({ error: t.adminAreas.areaRequired }).trim().min(1, t.adminAreas.areaRequired).max(40);

/** The proposal the form names; an approved area, or one already handled, is not a proposal. */
async function loadProposal(tx: Tx, id: string) {
  const area = await tx.thematicArea.findUnique({ where: { id }, select: { id: true, slug: true, nameSv: true, nameEn: true, status: true } });
  if (!area) throw new Refusal('notFound');
  if (area.status !== 'PROPOSED') throw new Refusal('areaNotProposed');
  return area;
}

export async function approveArea(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'admin.area.approve',
    schema: (t: Messages) => z.object({ areaId: areaId(t) }),
    authorize: adminOnly,
    perform: async ({ tx, input, t }): Promise<PersonOutcome> => {
      const area = await loadProposal(tx, input.areaId);
      await tx.thematicArea.update({ where: { id: area.id }, data: { status: 'APPROVED' } });
      return {
        message: t.adminAreas.approved(area.nameSv),
        entity: { type: 'ThematicArea', id: area.id },
        audit: { before: { area: area.slug, areaStatus: 'PROPOSED' }, after: { area: area.slug, areaStatus: 'APPROVED' } },
      };
    },
  });
}

export async function mergeArea(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'admin.area.merge',
    schema: (t: Messages) => z.object({ areaId: areaId(t), target: areaId(t) }),
    authorize: adminOnly,
    perform: async ({ tx, input, t }): Promise<PersonOutcome> => {
      const area = await loadProposal(tx, input.areaId);
      const target = await tx.thematicArea.findUnique({ where: { id: input.target }, select: { id: true, slug: true, nameSv: true, status: true } });
      if (!target || target.status !== 'APPROVED') return { message: t.adminAreas.targetUnknown, fieldError: { target: t.adminAreas.targetUnknown } };
      const [networks, needs] = await Promise.all([
        tx.network.updateMany({ where: { areaId: area.id }, data: { areaId: target.id } }),
        tx.need.updateMany({ where: { areaId: area.id }, data: { areaId: target.id } }),
      ]);
      await tx.thematicArea.delete({ where: { id: area.id } });
      return {
        message: t.adminAreas.merged(area.nameSv, target.nameSv),
        entity: { type: 'ThematicArea', id: target.id },
        audit: { before: { area: area.slug, nameSv: area.nameSv, nameEn: area.nameEn }, after: { area: target.slug, networks: networks.count, needs: needs.count } },
      };
    },
  });
}
