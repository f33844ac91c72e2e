// Reads of the audit log: one network's events (its coordinators) or every event (platform
// admins), newest first, a page at a time with a keyset cursor on (createdAt, id), so a page
// deep in a long log costs the same as the first. Each event comes with the actor's name, the
// network's name, whom or what it concerned (a person or an organisation by name, too), and
// its before/after summary in words. Names are read in one query per kind of record for the
// whole page, never one per event.
import 'server-only';

import type { AuditOutcome } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { db } from '@/server/db/client';
import { encodeLogCursor, type LogCursor } from '@/ui/log-view';

import { actionLabel, describeChange, entityTypeLabel, organisationIdsIn, type ChangeLine } from './audit-summary';

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
      actor: { select: { name: true, deletedAt: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeLogCursor({ createdAt: last.createdAt, id: last.id }) : null;

  const messages = getMessages(locale);
  const [networks, subjects, organisations] = await Promise.all([
    networkNames(page.flatMap((row) => (row.networkId ? [row.networkId] : []))),
    subjectNames(page, messages),
    // The organisations events concern and those their summaries name, in one query.
    organisationNames(page.flatMap((row) => [...(row.entityType === 'Organization' && row.entityId ? [row.entityId] : []), ...organisationIdsIn(row.before, row.after)])),
  ]);

  return {
    nextCursor,
    events: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      actionLabel: actionLabel(row.action, messages, row.outcome),
      outcome: row.outcome,
      // A deleted account's row says "Tidigare användare" in Swedish; the reader reads their own language.
      actorName: row.actor ? (row.actor.deletedAt ? messages.audit.formerUser : row.actor.name) : null,
      signedOut: row.actorId === null,
      network: (row.networkId && networks.get(row.networkId)) || null,
      entityTypeLabel: entityTypeLabel(row.entityType, messages),
      subject: (row.entityId && subjectOf(row.entityType, row.entityId, subjects, organisations, messages)) || null,
      changes: describeChange(row.before, row.after, messages, locale, organisations),
    })),
  };
}

async function networkNames(ids: string[]): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const networks = await db().network.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, slug: true, name: true } });
  return new Map(networks.map((n) => [n.id, { slug: n.slug, name: n.name }]));
}

async function organisationNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const organisations = await db().organization.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(organisations.map((o) => [o.id, o.name]));
}

/** Whom or what an event concerned; an organisation merged away since is named as removed. */
function subjectOf(entityType: string, entityId: string, subjects: Map<string, string>, organisations: Map<string, string>, messages: Messages): string | null {
  if (entityType === 'Organization') return organisations.get(entityId) ?? messages.audit.removedOrganisation;
  return subjects.get(`${entityType}:${entityId}`) ?? null;
}

type Target = { entityType: string; entityId: string | null };
type Named = [id: string, text: string];

/**
 * Names the record each event concerned: one query per kind of record on the page (at most
 * seven), however many events there are. Keyed "EntityType:id". Organisations are named
 * with the organisations the summaries mention (organisationNames).
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
      ).map((g): Named => [g.id, fill(messages.audit.groupPlace, { person: g.user.name, group: g.group.name })]),
    ),
    named('User', async (ids) =>
      (await client.user.findMany({ where: { id: { in: ids } }, select: { ...byId, name: true, deletedAt: true } })).map((u): Named => [
        u.id,
        u.deletedAt ? messages.audit.formerUser : u.name,
      ]),
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
