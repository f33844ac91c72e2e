// "My data": everything Trappan holds about the signed-in person, as one JSON file they download
// from My account (GET /{locale}/me/account/export; the right of access and to data
// portability, GDPR articles 15 and 20). One query per table, whatever the amount of data.
//
// Only the person's own data: never another person's name, address or id. So records that
// others share with them are described by what they are (a network's name, a meeting's title,
// a decision's motion), not by who else took part; who decided, removed or handed over is left
// out; invitations the person sent leave out the invitee's address; and the audit log's
// before/after is kept only for events about the person's own account. No ids at all (slugs
// name the networks), no session ids, token hashes or password hash.
import 'server-only';

import type {
  AccountTokenPurpose,
  AffiliationStatus,
  AgendaItemKind,
  AgendaItemStatus,
  AuditOutcome,
  CommitmentLevel,
  Competence,
  GroupKind,
  HandoverDocumentKind,
  JoinRequestStatus,
  MembershipRole,
  MembershipStatus,
  NeedStatus,
  NotificationStatus,
  PlatformRole,
  RegistrationAnswer,
  SuccessFactor,
  VoteChoice,
  DecisionOutcome,
} from '@/generated/prisma/enums';
import { isLocale, type Locale } from '@/i18n/locales';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';

/** Grows when a field changes meaning or goes; new fields keep the version. */
export const MY_DATA_VERSION = 1;

type Iso = string;
type NetworkRef = { name: string; slug: string };
type MeetingRef = { title: string; startsAt: Iso; network: NetworkRef };

export type MyDataExport = {
  version: typeof MY_DATA_VERSION;
  exportedAt: Iso;
  profile: {
    name: string;
    title: string | null;
    email: string;
    emailVerifiedAt: Iso | null;
    locale: string;
    organization: { name: string; organizationNumber: string | null } | null;
    affiliation: AffiliationStatus;
    platformRole: PlatformRole;
    createdAt: Iso;
    lastSignInAt: Iso | null;
    mutedMailKinds: string[];
    /** Whether a personal calendar link exists, and since when; the link's secret is never stored. */
    calendarFeed: { exists: boolean; createdAt: Iso | null };
  };
  sessions: Array<{ createdAt: Iso; expiresAt: Iso }>;
  /** Links mailed to the person (confirming an address, a new password): what for and when, never the secret. */
  accountLinks: Array<{ purpose: AccountTokenPurpose; email: string; createdAt: Iso; expiresAt: Iso; usedAt: Iso | null }>;
  memberships: Array<{
    network: NetworkRef;
    organization: string | null;
    role: MembershipRole;
    status: MembershipStatus;
    competence: Competence | null;
    isListed: boolean;
    joinedAt: Iso;
    leftAt: Iso | null;
    removedReason: string | null;
  }>;
  joinRequests: Array<{
    network: NetworkRef;
    organization: string | null;
    motivation: string;
    competence: Competence;
    status: JoinRequestStatus;
    createdAt: Iso;
    decidedAt: Iso | null;
    decisionReason: string | null;
  }>;
  /** Sent: to whom is left out (another person's address). Accepted: the address it was sent to. */
  invitations: {
    sent: Array<{ network: NetworkRef; role: MembershipRole; createdAt: Iso; expiresAt: Iso; acceptedAt: Iso | null; revokedAt: Iso | null }>;
    accepted: Array<{ network: NetworkRef; role: MembershipRole; email: string; createdAt: Iso; acceptedAt: Iso | null }>;
  };
  groupMemberships: Array<{ network: NetworkRef; group: string; kind: GroupKind; addedAt: Iso; removedAt: Iso | null; removedReason: string | null }>;
  meetingRegistrations: Array<{ meeting: MeetingRef; answer: RegistrationAnswer; updatedAt: Iso }>;
  meetingAttendance: Array<{ meeting: MeetingRef; role: MembershipRole; hasVote: boolean; arrivedAt: Iso; leftAt: Iso | null }>;
  votes: Array<{ meeting: MeetingRef; motion: string; outcome: DecisionOutcome; recordedAt: Iso; choice: VoteChoice }>;
  proposedAgendaItems: Array<{ meeting: MeetingRef; title: string; description: string; kind: AgendaItemKind; status: AgendaItemStatus; createdAt: Iso }>;
  needs: Array<{ network: NetworkRef; title: string; problem: string; status: NeedStatus; createdAt: Iso; proposedByMe: boolean; ownedByMe: boolean }>;
  commitments: Array<{
    network: NetworkRef;
    need: string;
    organization: string;
    level: CommitmentLevel;
    /** Öre a year, as a string of digits (a JSON number would lose precision). */
    annualCostOre: string | null;
    costBasis: string;
    expectedVolume: number | null;
    conditions: string;
    statedAt: Iso;
  }>;
  ballots: Array<{ network: NetworkRef; round: string; organization: string; castAt: Iso; points: Array<{ need: string; points: number }> }>;
  handovers: Array<{
    network: NetworkRef;
    need: string;
    receivingOrganization: string;
    note: string;
    handedOverAt: Iso;
    acknowledgedAt: Iso | null;
    recipientIsMe: boolean;
    acknowledgedByMe: boolean;
    documents: Array<{ kind: HandoverDocumentKind; title: string; url: string }>;
  }>;
  /** The person's part in market dialogues; a written answer is the company's, handed in by the person. */
  marketDialogues: {
    signUps: Array<{ dialogue: string; network: NetworkRef; organization: string; signedUpAt: Iso; withdrawnAt: Iso | null }>;
    questions: Array<{ dialogue: string; network: NetworkRef; text: string; askedAt: Iso }>;
    writtenAnswers: Array<{ dialogue: string; network: NetworkRef; organization: string; submittedAt: Iso; parts: Array<{ position: number; text: string; secret: boolean; secretReason: string }> }>;
    bookings: Array<{ dialogue: string; network: NetworkRef; startsAt: Iso; endsAt: Iso; bookedAt: Iso | null }>;
  };
  followedAreas: Array<{ slug: string; name: { sv: string; en: string }; since: Iso }>;
  /** The person's own views of the networks' success factors, year by year. */
  successFactorViews: Array<{ network: NetworkRef; year: number; scores: Array<{ factor: SuccessFactor; score: number; comment: string }>; savedAt: Iso }>;
  notifications: Array<{ subject: string; kind: string; email: string; status: NotificationStatus; createdAt: Iso; sentAt: Iso | null }>;
  /** What the person did, by the audit log; the details only where the event is about their own account. */
  auditEvents: Array<{
    action: string;
    outcome: AuditOutcome;
    entityType: string;
    network: NetworkRef | null;
    createdAt: Iso;
    before?: unknown;
    after?: unknown;
  }>;
};

