'use server';

// A person chooses the thematic areas they follow: when a network in one of them publishes a
// market dialogue, they are told (coordinator-actions.ts). Always the signed-in person's own
// choice; only approved areas can be followed.
import { z } from 'zod';

import type { FormState } from '@/server/actions/network-action';
import { runPersonAction } from '@/server/actions/person-action';

export async function saveFollowedAreasAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'dialogue.followAreas',
    schema: () => z.looseObject({}),
    perform: async ({ tx, input, user, t }) => {
      const chosen = Object.keys(input as Record<string, unknown>)
        .filter((key) => key.startsWith('area-') && (input as Record<string, unknown>)[key] === 'on')
        .map((key) => key.slice('area-'.length));
      const areas = await tx.thematicArea.findMany({ where: { id: { in: chosen }, status: 'APPROVED' }, select: { id: true } });
      if (areas.length !== new Set(chosen).size) return { message: '', fieldError: { areas: t.dialogueValidation.areaUnknown } };
      const before = await tx.areaFollow.findMany({ where: { userId: user.id }, select: { areaId: true } });
      const wanted = new Set(areas.map((area) => area.id));
      const had = new Set(before.map((follow) => follow.areaId));
      if (wanted.size === had.size && [...wanted].every((id) => had.has(id))) return { message: t.dialogues.followSaved, unchanged: true };
      await tx.areaFollow.deleteMany({ where: { userId: user.id, areaId: { notIn: [...wanted] } } });
      await tx.areaFollow.createMany({ data: [...wanted].filter((id) => !had.has(id)).map((areaId) => ({ userId: user.id, areaId })), skipDuplicates: true });
      return { message: t.dialogues.followSaved, audit: { before: { areas: had.size }, after: { areas: wanted.size } } };
    },
  });
}
