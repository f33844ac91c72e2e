// Audit events: who did what to which record, when, and what it looked like before and
// after. Allowed changes are written in the same transaction as the change; denied attempts
// after the rollback, so a refusal leaves a trace but no change. Each event keeps the id of the
// request that caused it, which leads to that request's lines in the server's log.
import 'server-only';

import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { AuditOutcome } from '@/generated/prisma/enums';

import { currentRequestId } from './request-id';

/** A short before/after summary: the fields that matter, not whole records. */
export type AuditSummary = { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };

export type AuditEventInput = AuditSummary & {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  networkId?: string | null;
  outcome: AuditOutcome;
};

export async function writeAuditEvent(client: Prisma.TransactionClient | PrismaClient, event: AuditEventInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      networkId: event.networkId ?? null,
      outcome: event.outcome,
      before: event.before,
      after: event.after,
      requestId: await currentRequestId(),
    },
  });
}
