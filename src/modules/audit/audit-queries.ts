// Reads of the audit log: one network's events (its coordinators) or every event (platform
// admins), newest first, a page at a time with a keyset cursor on (createdAt, id), so a page
// deep in a long log costs the same as the first. Each event comes with the actor's name, the
// network's name, whom or what it concerned, and its before/after summary in words.
import 'server-only';

import type { AuditOutcome } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { db } from '@/server/db/client';
import { encodeLogCursor, type LogCursor } from '@/ui/log-view';

import { actionLabel, describeChange, entityTypeLabel, type ChangeLine } from './audit-summary';

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventView = {
  id: string;
  /** ISO timestamp */
  createdAt: string;
  action: string;
  actionLabel: string;
  outcome: AuditOutcome;
  /** null: nobody was signed in (a denied attempt), or the account is gone. */
  actorName: string | null;
  signedOut: boolean;
  network: { slug: string; name: string } | null;
  entityTypeLabel: string;
  /** Whom or what the event concerned, e.g. the member's name; null when unknown. */
  subject: string | null;
  changes: ChangeLine[];
};

export type AuditPage = { events: AuditEventView[]; nextCursor: string | null };

export type AuditScope = { networkId: string } | 'all';

export async function listAuditEvents(
  scope: AuditScope,
  view: { outcome: AuditOutcome | null; cursor: LogCursor | null },
  locale: Locale,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const { cursor } = view;
  const rows = await db().auditEvent.findMany({
    where: {
      ...(scope === 'all' ? {} : { networkId: scope.networkId }),
      ...(view.outcome ? { outcome: view.outcome } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      outcome: true,
      actorId: true,
      entityType: true,
      entityId: true,
      networkId: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeLogCursor({ createdAt: last.createdAt, id: last.id }) : null;

  const messages = getMessages(locale);
  const [networks, subjects] = await Promise.all([
    networkNames(page.flatMap((row) => (row.networkId ? [row.networkId] : []))),
    subjectNames(page, messages),
  ]);

  return {
    nextCursor,
    events: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      actionLabel: actionLabel(row.action, messages),
      outcome: row.outcome,
      actorName: row.actor?.name ?? null,
      signedOut: row.actorId === null,
      network: (row.networkId && networks.get(row.networkId)) || null,
      entityTypeLabel: entityTypeLabel(row.entityType, messages),
      subject: (row.entityId && subjects.get(`${row.entityType}:${row.entityId}`)) || null,
      changes: describeChange(row.before, row.after, messages, locale),
    })),
  };
}

async function networkNames(ids: string[]): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const networks = await db().network.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, slug: true, name: true } });
  return new Map(networks.map((n) => [n.id, { slug: n.slug, name: n.name }]));
}

type Target = { entityType: string; entityId: string | null };
type Named = [id: string, text: string];

/**
 * Names the record each event concerned: one query per kind of record on the page (at most
 * six), however many events there are. Keyed "EntityType:id".
 */
async function subjectNames(events: Target[], messages: Messages): Promise<Map<string, string>> {
  const client = db();
  const named = async (type: string, find: (ids: string[]) => Promise<Named[]>): Promise<Named[]> => {
    const ids = [...new Set(events.flatMap((e) => (e.entityType === type && e.entityId ? [e.entityId] : [])))];
    if (ids.length === 0) return [];
    return (await find(ids)).map(([id, text]): Named => [`${type}:${id}`, text]);
  };
  const byId = { id: true } as const;
  const lists = await Promise.all([
    named('Membership', async (ids) =>
      (await client.membership.findMany({ where: { id: { in: ids } }, select: { ...byId, user: { select: { name: true } } } })).map((m): Named => [m.id, m.user.name]),
    ),
    named('JoinRequest', async (ids) =>
      (await client.joinRequest.findMany({ where: { id: { in: ids } }, select: { ...byId, user: { select: { name: true } } } })).map((r): Named => [r.id, r.user.name]),
    ),
    named('Invitation', async (ids) =>
      (await client.invitation.findMany({ where: { id: { in: ids } }, select: { ...byId, email: true } })).map((i): Named => [i.id, i.email]),
    ),
    named('NetworkGroup', async (ids) =>
      (await client.networkGroup.findMany({ where: { id: { in: ids } }, select: { ...byId, name: true } })).map((g): Named => [g.id, g.name]),
    ),
    named('GroupMembership', async (ids) =>
      (
        await client.groupMembership.findMany({
          where: { id: { in: ids } },
          select: { ...byId, user: { select: { name: true } }, group: { select: { name: true } } },
        })
      ).map((g): Named => [g.id, `${g.user.name} (${g.group.name})`]),
    ),
    named('CharterVersion', async (ids) =>
      (await client.charterVersion.findMany({ where: { id: { in: ids } }, select: { ...byId, version: true } })).map((c): Named => [
        c.id,
        messages.audit.charterVersion(c.version),
      ]),
    ),
  ]);
  return new Map(lists.flat());
}
