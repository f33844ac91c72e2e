// What the network's current charter decides about votes (rules.ts, hasVote), read in the
// caller's transaction when there is one, so a vote counted in a decision follows the very
// charter version the decision is checked against.
import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/server/db/client';

import { DEFAULT_VOTING_RULES, type VotingRules } from './rules';

/** The current charter's voting rules; a network without a charter has the defaults. */
export async function getVotingRules(networkId: string, client: Prisma.TransactionClient = db()): Promise<VotingRules> {
  const charter = await client.charterVersion.findFirst({ where: { networkId }, orderBy: { version: 'desc' }, select: { associationsVote: true } });
  return charter ? { associationsVote: charter.associationsVote } : DEFAULT_VOTING_RULES;
}
