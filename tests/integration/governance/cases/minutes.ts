// Minutes and decisions: the secretariat writes, records and publishes; only the appointed
// adjuster (a member) adjusts. Each attempt gets its own meeting, built in the database.
import type { PrismaClient } from '@/generated/prisma/client';
import {
  addCorrection,
  approveMinutes,
  recordDecision,
  setAdjuster,
  setDecisionPublic,
  writeEntry,
} from '@/modules/meetings/actions/minutes-actions';

import { approvedMinutes, createMeeting } from '../../meetings/minutes-fixture';
import { MANAGERS_ONLY, ROLES, type ActionCase, type Expected, type Fixture, type Role } from '../roles';

const KONSTGRAS = 'konstgras';
const OTHER = 'avancerad-rening-av-avloppsvatten';

let attempt = 0;

/** A meeting of the network with its decision item, where the demo members of Konstgräs voted. */
async function meetingIn(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const networkId = await fixture.networkId(slug);
  const voters = slug === KONSTGRAS ? ['buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test'] : [];
  const attendees = await Promise.all(voters.map(async (email) => ({ userId: await fixture.userId(email), role: 'MEMBER' as const, hasVote: true })));
  return { prisma, networkId, ...(await createMeeting(prisma, { networkId, attendees })) };
}

/** Draft minutes with one text and an adjuster. */
async function draftMinutesIn(fixture: Fixture, slug: string, adjusterEmail: string) {
  const meeting = await meetingIn(fixture, slug);
  const adjusterId = await fixture.userId(adjusterEmail);
  await meeting.prisma.minutes.create({ data: { meetingId: meeting.meetingId, adjusterId, entries: { create: [{ text: 'Mötet öppnades.' }] } } });
  return meeting;
}

async function approvedEntryIn(fixture: Fixture, slug: string) {
  const { prisma, meetingId } = await meetingIn(fixture, slug);
  const coordinatorId = await fixture.userId(slug === KONSTGRAS ? 'secretariat@trappan.test' : 'vatten@trappan.test');
  const minutes = await approvedMinutes(prisma, meetingId, coordinatorId, coordinatorId);
  return { prisma, entryId: minutes.entries[0]!.id };
}

async function decisionIn(fixture: Fixture, slug: string) {
  const { prisma, networkId, meetingId, decisionItemId } = await meetingIn(fixture, slug);
  const decision = await prisma.decision.create({
    data: { networkId, meetingId, agendaItemId: decisionItemId, motion: 'Beslut', decisionRule: 'CONSENSUS', quorumPercent: 50, votingMembers: 4, presentVoters: 3, outcome: 'ADOPTED' },
  });
  return { prisma, decisionId: decision.id };
}

const minutesOf = (prisma: PrismaClient, meetingId: string) => prisma.minutes.findUnique({ where: { meetingId } });

/** Only the appointed adjuster: here the member (buyer@), appointed for each attempt. */
const ADJUSTER_ONLY = Object.fromEntries(ROLES.map((role) => [role, role === 'member' ? 'allow' : 'deny'])) as Record<Role, Expected>;

export const cases: ActionCase[] = [
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, meetingId } = await meetingIn(fixture, slug);
      attempt += 1;
      const text = `Protokollstext ${attempt}`;
      return { form: fixture.form({ meetingId, text }), applied: async () => (await prisma.minutesEntry.count({ where: { text } })) === 1 };
    };
    return { name: 'write a minutes text', run: writeEntry, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, meetingId, decisionItemId } = await meetingIn(fixture, slug);
      return {
        form: fixture.form({ meetingId, agendaItemId: decisionItemId, motion: 'Nätverket beslutar att genomföra en idétävling.' }),
        applied: async () => (await prisma.decision.count({ where: { agendaItemId: decisionItemId } })) === 1,
      };
    };
    return { name: 'record a decision', run: recordDecision, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, meetingId } = await meetingIn(fixture, slug);
      const adjusterId = await fixture.userId('goteborg@trappan.test');
      return { form: fixture.form({ meetingId, adjusterId }), applied: async () => (await minutesOf(prisma, meetingId))?.adjusterId === adjusterId };
    };
    return { name: 'appoint the adjuster', run: setAdjuster, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, meetingId } = await draftMinutesIn(fixture, slug, slug === KONSTGRAS ? 'goteborg@trappan.test' : 'vatten@trappan.test');
      return { form: fixture.form({ meetingId, as: 'coordinator' }), applied: async () => Boolean((await minutesOf(prisma, meetingId))?.coordinatorApprovedAt) };
    };
    return { name: 'approve the minutes as coordinator', run: approveMinutes, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string, adjusterEmail: string) => {
      const { prisma, meetingId } = await draftMinutesIn(fixture, slug, adjusterEmail);
      return { form: fixture.form({ meetingId, as: 'adjuster' }), applied: async () => Boolean((await minutesOf(prisma, meetingId))?.adjusterApprovedAt) };
    };
    return {
      name: 'adjust the minutes (the adjuster’s approval)',
      run: approveMinutes,
      expected: ADJUSTER_ONLY,
      prepare: (f) => build(f, KONSTGRAS, 'buyer@trappan.test'),
      // The other network's minutes, even with Konstgräs's coordinator named as its adjuster.
      forged: (f) => build(f, OTHER, 'secretariat@trappan.test'),
    };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, entryId } = await approvedEntryIn(fixture, slug);
      attempt += 1;
      const text = `Rättelse ${attempt}`;
      return { form: fixture.form({ entryId, text }), applied: async () => (await prisma.minutesEntry.count({ where: { correctsId: entryId, text } })) === 1 };
    };
    return { name: 'add a correction to approved minutes', run: addCorrection, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
  (() => {
    const build = async (fixture: Fixture, slug: string) => {
      const { prisma, decisionId } = await decisionIn(fixture, slug);
      return {
        form: fixture.form({ decisionId, isPublic: 'true' }),
        applied: async () => (await prisma.decision.findUniqueOrThrow({ where: { id: decisionId } })).isPublic,
      };
    };
    return { name: 'publish a decision', run: setDecisionPublic, expected: MANAGERS_ONLY, prepare: (f) => build(f, KONSTGRAS), forged: (f) => build(f, OTHER) };
  })(),
];
