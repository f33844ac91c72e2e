'use server';

// The innovation ladder's two actions. The coordinator assesses the market's maturity for a
// need: a new MaturityAssessment every time (old ones are never edited, so the need's page
// shows how its step moved) and the need takes the chosen step. The suggested step is
// computed here from the answers with the documented rule (ladder.ts); a step other than
// the suggestion needs a written reason. The network's participants then work through the
// checklist of that step, one item at a time.
import { runNetworkAction, Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { isChecklistKey } from '../ladder';
import { assessmentSchema, checklistItemSchema } from '../ladder-forms';
import { locateNeed } from '../locate-need';

async function needToChange(tx: Tx, needId: string) {
  const need = await tx.need.findUniqueOrThrow({ where: { id: needId }, select: { status: true, ladderStep: true } });
  if (need.status === 'ARCHIVED') throw new Refusal('needArchived');
  return need;
}

export async function assessNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.assess',
    schema: assessmentSchema,
    locate: (tx, input) => locateNeed(tx, input.needId, 'MaturityAssessment'),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, t }) => {
      const need = await needToChange(tx, input.needId);
      const assessment = await tx.maturityAssessment.create({
        data: {
          needId: input.needId,
          offersSolutions: input.offersSolutions,
          offersSolutionsEvidence: input.offersSolutionsEvidence,
          prioritisedArea: input.prioritisedArea,
          prioritisedAreaEvidence: input.prioritisedAreaEvidence,
          understandsNeed: input.understandsNeed,
          understandsNeedEvidence: input.understandsNeedEvidence,
          evidenceLinks: input.evidenceLinks,
          suggestedStep: input.suggestedStep,
          chosenStep: input.chosenStep,
          overrideReason: input.overrideReason,
          assessedById: user.id,
        },
        select: { id: true },
      });
      await tx.need.update({ where: { id: input.needId }, data: { ladderStep: input.chosenStep } });
      return {
        message: t.ladder.assess.saved(t.needEnums.step[input.chosenStep]),
        entityId: assessment.id,
        audit: {
          before: { ladderStep: need.ladderStep },
          after: {
            ladderStep: input.chosenStep,
            suggestedStep: input.suggestedStep,
            ...(input.overrideReason ? { overrideReason: input.overrideReason } : {}),
          },
        },
      };
    },
  });
}

export async function updateChecklistItem(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.checklist',
    schema: checklistItemSchema,
    locate: (tx, input) => locateNeed(tx, input.needId, 'LadderChecklistEntry'),
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, user, t }) => {
      const need = await needToChange(tx, input.needId);
      const step = need.ladderStep;
      if (!step) throw new Refusal('noLadderStep');
      // The checklist is the current step's: an item of another step (a page opened before
      // the step changed, or a forged key) is refused rather than stored where no one sees it.
      if (!isChecklistKey(step, input.itemKey)) throw new Refusal('checklistItemUnknown');
      const key = { needId: input.needId, step, itemKey: input.itemKey };
      const before = await tx.ladderChecklistEntry.findUnique({
        where: { needId_step_itemKey: key },
        select: { covered: true, notes: true, evidenceUrl: true },
      });
      const data = { covered: input.covered, notes: input.notes, evidenceUrl: input.evidenceUrl, updatedById: user.id };
      const entry = await tx.ladderChecklistEntry.upsert({
        where: { needId_step_itemKey: key },
        create: { ...key, ...data },
        update: data,
        select: { id: true },
      });
      const summary = { covered: input.covered, notes: input.notes, evidenceUrl: input.evidenceUrl };
      return {
        message: t.ladder.checklist.saved,
        entityId: entry.id,
        audit: { before: before ? { itemKey: input.itemKey, ...before } : undefined, after: { itemKey: input.itemKey, ...summary } },
      };
    },
  });
}
