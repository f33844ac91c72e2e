'use server';

// The secretariat's minutes: texts per agenda item, decisions with the charter's rule and
// quorum, the adjuster (justerare) and the two approvals, corrections after approval, and
// whether a decision shows on the network's public page. Every action runs through
// runNetworkAction, which finds the network from the meeting, entry or decision in the
// database. Approved minutes are read-only: every action that changes their content is
// refused with `minutesApproved`, and a correction is a new entry linked to the old one.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { hasVote } from '@/modules/governance/client';
import { runNetworkAction, Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { requiredText } from '@/server/input-rules';
import { enqueuePersonalMails } from '@/server/mail/person-mail';
import { can } from '@/server/policy';

import { decideOutcome, presentAt, type Vote } from '../decision-outcome';
import { MINUTES_LIMITS } from '../minutes-fields';
import { minutesPath } from '../minutes-paths';

const VOTE_PREFIX = 'vote.';

const id = (t: Messages) => z.string({ error: t.minutes.errors.id }).trim().min(1, t.minutes.errors.id).max(64, t.minutes.errors.id);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => (value ? value : null));

/** The meeting named by the form, and its network: the only trusted source of the network. */
async function locateMeeting(tx: Tx, meetingId: string, entityType = 'Minutes') {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { networkId: true, minutes: { select: { id: true } } } });
  return meeting && { networkId: meeting.networkId, entityType, entityId: meeting.minutes?.id ?? null };
}

/** The meeting's minutes, created as a draft the first time something is written. */
async function draftMinutes(tx: Tx, meetingId: string) {
  const minutes = await tx.minutes.upsert({ where: { meetingId }, create: { meetingId }, update: {}, select: { id: true, status: true } });
  if (minutes.status === 'APPROVED') throw new Refusal('minutesApproved');
  return minutes;
}

/** The content changed: an approval given to the earlier text no longer holds. */
async function withdrawApprovals(tx: Tx, minutesId: string) {
  await tx.minutes.update({ where: { id: minutesId }, data: { coordinatorApprovedById: null, coordinatorApprovedAt: null, adjusterApprovedAt: null } });
}

/** An agenda item of this meeting (any kind), or a refusal as if it did not exist. */
async function itemOfMeeting(tx: Tx, meetingId: string, agendaItemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, agenda: { meetingId }, status: { not: 'DECLINED' } },
    select: { id: true, kind: true },
  });
  if (!item) throw new Refusal('notFound');
  return item;
}

export async function writeEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'minutes.writeEntry',
    schema: (t) => z.object({ meetingId: id(t), agendaItemId: optionalId, text: requiredText(t, t.minutes.entryLabel, MINUTES_LIMITS.text) }),
    locate: (tx, input) => locateMeeting(tx, input.meetingId, 'MinutesEntry'),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, t }) => {
      const minutes = await draftMinutes(tx, input.meetingId);
      if (input.agendaItemId) await itemOfMeeting(tx, input.meetingId, input.agendaItemId);
      // One text per item (and one general text) while the minutes are a draft.
      const existing = await tx.minutesEntry.findFirst({
        where: { minutesId: minutes.id, agendaItemId: input.agendaItemId, correctsId: null },
        select: { id: true, text: true },
      });
      const entry = existing
        ? await tx.minutesEntry.update({ where: { id: existing.id }, data: { text: input.text }, select: { id: true } })
        : await tx.minutesEntry.create({
            data: { minutesId: minutes.id, agendaItemId: input.agendaItemId, text: input.text, createdById: user.id },
            select: { id: true },
          });
      await withdrawApprovals(tx, minutes.id);
      return { message: t.minutes.entrySaved, entityId: entry.id, audit: { before: existing ? { text: existing.text } : undefined, after: { text: input.text } } };
    },
  });
}

