// What a person's own page (/me) shows of market dialogues: the dialogues they signed up for,
// with the deadlines, their questions, their company's written answer and booking; and the
// thematic areas they follow. Only the person's own part, never another company's.
import 'server-only';

import { db } from '@/server/db/client';

export async function listMyDialogues(userId: string, organizationId: string | null) {
  const signUps = await db().dialogueSignUp.findMany({
    where: { userId, withdrawnAt: null, dialogue: { publishedAt: { not: null } } },
    orderBy: { dialogue: { closesAt: 'asc' } },
    select: {
      dialogue: {
        select: {
          id: true,
          title: true,
          form: true,
          status: true,
          questionsCloseAt: true,
          closesAt: true,
          network: { select: { name: true } },
          questions: { where: { askedById: userId }, select: { answers: { select: { id: true }, take: 1 } } },
          responses: { where: { organizationId: organizationId ?? '' }, select: { submittedAt: true } },
          slots: { where: { bookedByOrganizationId: organizationId ?? '' }, select: { startsAt: true, endsAt: true } },
        },
      },
    },
  });
  return signUps.map(({ dialogue }) => ({
    id: dialogue.id,
    title: dialogue.title,
    form: dialogue.form,
    status: dialogue.status,
    questionsCloseAt: dialogue.questionsCloseAt,
    closesAt: dialogue.closesAt,
    network: dialogue.network.name,
    questionsAnswered: dialogue.questions.filter((q) => q.answers.length > 0).length,
    questionsWaiting: dialogue.questions.filter((q) => q.answers.length === 0).length,
    responseSubmittedAt: dialogue.responses[0]?.submittedAt ?? null,
    booking: dialogue.slots[0] ?? null,
  }));
}

/** The approved thematic areas, each with whether the person follows it. */
export async function listAreasToFollow(userId: string) {
  const areas = await db().thematicArea.findMany({
    where: { status: 'APPROVED' },
    select: { id: true, nameSv: true, nameEn: true, followers: { where: { userId }, select: { userId: true } } },
  });
  return areas.map((area) => ({ id: area.id, nameSv: area.nameSv, nameEn: area.nameEn, followed: area.followers.length > 0 }));
}
