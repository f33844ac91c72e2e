// Needs and rounds built straight in the database for the prioritisation tests (the need
// register's own actions are tested elsewhere).
import type { PrismaClient } from '@/generated/prisma/client';
import type { NeedStatus } from '@/generated/prisma/enums';

let counter = 0;

/** `count` needs of the network, in one of its thematic areas. */
export async function createNeeds(prisma: PrismaClient, networkId: string, count: number, status: NeedStatus = 'PROPOSED') {
  const area =
    (await prisma.thematicArea.findFirst({ where: { networks: { some: { id: networkId } } }, select: { id: true } })) ??
    (await prisma.thematicArea.findFirstOrThrow({ select: { id: true } }));
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    counter += 1;
    const need = await prisma.need.create({
      data: { networkId, title: `Testbehov ${counter}`, problem: 'Ett problem som flera organisationer har.', areaId: area.id, status },
      select: { id: true },
    });
    ids.push(need.id);
  }
  return ids;
}

const DAY = 24 * 3600_000;

/** A round over new needs of the network; open for a week unless `closesAt` says otherwise. */
export async function createRound(
  prisma: PrismaClient,
  networkId: string,
  options: { needs?: number; needIds?: string[]; closesAt?: Date; points?: number } = {},
) {
  counter += 1;
  const needIds = options.needIds ?? (await createNeeds(prisma, networkId, options.needs ?? 3));
  const round = await prisma.prioritisationRound.create({
    data: {
      networkId,
      title: `Testrunda ${counter}`,
      closesAt: options.closesAt ?? new Date(Date.now() + 7 * DAY),
      pointsPerOrganization: options.points ?? 100,
      needs: { create: needIds.map((needId) => ({ needId })) },
    },
    select: { id: true, title: true },
  });
  return { roundId: round.id, title: round.title, needIds };
}

/** A ballot straight in the database (for rounds that have closed, or other organisations). */
export async function insertBallot(prisma: PrismaClient, roundId: string, organizationId: string, points: Record<string, number>) {
  return prisma.prioritisationBallot.create({
    data: { roundId, organizationId, points: { create: Object.entries(points).map(([needId, value]) => ({ needId, points: value })) } },
    select: { id: true },
  });
}