/** The votes of a majority decision: fields "vote.<userId>" = FOR | AGAINST | ABSTAIN | "" (did not vote). */
const decisionSchema = (t: Messages) =>
  z
    .object({
      meetingId: id(t),
      agendaItemId: id(t),
      motion: requiredText(t, t.minutes.motion, MINUTES_LIMITS.motion),
      decidedAt: z
        .string()
        .trim()
        .optional()
        .transform((value, ctx) => {
          if (!value) return null;
          const instant = parseStockholmInput(value);
          if (!instant) {
            ctx.addIssue({ code: 'custom', message: t.minutes.errors.decidedAt });
            return z.NEVER;
          }
          return instant;
        }),
      objectorIds: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).filter(Boolean))]),
    })
    .catchall(z.unknown())
    .transform((input, ctx) => {
      const votes = new Map<string, Vote>();
      for (const [key, value] of Object.entries(input)) {
        if (!key.startsWith(VOTE_PREFIX) || value === '' || value === undefined) continue;
        if (value !== 'FOR' && value !== 'AGAINST' && value !== 'ABSTAIN') {
          ctx.addIssue({ code: 'custom', path: [key], message: t.minutes.errors.vote });
          continue;
        }
        votes.set(key.slice(VOTE_PREFIX.length), value);
      }
      return { meetingId: input.meetingId, agendaItemId: input.agendaItemId, motion: input.motion, decidedAt: input.decidedAt, objectorIds: input.objectorIds, votes };
    });

export async function recordDecision(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'minutes.recordDecision',
    schema: decisionSchema,
    locate: (tx, input) => locateMeeting(tx, input.meetingId, 'Decision'),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, t }) => {
      const minutes = await draftMinutes(tx, input.meetingId);
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { startsAt: true, endsAt: true } });
      const item = await itemOfMeeting(tx, input.meetingId, input.agendaItemId);
      if (item.kind !== 'DECISION') throw new Refusal('notDecisionItem');
      const moment = input.decidedAt ?? meeting.startsAt;
      if (moment < meeting.startsAt || moment > meeting.endsAt) throw new Refusal('decidedOutsideMeeting');

      // The rule that applies is the current charter's, copied onto the decision.
      const charter = await tx.charterVersion.findFirst({
        where: { networkId: network.id },
        orderBy: { version: 'desc' },
        select: { decisionRule: true, qualifiedMajorityPercent: true, quorumPercent: true, associationsVote: true },
      });
      if (!charter) throw new Refusal('noCharter');
      const [memberships, attendance] = await Promise.all([
        tx.membership.findMany({
          where: { networkId: network.id, status: 'ACTIVE' },
          select: { role: true, organization: { select: { kind: true } }, user: { select: { organization: { select: { kind: true } } } } },
        }),
        tx.meetingAttendance.findMany({ where: { meetingId: input.meetingId }, select: { userId: true, hasVote: true, arrivedAt: true, leftAt: true } }),
      ]);
      const votingMembers = memberships.filter((m) => hasVote(m.role, m.organization?.kind ?? m.user.organization?.kind ?? null, charter)).length;
      const presentVoterIds = presentAt(
        attendance.filter((a) => a.hasVote),
        moment,
      );

      const consensus = charter.decisionRule === 'CONSENSUS';
      const objectorIds = consensus ? input.objectorIds : [];
      const votes = consensus ? new Map<string, Vote>() : input.votes;
      const result = decideOutcome({ rules: charter, votingMembers, presentVoterIds, votes, objectorIds });
      if (!result.ok) {
        if (result.problem === 'missingThreshold') throw new Refusal('missingThreshold');
        // Someone without a vote at the meeting (observer, supplier, coordinator without a
        // vote) or someone not present with a vote at that moment (absent, arrived later).
        const row = attendance.find((a) => a.userId === result.voterId);
        throw new Refusal(row && !row.hasVote ? 'voterWithoutVote' : 'voterNotPresent');
      }

      // Re-recording while the minutes are a draft replaces the decision and its votes.
      const previous = await tx.decision.findUnique({ where: { agendaItemId: item.id }, select: { id: true, isPublic: true, outcome: true, motion: true } });
      if (previous) {
        await tx.decisionVote.deleteMany({ where: { decisionId: previous.id } });
        await tx.decision.delete({ where: { id: previous.id } });
      }
      const ballots = consensus
        ? objectorIds.map((userId) => ({ userId, choice: 'OBJECT' as const }))
        : [...votes].map(([userId, choice]) => ({ userId, choice }));
      const decision = await tx.decision.create({
        data: {
          networkId: network.id,
          meetingId: input.meetingId,
          agendaItemId: item.id,
          motion: input.motion,
          decisionRule: charter.decisionRule,
          qualifiedMajorityPercent: charter.decisionRule === 'QUALIFIED_MAJORITY' ? charter.qualifiedMajorityPercent : null,
          quorumPercent: charter.quorumPercent,
          votingMembers,
          presentVoters: presentVoterIds.length,
          outcome: result.outcome,
          votesFor: result.tally.for,
          votesAgainst: result.tally.against,
          votesAbstain: result.tally.abstain,
          isPublic: previous?.isPublic ?? false,
          recordedById: user.id,
          votes: { create: ballots },
        },
        select: { id: true },
      });
      await withdrawApprovals(tx, minutes.id);
      return {
        message: t.minutes.recorded(t.minutes.outcome[result.outcome]),
        entityId: decision.id,
        audit: {
          before: previous ? { motion: previous.motion, decisionOutcome: previous.outcome } : undefined,
          after: {
            motion: input.motion,
            decisionOutcome: result.outcome,
            decisionRule: charter.decisionRule,
            presentVoters: presentVoterIds.length,
            votingMembers,
          },
        },
      };
    },
  });
}

