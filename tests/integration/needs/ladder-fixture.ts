// Needs built straight in the database for the ladder tests (the need register's own actions
// are tested elsewhere): a need of a network, with a step on the ladder or without one.
import type { PrismaClient } from '@/generated/prisma/client';
import type { LadderStep, NeedStatus } from '@/generated/prisma/enums';

let counter = 0;

export async function createLadderNeed(
  prisma: PrismaClient,
  networkId: string,
  options: { step?: LadderStep | null; status?: NeedStatus; isPublic?: boolean; title?: string; ownerId?: string } = {},
) {
  counter += 1;
  const area =
    (await prisma.thematicArea.findFirst({ where: { networks: { some: { id: networkId } } }, select: { id: true } })) ??
    (await prisma.thematicArea.findFirstOrThrow({ select: { id: true } }));
  return prisma.need.create({
    data: {
      networkId,
      title: options.title ?? `Trappbehov ${counter}`,
      problem: 'Ett problem som flera organisationer har.',
      areaId: area.id,
      status: options.status ?? 'PROPOSED',
      ladderStep: options.step ?? null,
      isPublic: options.isPublic ?? false,
      ownerId: options.ownerId,
    },
    select: { id: true, title: true },
  });
}

/** Answers that the rule turns into "introduce" (solutions in part, area prioritised, need understood). */
export const INTRODUCE_ANSWERS = { offersSolutions: 'PARTLY', prioritisedArea: 'YES', understandsNeed: 'YES' } as const;
