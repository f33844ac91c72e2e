'use server';

// The secretariat plans, changes and cancels meetings and records who attended; members
// answer whether they are coming. Every action runs through runNetworkAction: the meeting's
// network comes from the meeting's record, never from the form.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { parseStockholmTimeOnDay } from '@/i18n/stockholm-time';
import { getVotingRules } from '@/modules/governance';
import { hasVote } from '@/modules/governance/client';
import { donePath, goToCreated } from '@/server/actions/after-success';
import { FieldRefusal, runNetworkAction, Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { assertMinutesNotApproved } from '../approved-minutes';
import { meetingPath } from '../meeting-paths';
import { REGISTRATION_ANSWERS } from '../meeting-fields';
import { isScheduleChange, meetingFormSchema, registrationBlock } from '../meeting-rules';

const locateMeeting = async (tx: Tx, input: { meetingId: string }, entityType = 'Meeting') => {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, networkId: true } });
  return meeting && { networkId: meeting.networkId, entityType, entityId: meeting.id };
};

const id = z.string().trim().min(1);

export async function planMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return goToCreated(await runNetworkAction(formData, {
    action: 'meeting.plan',
    oncePerSubmission: true,
    // A new meeting starts ahead of now (Swedish time, like every form's times).
    schema: (t) => meetingFormSchema(t, { networkId: id }, { startsAfter: new Date() }),
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'Meeting', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, locale, t }) => {
      const { networkId: _networkId, ...fields } = input;
      const meeting = await tx.meeting.create({ data: { ...fields, networkId: network.id, createdById: user.id }, select: { id: true } });
      return {
        message: t.meetings.done.planned(input.title),
        // The browser goes to the new meeting, which confirms it is planned.
        detail: donePath(meetingPath(locale, network.slug, meeting.id), 'planned'),
        entityId: meeting.id,
        audit: { after: { title: input.title, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), format: input.format } },
      };
    },
  }));
}

export async function updateMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'meeting.update',
    schema: (t) => meetingFormSchema(t, { meetingId: id }),
    locate: (tx, input) => locateMeeting(tx, input),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, t }) => {
      const before = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      if (before.status === 'CANCELLED') throw new Refusal('meetingCancelled');
      await assertMinutesNotApproved(tx, input.meetingId);
      const { meetingId, ...fields } = input;
      // A held meeting's details may be corrected, but a meeting is never moved into the past.
      if (fields.startsAt.getTime() !== before.startsAt.getTime() && fields.startsAt <= new Date()) throw new FieldRefusal({ startsAt: t.input.inPast });
      const moved = isScheduleChange(before, { ...fields, status: before.status });
      const after = await tx.meeting.update({
        where: { id: meetingId },
        data: { ...fields, ...(moved ? { sequence: { increment: 1 } } : {}) },
        select: { sequence: true },
      });
      return {
        message: moved ? t.meetings.done.updatedSchedule : t.meetings.done.updated,
        audit: {
          before: { title: before.title, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString(), format: before.format, place: before.place, sequence: before.sequence },
          after: { title: fields.title, startsAt: fields.startsAt.toISOString(), endsAt: fields.endsAt.toISOString(), format: fields.format, place: fields.place, sequence: after.sequence },
        },
      };
    },
  });
}

export async function cancelMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'meeting.cancel',
    schema: (t: Messages) => z.object({ meetingId: id, confirm: z.literal(['on', 'true'], { error: t.meetings.cancel.confirmRequired }) }),
    locate: (tx, input) => locateMeeting(tx, input),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, t }) => {
      const before = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { title: true, status: true } });
      if (before.status === 'CANCELLED') throw new Refusal('meetingCancelled');
      await assertMinutesNotApproved(tx, input.meetingId);
      const after = await tx.meeting.update({
        where: { id: input.meetingId },
        data: { status: 'CANCELLED', sequence: { increment: 1 } },
        select: { sequence: true },
      });
      return {
        message: t.meetings.done.cancelled(before.title),
        audit: { before: { status: 'PLANNED' }, after: { status: 'CANCELLED', sequence: after.sequence } },
      };
    },
  });
}

export async function registerAttendance(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'meeting.register',
    schema: (t: Messages) => z.object({ meetingId: id, answer: z.enum(REGISTRATION_ANSWERS, { error: t.meetings.registration.answerRequired }) }),
    locate: (tx, input) => locateMeeting(tx, input, 'MeetingRegistration'),
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, user, now, t }) => {
      const meeting = await tx.meeting.findUniqueOrThrow({
        where: { id: input.meetingId },
        select: { status: true, startsAt: true, registrationDeadline: true, capacity: true, format: true },
      });
      const othersComing = await tx.meetingRegistration.count({ where: { meetingId: input.meetingId, answer: 'YES', userId: { not: user.id } } });
      const block = registrationBlock(meeting, input.answer, othersComing, now);
      if (block) throw new Refusal(block);
      const before = await tx.meetingRegistration.findUnique({ where: { meetingId_userId: { meetingId: input.meetingId, userId: user.id } }, select: { answer: true } });
      const registration = await tx.meetingRegistration.upsert({
        where: { meetingId_userId: { meetingId: input.meetingId, userId: user.id } },
        create: { meetingId: input.meetingId, userId: user.id, answer: input.answer },
        update: { answer: input.answer },
        select: { id: true },
      });
      return {
        message: t.meetings.done.registered(t.meetings.registration.answers[input.answer].toLowerCase()),
        entityId: registration.id,
        audit: { before: before ? { answer: before.answer } : undefined, after: { answer: input.answer, meetingId: input.meetingId } },
      };
    },
  });
}