export async function setAdjuster(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'minutes.setAdjuster',
    schema: (t) => z.object({ meetingId: id(t), adjusterId: z.string({ error: t.minutes.errors.adjusterId }).trim().min(1, t.minutes.errors.adjusterId).max(64) }),
    locate: (tx, input) => locateMeeting(tx, input.meetingId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, actor, user, t }) => {
      const minutes = await draftMinutes(tx, input.meetingId);
      if (input.adjusterId === actor.userId) throw new Refusal('adjusterIsCoordinator');
      const [attended, membership] = await Promise.all([
        tx.meetingAttendance.findFirst({ where: { meetingId: input.meetingId, userId: input.adjusterId, hasVote: true }, select: { id: true } }),
        tx.membership.findFirst({
          where: { networkId: network.id, userId: input.adjusterId, status: 'ACTIVE' },
          select: { user: { select: { id: true, name: true, email: true, locale: true } } },
        }),
      ]);
      if (!attended || !membership) throw new Refusal('adjusterNotEligible');
      const updated = await tx.minutes.update({
        where: { id: minutes.id },
        // A new adjuster has not approved what the previous one did.
        data: { adjusterId: input.adjusterId, adjusterApprovedAt: null },
        select: { id: true, meeting: { select: { title: true } } },
      });
      // The adjuster learns of it by mail, written with the appointment; the task is also on their /me.
      await enqueuePersonalMails(tx, {
        kind: 'minutes.toAdjust',
        networkId: network.id,
        meetingId: input.meetingId,
        recipients: [membership.user],
        compose: (m, locale, origin, person) => {
          const values = { name: person.name, coordinator: user.name, meeting: updated.meeting.title, network: network.name, url: `${origin}${minutesPath(locale, network.slug, input.meetingId)}` };
          return { subject: fill(m.minutes.adjusterMail.subject, values), body: fill(m.minutes.adjusterMail.body, values) };
        },
      });
      return { message: t.minutes.adjusterSet(membership.user.name), entityId: updated.id, audit: { after: { adjuster: membership.user.name } } };
    },
  });
}

