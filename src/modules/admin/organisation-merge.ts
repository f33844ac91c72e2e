// Merging a duplicate organisation into the one to keep, inside the caller's transaction: every
// row that refers to the duplicate is moved to the kept organisation, then the duplicate is
// deleted. Where a unique constraint allows one row per organisation (a need's organisations,
// a round's ballots, a need's commitments) and both have one, the kept organisation's row stays
// and the duplicate's is removed, with its content in the summary for the audit log.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/server/actions/network-action';

export type MergeSummary = {
  moved: Record<string, number>;
  /** The duplicate's rows that collided with the kept organisation's and were removed. */
  collisions: {
    needLinks: string[];
    ballots: Array<{ id: string; roundId: string; castById: string | null; castAt: string; points: Array<{ needId: string; points: number }> }>;
    commitments: Array<{
      id: string;
      needId: string;
      level: string;
      annualCostOre: string | null;
      expectedVolume: number | null;
      costBasis: string;
      conditions: string;
      statedById: string | null;
      statedAt: string;
    }>;
  };
  movedOrganizationNumber: string | null;
};

export const collisionCount = (summary: MergeSummary) =>
  summary.collisions.ballots.length + summary.collisions.commitments.length;

export async function mergeOrganisations(tx: Tx, duplicate: { id: string; organizationNumber: string | null }, kept: { id: string; organizationNumber: string | null }): Promise<MergeSummary> {
  const from = { organizationId: duplicate.id };
  const to = { organizationId: kept.id };

  // A need both organisations share keeps one row: the kept organisation's.
  const keptNeedIds = (await tx.needOrganization.findMany({ where: to, select: { needId: true } })).map((row) => row.needId);
  const sharedNeeds = (await tx.needOrganization.findMany({ where: { ...from, needId: { in: keptNeedIds } }, select: { needId: true } })).map((row) => row.needId);
  await tx.needOrganization.deleteMany({ where: { ...from, needId: { in: sharedNeeds } } });

  // One ballot per organisation and round.
  const keptRoundIds = (await tx.prioritisationBallot.findMany({ where: to, select: { roundId: true } })).map((row) => row.roundId);
  const collidingBallots = await tx.prioritisationBallot.findMany({
    where: { ...from, roundId: { in: keptRoundIds } },
    select: { id: true, roundId: true, castById: true, castAt: true, points: { select: { needId: true, points: true } } },
  });
  await tx.prioritisationBallot.deleteMany({ where: { id: { in: collidingBallots.map((ballot) => ballot.id) } } });

  // One commitment per organisation and need.
  const keptCommitmentNeeds = (await tx.needCommitment.findMany({ where: to, select: { needId: true } })).map((row) => row.needId);
  const collidingCommitments = await tx.needCommitment.findMany({ where: { ...from, needId: { in: keptCommitmentNeeds } } });
  await tx.needCommitment.deleteMany({ where: { id: { in: collidingCommitments.map((commitment) => commitment.id) } } });

  const moved: Record<string, number> = {
    users: (await tx.user.updateMany({ where: from, data: to })).count,
    arrangedNetworks: (await tx.network.updateMany({ where: { arrangerId: duplicate.id }, data: { arrangerId: kept.id } })).count,
    fundings: (await tx.networkFunder.updateMany({ where: { funderOrganizationId: duplicate.id }, data: { funderOrganizationId: kept.id } })).count,
    memberships: (await tx.membership.updateMany({ where: from, data: to })).count,
    joinRequests: (await tx.joinRequest.updateMany({ where: from, data: to })).count,
    needLinks: (await tx.needOrganization.updateMany({ where: from, data: to })).count,
    ledNeeds: (await tx.need.updateMany({ where: { leadOrganizationId: duplicate.id }, data: { leadOrganizationId: kept.id } })).count,
    ballots: (await tx.prioritisationBallot.updateMany({ where: from, data: to })).count,
    commitments: (await tx.needCommitment.updateMany({ where: from, data: to })).count,
    receivedHandovers: (await tx.handover.updateMany({ where: { receivingOrganizationId: duplicate.id }, data: { receivingOrganizationId: kept.id } })).count,
    callOffs: (await tx.handoverResult.updateMany({ where: from, data: to })).count,
    domains: (await tx.organizationDomain.updateMany({ where: from, data: to })).count,
  };

  // The number is unique: it leaves the duplicate before the kept organisation takes it.
  const movedOrganizationNumber = duplicate.organizationNumber && !kept.organizationNumber ? duplicate.organizationNumber : null;
  if (movedOrganizationNumber) await tx.organization.update({ where: { id: duplicate.id }, data: { organizationNumber: null } });
  await tx.organization.delete({ where: { id: duplicate.id } });
  if (movedOrganizationNumber) await tx.organization.update({ where: { id: kept.id }, data: { organizationNumber: movedOrganizationNumber } });

  return {
    moved,
    collisions: {
      needLinks: sharedNeeds,
      ballots: collidingBallots.map((ballot) => ({ ...ballot, castAt: ballot.castAt.toISOString() })),
      commitments: collidingCommitments.map((commitment) => ({
        id: commitment.id,
        needId: commitment.needId,
        level: commitment.level,
        annualCostOre: commitment.annualCostOre === null ? null : commitment.annualCostOre.toString(),
        expectedVolume: commitment.expectedVolume,
        costBasis: commitment.costBasis,
        conditions: commitment.conditions,
        statedById: commitment.statedById,
        statedAt: commitment.statedAt.toISOString(),
      })),
    },
    movedOrganizationNumber,
  };
}

/** The summary as the audit event's fields: what moved, what collided, the number moved. */
export const mergeAuditJson = (summary: MergeSummary): Record<string, Prisma.InputJsonValue> => summary as unknown as Record<string, Prisma.InputJsonValue>;