const iso = (date: Date): Iso => date.toISOString();
const isoOrNull = (date: Date | null): Iso | null => (date ? date.toISOString() : null);

const network = { select: { name: true, slug: true } } as const;
const meeting = { select: { title: true, startsAt: true, network } } as const;
const dialogueRef = { select: { title: true, network } } as const;
const meetingRef = (m: { title: string; startsAt: Date; network: NetworkRef }): MeetingRef => ({ title: m.title, startsAt: iso(m.startsAt), network: m.network });

/** Everything Trappan holds about the person, as the download gives it. */
export async function collectMyData(userId: string, now: Date = new Date()): Promise<MyDataExport> {
  const client = db();
  const mine = { userId };
  const [
    user,
    sessions,
    accountLinks,
    memberships,
    joinRequests,
    invitations,
    groupMemberships,
    registrations,
    attendance,
    votes,
    agendaItems,
    needs,
    commitments,
    ballots,
    handovers,
    dialogueSignUps,
    dialogueQuestions,
    dialogueAnswers,
    dialogueBookings,
    followedAreas,
    factorViews,
    notifications,
    auditEvents,
  ] = await Promise.all([
    client.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        title: true,
        email: true,
        emailVerifiedAt: true,
        locale: true,
        affiliation: true,
        platformRole: true,
        createdAt: true,
        lastSignInAt: true,
        mutedMailKinds: true,
        organization: { select: { name: true, organizationNumber: true } },
        calendarFeedToken: { select: { createdAt: true } },
      },
    }),
    client.userSession.findMany({ where: mine, orderBy: { createdAt: 'asc' }, select: { createdAt: true, expiresAt: true } }),
    client.accountToken.findMany({ where: mine, orderBy: { createdAt: 'asc' }, select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true } }),
    client.membership.findMany({
      where: mine,
      orderBy: { joinedAt: 'asc' },
      select: { network, organization: { select: { name: true } }, role: true, status: true, competence: true, isListed: true, joinedAt: true, leftAt: true, removedReason: true },
    }),
    client.joinRequest.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: { network, organization: { select: { name: true } }, motivation: true, competence: true, status: true, createdAt: true, decidedAt: true, decisionReason: true },
    }),
    client.invitation.findMany({
      where: { OR: [{ invitedById: userId }, { acceptedById: userId }] },
      orderBy: { createdAt: 'asc' },
      select: { network, role: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedById: true, acceptedById: true },
    }),
    client.groupMembership.findMany({
      where: mine,
      orderBy: { addedAt: 'asc' },
      select: { group: { select: { name: true, kind: true, network } }, addedAt: true, removedAt: true, removedReason: true },
    }),
    client.meetingRegistration.findMany({ where: mine, orderBy: { meeting: { startsAt: 'asc' } }, select: { meeting, answer: true, updatedAt: true } }),
    client.meetingAttendance.findMany({
      where: mine,
      orderBy: { meeting: { startsAt: 'asc' } },
      select: { meeting, role: true, hasVote: true, arrivedAt: true, leftAt: true },
    }),
    client.decisionVote.findMany({
      where: mine,
      orderBy: { decision: { recordedAt: 'asc' } },
      select: { choice: true, decision: { select: { motion: true, outcome: true, recordedAt: true, meeting } } },
    }),
    client.agendaItem.findMany({
      where: { proposedById: userId },
      orderBy: { createdAt: 'asc' },
      select: { title: true, description: true, kind: true, status: true, createdAt: true, agenda: { select: { meeting } } },
    }),
    client.need.findMany({
      where: { OR: [{ proposedById: userId }, { ownerId: userId }] },
      orderBy: { createdAt: 'asc' },
      select: { network, title: true, problem: true, status: true, createdAt: true, proposedById: true, ownerId: true },
    }),
    client.needCommitment.findMany({
      where: { statedById: userId },
      orderBy: { statedAt: 'asc' },
      select: {
        need: { select: { title: true, network } },
        organization: { select: { name: true } },
        level: true,
        annualCostOre: true,
        costBasis: true,
        expectedVolume: true,
        conditions: true,
        statedAt: true,
      },
    }),
    client.prioritisationBallot.findMany({
      where: { castById: userId },
      orderBy: { castAt: 'asc' },
      select: {
        round: { select: { title: true, network } },
        organization: { select: { name: true } },
        castAt: true,
        points: { orderBy: { need: { title: 'asc' } }, select: { points: true, need: { select: { title: true } } } },
      },
    }),
    client.handover.findMany({
      where: { OR: [{ recipientId: userId }, { acknowledgedById: userId }] },
      orderBy: { handedOverAt: 'asc' },
      select: {
        need: { select: { title: true, network } },
        receivingOrganization: { select: { name: true } },
        note: true,
        handedOverAt: true,
        acknowledgedAt: true,
        recipientId: true,
        acknowledgedById: true,
        documents: { orderBy: { title: 'asc' }, select: { kind: true, title: true, url: true } },
      },
    }),
    client.dialogueSignUp.findMany({
      where: mine,
      orderBy: [{ signedUpAt: 'asc' }, { id: 'asc' }],
      select: { signedUpAt: true, withdrawnAt: true, organization: { select: { name: true } }, dialogue: dialogueRef },
    }),
    client.dialogueQuestion.findMany({ where: { askedById: userId }, orderBy: [{ askedAt: 'asc' }, { id: 'asc' }], select: { text: true, askedAt: true, dialogue: dialogueRef } }),
    client.dialogueResponse.findMany({
      where: { submittedById: userId },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      select: { submittedAt: true, organization: { select: { name: true } }, dialogue: dialogueRef, parts: { orderBy: { position: 'asc' }, select: { position: true, text: true, secret: true, secretReason: true } } },
    }),
    client.dialogueSlot.findMany({ where: { bookedById: userId }, orderBy: { startsAt: 'asc' }, select: { startsAt: true, endsAt: true, bookedAt: true, dialogue: dialogueRef } }),
    client.areaFollow.findMany({ where: mine, orderBy: { createdAt: 'asc' }, select: { createdAt: true, area: { select: { slug: true, nameSv: true, nameEn: true } } } }),
    client.factorAssessment.findMany({
      where: { memberId: userId },
      orderBy: [{ year: 'asc' }, { id: 'asc' }],
      select: { year: true, updatedAt: true, network, scores: { orderBy: { factor: 'asc' }, select: { factor: true, score: true, comment: true } } },
    }),
    client.notification.findMany({
      where: mine,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { subject: true, kind: true, email: true, status: true, createdAt: true, sentAt: true },
    }),
    client.auditEvent.findMany({
      where: { actorId: userId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { action: true, outcome: true, entityType: true, entityId: true, networkId: true, createdAt: true, before: true, after: true },
    }),
  ]);

  // The audit log names its network by id only: one more query for their names.
  const auditNetworkIds = [...new Set(auditEvents.flatMap((event) => (event.networkId ? [event.networkId] : [])))];
  const auditNetworks =
    auditNetworkIds.length === 0 ? [] : await client.network.findMany({ where: { id: { in: auditNetworkIds } }, select: { id: true, name: true, slug: true } });
  const networkById = new Map(auditNetworks.map(({ id, ...ref }) => [id, ref]));

  return {
    version: MY_DATA_VERSION,
    exportedAt: iso(now),
    profile: {
      name: user.name,
      title: user.title,
      email: user.email,
      emailVerifiedAt: isoOrNull(user.emailVerifiedAt),
      locale: user.locale,
      organization: user.organization,
      affiliation: user.affiliation,
      platformRole: user.platformRole,
      createdAt: iso(user.createdAt),
      lastSignInAt: isoOrNull(user.lastSignInAt),
      mutedMailKinds: user.mutedMailKinds,
      calendarFeed: { exists: user.calendarFeedToken !== null, createdAt: isoOrNull(user.calendarFeedToken?.createdAt ?? null) },
    },
    sessions: sessions.map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt) })),
    accountLinks: accountLinks.map((l) => ({ purpose: l.purpose, email: l.email, createdAt: iso(l.createdAt), expiresAt: iso(l.expiresAt), usedAt: isoOrNull(l.usedAt) })),
    memberships: memberships.map((m) => ({
      network: m.network,
      organization: m.organization?.name ?? null,
      role: m.role,
      status: m.status,
      competence: m.competence,
      isListed: m.isListed,
      joinedAt: iso(m.joinedAt),
      leftAt: isoOrNull(m.leftAt),
      removedReason: m.removedReason,
    })),
    joinRequests: joinRequests.map((r) => ({
      network: r.network,
      organization: r.organization?.name ?? null,
      motivation: r.motivation,
      competence: r.competence,
      status: r.status,
      createdAt: iso(r.createdAt),
      decidedAt: isoOrNull(r.decidedAt),
      decisionReason: r.decisionReason,
    })),
    invitations: {
      sent: invitations
        .filter((i) => i.invitedById === userId)
        .map((i) => ({ network: i.network, role: i.role, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt), acceptedAt: isoOrNull(i.acceptedAt), revokedAt: isoOrNull(i.revokedAt) })),
      accepted: invitations
        .filter((i) => i.acceptedById === userId)
        .map((i) => ({ network: i.network, role: i.role, email: i.email, createdAt: iso(i.createdAt), acceptedAt: isoOrNull(i.acceptedAt) })),
    },
    groupMemberships: groupMemberships.map((g) => ({
      network: g.group.network,
      group: g.group.name,
      kind: g.group.kind,
      addedAt: iso(g.addedAt),
      removedAt: isoOrNull(g.removedAt),
      removedReason: g.removedReason,
    })),
    meetingRegistrations: registrations.map((r) => ({ meeting: meetingRef(r.meeting), answer: r.answer, updatedAt: iso(r.updatedAt) })),
    meetingAttendance: attendance.map((a) => ({ meeting: meetingRef(a.meeting), role: a.role, hasVote: a.hasVote, arrivedAt: iso(a.arrivedAt), leftAt: isoOrNull(a.leftAt) })),
    votes: votes.map((v) => ({
      meeting: meetingRef(v.decision.meeting),
      motion: v.decision.motion,
      outcome: v.decision.outcome,
      recordedAt: iso(v.decision.recordedAt),
      choice: v.choice,
    })),
    proposedAgendaItems: agendaItems.map((item) => ({
      meeting: meetingRef(item.agenda.meeting),
      title: item.title,
      description: item.description,
      kind: item.kind,
      status: item.status,
      createdAt: iso(item.createdAt),
    })),
    needs: needs.map((n) => ({
      network: n.network,
      title: n.title,
      problem: n.problem,
      status: n.status,
      createdAt: iso(n.createdAt),
      proposedByMe: n.proposedById === userId,
      ownedByMe: n.ownerId === userId,
    })),
    commitments: commitments.map((c) => ({
      network: c.need.network,
      need: c.need.title,
      organization: c.organization.name,
      level: c.level,
      annualCostOre: c.annualCostOre === null ? null : c.annualCostOre.toString(),
      costBasis: c.costBasis,
      expectedVolume: c.expectedVolume,
      conditions: c.conditions,
      statedAt: iso(c.statedAt),
    })),
    ballots: ballots.map((b) => ({
      network: b.round.network,
      round: b.round.title,
      organization: b.organization.name,
      castAt: iso(b.castAt),
      points: b.points.map((p) => ({ need: p.need.title, points: p.points })),
    })),
    handovers: handovers.map((h) => ({
      network: h.need.network,
      need: h.need.title,
      receivingOrganization: h.receivingOrganization.name,
      note: h.note,
      handedOverAt: iso(h.handedOverAt),
      acknowledgedAt: isoOrNull(h.acknowledgedAt),
      recipientIsMe: h.recipientId === userId,
      acknowledgedByMe: h.acknowledgedById === userId,
      documents: h.documents,
    })),
    marketDialogues: {
      signUps: dialogueSignUps.map((d) => ({ dialogue: d.dialogue.title, network: d.dialogue.network, organization: d.organization.name, signedUpAt: iso(d.signedUpAt), withdrawnAt: isoOrNull(d.withdrawnAt) })),
      questions: dialogueQuestions.map((q) => ({ dialogue: q.dialogue.title, network: q.dialogue.network, text: q.text, askedAt: iso(q.askedAt) })),
      writtenAnswers: dialogueAnswers.map((r) => ({ dialogue: r.dialogue.title, network: r.dialogue.network, organization: r.organization.name, submittedAt: iso(r.submittedAt), parts: r.parts })),
      bookings: dialogueBookings.map((b) => ({ dialogue: b.dialogue.title, network: b.dialogue.network, startsAt: iso(b.startsAt), endsAt: iso(b.endsAt), bookedAt: isoOrNull(b.bookedAt) })),
    },
    followedAreas: followedAreas.map((f) => ({ slug: f.area.slug, name: { sv: f.area.nameSv, en: f.area.nameEn }, since: iso(f.createdAt) })),
    successFactorViews: factorViews.map((v) => ({ network: v.network, year: v.year, scores: v.scores, savedAt: iso(v.updatedAt) })),
    notifications: notifications.map((n) => ({ subject: n.subject, kind: n.kind, email: n.email, status: n.status, createdAt: iso(n.createdAt), sentAt: isoOrNull(n.sentAt) })),
    auditEvents: auditEvents.map((event) => {
      // Details of other events may be about other people (whom a coordinator removed, whom an invitation went to).
      const aboutMyAccount = event.entityType === 'User' && event.entityId === userId;
      return {
        action: event.action,
        outcome: event.outcome,
        entityType: event.entityType,
        network: (event.networkId && networkById.get(event.networkId)) || null,
        createdAt: iso(event.createdAt),
        ...(aboutMyAccount ? { before: event.before ?? null, after: event.after ?? null } : {}),
      };
    }),
  };
}

/** The file's name: trappan-mina-uppgifter-2026-12-03.json, dated in Swedish time. */
export function myDataFilename(now: Date): string {
  return `trappan-mina-uppgifter-${toStockholmInput(now).slice(0, 10)}.json`;
}

/**
 * GET /{locale}/me/account/export. Signed out: to the sign-in page, and back to My account
 * after it (not to the download, which would leave the browser on the sign-in page). Never
 * cached anywhere: the answer is one person's data.
 */
export async function myDataDownload(context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale: segment } = await context.params;
  if (!isLocale(segment)) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const locale: Locale = segment;
  const user = await getCurrentUser();
  if (!user) {
    const back = encodeURIComponent(`/${locale}/me/account`);
    return new Response(null, { status: 303, headers: { Location: `/${locale}/sign-in?callbackUrl=${back}`, 'Cache-Control': 'no-store' } });
  }
  const now = new Date();
  const body = JSON.stringify(await collectMyData(user.id, now), null, 2);
  return new Response(`${body}\n`, {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${myDataFilename(now)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