const TIME = /^\d{2}:\d{2}$/;

/** The attendance form: `present` lists the user ids ticked; `arrivedAt-{id}` and `leftAt-{id}` their times. */
function attendanceSchema(t: Messages) {
  const m = t.meetings.attendance;
  return z
    .looseObject({ meetingId: id, present: z.union([z.string(), z.array(z.string())]).optional() })
    .transform((raw, ctx) => {
      const fields = raw as Record<string, unknown>;
      const present = [...new Set((Array.isArray(raw.present) ? raw.present : raw.present ? [raw.present] : []).map((v) => v.trim()).filter(Boolean))];
      const people = present.map((userId) => {
        const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string).trim() : '');
        const arrived = text(`arrivedAt-${userId}`);
        const left = text(`leftAt-${userId}`);
        if (arrived && !TIME.test(arrived)) ctx.addIssue({ code: 'custom', path: [`arrivedAt-${userId}`], message: m.invalidTime });
        if (left && !TIME.test(left)) ctx.addIssue({ code: 'custom', path: [`leftAt-${userId}`], message: m.invalidTime });
        else if (left && arrived && TIME.test(arrived) && left <= arrived) ctx.addIssue({ code: 'custom', path: [`leftAt-${userId}`], message: m.leftBeforeArrival });
        return { userId, arrived: arrived || null, left: left || null };
      });
      return { meetingId: raw.meetingId, people };
    });
}

export async function recordAttendance(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'meeting.recordAttendance',
    schema: attendanceSchema,
    locate: (tx, input) => locateMeeting(tx, input, 'MeetingAttendance'),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, now, t }) => {
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { id: true, status: true, startsAt: true } });
      if (meeting.status === 'CANCELLED') throw new Refusal('meetingCancelled');
      if (meeting.startsAt > now) throw new Refusal('meetingNotStarted');
      await assertMinutesNotApproved(tx, meeting.id);
      const userIds = input.people.map((p) => p.userId);
      const [existing, votingRules, memberships] = await Promise.all([
        tx.meetingAttendance.findMany({ where: { meetingId: meeting.id }, select: { userId: true } }),
        getVotingRules(network.id, tx),
        tx.membership.findMany({
          where: { networkId: network.id, status: 'ACTIVE', userId: { in: userIds } },
          select: { userId: true, role: true, organization: { select: { kind: true } }, user: { select: { organization: { select: { kind: true } } } } },
        }),
      ]);
      const recorded = new Set(existing.map((row) => row.userId));
      const membershipOf = new Map(memberships.map((m) => [m.userId, m]));

      const toCreate = [];
      const toUpdate = [];
      for (const person of input.people) {
        // The time on the meeting's day; an impossible time (a skipped hour) means the start.
        const arrivedAt = (person.arrived && parseStockholmTimeOnDay(person.arrived, meeting.startsAt)) || meeting.startsAt;
        const leftAt = person.left ? parseStockholmTimeOnDay(person.left, meeting.startsAt) : null;
        if (recorded.has(person.userId)) {
          // The role and vote stay as recorded; only the times change.
          toUpdate.push({ userId: person.userId, arrivedAt, leftAt });
          continue;
        }
        const membership = membershipOf.get(person.userId);
        if (!membership) throw new Refusal('notActiveMember');
        const kind = membership.organization?.kind ?? membership.user.organization?.kind ?? null;
        toCreate.push({ meetingId: meeting.id, userId: person.userId, role: membership.role, hasVote: hasVote(membership.role, kind, votingRules), arrivedAt, leftAt, recordedById: user.id });
      }
      const removed = [...recorded].filter((userId) => !userIds.includes(userId));
      if (removed.length > 0) await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id, userId: { in: removed } } });
      if (toCreate.length > 0) await tx.meetingAttendance.createMany({ data: toCreate });
      for (const row of toUpdate) {
        await tx.meetingAttendance.update({
          where: { meetingId_userId: { meetingId: meeting.id, userId: row.userId } },
          data: { arrivedAt: row.arrivedAt, leftAt: row.leftAt, recordedById: user.id },
        });
      }
      return {
        message: t.meetings.done.attendanceSaved(userIds.length),
        audit: {
          before: { present: recorded.size },
          after: { present: userIds.length, meetingId: meeting.id },
        },
      };
    },
  });
}
