'use server';

// Saving a year's assessment of the five success factors: the coordinators' for the network,
// or a member's own view (docs/decisions/0024). The year is this Swedish calendar year, set
// here, never taken from the form: earlier years stay as they were assessed. Saving again
// replaces that year's scores. runNetworkAction locks the network's row, so two saves at once
// keep one assessment per year (the unique index is the last word).
import { fill } from '@/i18n/template';
import { donePath, goToCreated } from '@/server/actions/after-success';
import { runNetworkAction, Refusal, type FormState, type Located } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { dashboardPath } from '../dashboard-paths';
import { swedishDate } from '../rules';
import { factorAssessmentSchema } from '../success-factors';

export async function saveFactorAssessment(_previous: FormState, formData: FormData): Promise<FormState> {
  // Saved, the browser goes to the dashboard with the confirmation, beside earlier years.
  return goToCreated(await runNetworkAction(formData, {
    action: 'network.assessFactors',
    schema: factorAssessmentSchema,
    locate: async (tx, input): Promise<Located | null> => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'FactorAssessment', entityId: null };
    },
    // The secretariat's assessment is the coordinators' work; a member's view is any participant's.
    authorize: (actor, { input }) => can(actor, input.scope === 'secretariat' ? 'manage' : 'participate'),
    perform: async ({ tx, input, user, actor, network, locale, now, t }) => {
      // Observers (funders) follow the network; their view is not a member's.
      if (input.scope === 'member' && actor.membership?.role === 'OBSERVER') throw new Refusal('observerCannotAssess');
      const year = Number(swedishDate(now).slice(0, 4));
      const memberId = input.scope === 'member' ? user.id : null;
      const existing = await tx.factorAssessment.findFirst({ where: { networkId: network.id, year, memberId }, select: { id: true, scores: { select: { factor: true, score: true } } } });
      const scores = input.scores.map(({ factor, score, comment }) => ({ factor, score, comment }));
      const assessment = existing
        ? await tx.factorAssessment.update({
            where: { id: existing.id },
            data: { savedById: user.id, scores: { deleteMany: {}, create: scores } },
            select: { id: true },
          })
        : await tx.factorAssessment.create({ data: { networkId: network.id, year, memberId, savedById: user.id, scores: { create: scores } }, select: { id: true } });
      const summary = (list: ReadonlyArray<{ factor: keyof typeof t.successFactors.names; score: number }>) =>
        list.map((s) => `${t.successFactors.names[s.factor]} ${s.score}`).join(', ');
      return {
        message: fill(input.scope === 'secretariat' ? t.successFactors.saved : t.successFactors.viewSaved, { year: String(year) }),
        detail: donePath(dashboardPath(locale, network.slug), input.scope === 'secretariat' ? 'assessed' : 'viewed'),
        entityId: assessment.id,
        audit: {
          ...(existing ? { before: { year, scores: summary(existing.scores) } } : {}),
          after: { year, ownView: input.scope === 'member', scores: summary(scores) },
        },
      };
    },
  }));
}