export async function approveMinutes(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'minutes.approve',
    schema: (t) => z.object({ meetingId: id(t), as: z.enum(['coordinator', 'adjuster'], { error: t.minutes.errors.id }) }),
    locate: (tx, input) => locateMeeting(tx, input.meetingId),
    // The coordinator approves as coordinator; the adjuster is a member approving their own part.
    authorize: (actor, { input }) => can(actor, input.as === 'coordinator' ? 'manage' : 'participate'),
    perform: async ({ tx, input, user, now, t }) => {
      const minutes = await tx.minutes.findUnique({
        where: { meetingId: input.meetingId },
        select: { id: true, status: true, adjusterId: true, coordinatorApprovedAt: true, adjusterApprovedAt: true, _count: { select: { entries: true } } },
      });
      if (!minutes) throw new Refusal(input.as === 'adjuster' ? 'notAdjuster' : 'minutesEmpty');
      if (minutes.status === 'APPROVED') throw new Refusal('minutesApproved');
      const decisions = await tx.decision.count({ where: { meetingId: input.meetingId } });
      if (minutes._count.entries + decisions === 0) throw new Refusal('minutesEmpty');

      let coordinatorApprovedAt = minutes.coordinatorApprovedAt;
      let adjusterApprovedAt = minutes.adjusterApprovedAt;
      if (input.as === 'coordinator') {
        if (!minutes.adjusterId) throw new Refusal('noAdjuster');
        if (minutes.adjusterId === user.id) throw new Refusal('adjusterIsCoordinator');
        if (coordinatorApprovedAt) throw new Refusal('alreadyApproved');
        coordinatorApprovedAt = now;
      } else {
        if (minutes.adjusterId !== user.id) throw new Refusal('notAdjuster');
        if (adjusterApprovedAt) throw new Refusal('alreadyApproved');
        adjusterApprovedAt = now;
      }
      const final = Boolean(coordinatorApprovedAt && adjusterApprovedAt);
      await tx.minutes.update({
        where: { id: minutes.id },
        data: {
          ...(input.as === 'coordinator' ? { coordinatorApprovedById: user.id, coordinatorApprovedAt } : { adjusterApprovedAt }),
          ...(final ? { status: 'APPROVED' as const, approvedAt: now } : {}),
        },
      });
      const message = final ? t.minutes.approvedFinal : input.as === 'coordinator' ? t.minutes.approvedAsCoordinator : t.minutes.approvedAsAdjuster;
      return {
        message,
        entityId: minutes.id,
        audit: { before: { minutesStatus: 'DRAFT' }, after: { approvedAs: input.as, minutesStatus: final ? 'APPROVED' : 'DRAFT' } },
      };
    },
  });
}

export async function addCorrection(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'minutes.addCorrection',
    schema: (t) => z.object({ entryId: id(t), text: requiredText(t, t.minutes.correctionLabel, MINUTES_LIMITS.text) }),
    locate: async (tx, input) => {
      const entry = await tx.minutesEntry.findUnique({ where: { id: input.entryId }, select: { minutes: { select: { meeting: { select: { networkId: true } } } } } });
      return entry && { networkId: entry.minutes.meeting.networkId, entityType: 'MinutesEntry', entityId: input.entryId };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, t }) => {
      const original = await tx.minutesEntry.findUniqueOrThrow({
        where: { id: input.entryId },
        select: { id: true, minutesId: true, agendaItemId: true, minutes: { select: { status: true } } },
      });
      // Before approval the draft is changed directly; a correction is for approved minutes.
      if (original.minutes.status !== 'APPROVED') throw new Refusal('minutesNotApproved');
      const correction = await tx.minutesEntry.create({
        data: { minutesId: original.minutesId, agendaItemId: original.agendaItemId, correctsId: original.id, text: input.text, createdById: user.id },
        select: { id: true },
      });
      return { message: t.minutes.correctionSaved, entityId: correction.id, audit: { after: { corrects: original.id, text: input.text } } };
    },
  });
}

export async function setDecisionPublic(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'decision.setPublic',
    schema: (t) => z.object({ decisionId: id(t), isPublic: z.enum(['true', 'false'], { error: t.minutes.errors.id }).transform((v) => v === 'true') }),
    locate: async (tx, input) => {
      const decision = await tx.decision.findUnique({ where: { id: input.decisionId }, select: { networkId: true } });
      return decision && { networkId: decision.networkId, entityType: 'Decision', entityId: input.decisionId };
    },
    authorize: (actor) => can(actor, 'manage'),
    // Not a change to the minutes' content: the network may publish a decision after approval.
    perform: async ({ tx, input, t }) => {
      const before = await tx.decision.findUniqueOrThrow({ where: { id: input.decisionId }, select: { isPublic: true } });
      await tx.decision.update({ where: { id: input.decisionId }, data: { isPublic: input.isPublic } });
      return {
        message: input.isPublic ? t.minutes.nowPublic : t.minutes.nowPrivate,
        audit: { before: { decisionPublic: before.isPublic }, after: { decisionPublic: input.isPublic } },
      };
    },
  });
}
