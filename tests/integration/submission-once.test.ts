// A creating form counts once per submission (docs/decisions/0027): the same form sent twenty
// times at once (a double click, a browser's retry, a script) creates one record, and every
// answer leads to it. A new form (a new key) creates a new record; a refused submission does
// not use its key up; nobody can answer with another person's key.
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toStockholmInput } from '@/i18n/stockholm-time';
import { planMeeting as planMeetingAction } from '@/modules/meetings/actions/meeting-actions';
import { proposeNeed as proposeNeedAction } from '@/modules/needs/actions/need-actions';
import { openRound as openRoundAction } from '@/modules/needs/actions/round-actions';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { createNeeds } from './needs/round-fixture';
import { actAs } from './support/fake-session';
import { redirected } from './support/redirected';

const proposeNeed = redirected(proposeNeedAction);
const planMeeting = redirected(planMeetingAction);
const openRound = redirected(openRoundAction);

let fixture: Fixture;
let konstgras: { id: string; areaId: string };
const prisma = () => fixture.database.prisma;
const asUser = async (email: string) => actAs(await fixture.userId(email));

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  konstgras = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true, areaId: true } });
});
afterAll(async () => {
  await fixture.database.drop();
});

const needForm = (title: string, submissionKey: string, problem = 'Ett problem.') =>
  fixture.form({ networkId: konstgras.id, title, problem, areaId: konstgras.areaId, submissionKey });

const inAYear = new Date(Date.now() + 365 * 24 * 3600_000).toISOString().slice(0, 10);
const meetingForm = (title: string, submissionKey: string) =>
  fixture.form({ networkId: konstgras.id, title, startsAt: `${inAYear}T10:00`, endsAt: `${inAYear}T12:00`, format: 'PHYSICAL', place: 'Malmö', submissionKey });

describe('a creating form sent more than once', () => {
  it('proposes one need for twenty identical submissions at once, and every answer leads to it', async () => {
    await asUser('buyer@trappan.test');
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => proposeNeed({ status: 'idle' }, needForm('Tjugo gånger samma behov', key))));
    const needs = await prisma().need.findMany({ where: { title: 'Tjugo gånger samma behov' }, select: { id: true } });
    expect(needs).toHaveLength(1);
    expect(new Set(answers.map((a) => a.redirectedTo))).toEqual(new Set([`/sv/networks/konstgras/needs/${needs[0]!.id}?done=proposed#notice`]));
    // One proposal in the audit log, not twenty.
    expect(await prisma().auditEvent.count({ where: { action: 'need.propose', entityId: needs[0]!.id } })).toBe(1);
  });

  it('plans one meeting for a double submit, and a new form plans another', async () => {
    await asUser('secretariat@trappan.test');
    const key = randomUUID();
    const [first, second] = await Promise.all([planMeeting({ status: 'idle' }, meetingForm('Dubbelklick', key)), planMeeting({ status: 'idle' }, meetingForm('Dubbelklick', key))]);
    expect(await prisma().meeting.count({ where: { title: 'Dubbelklick' } })).toBe(1);
    expect(second!.redirectedTo).toBe(first!.redirectedTo);
    await planMeeting({ status: 'idle' }, meetingForm('Dubbelklick', randomUUID()));
    expect(await prisma().meeting.count({ where: { title: 'Dubbelklick' } })).toBe(2);
  });

  it('opens one prioritisation round when the form is sent three times at once', async () => {
    await asUser('secretariat@trappan.test');
    const needIds = await createNeeds(prisma(), konstgras.id, 2);
    const key = randomUUID();
    const form = () => fixture.form({ networkId: konstgras.id, title: 'Tre gånger samma runda', closesAt: toStockholmInput(new Date(Date.now() + 10 * 24 * 3600_000)), needIds, submissionKey: key });
    const answers = await Promise.all([openRound({ status: 'idle' }, form()), openRound({ status: 'idle' }, form()), openRound({ status: 'idle' }, form())]);
    expect(await prisma().prioritisationRound.count({ where: { title: 'Tre gånger samma runda' } })).toBe(1);
    expect(new Set(answers.map((a) => a.redirectedTo)).size).toBe(1);
  });

  it('does not use the key up when the submission is refused, so the corrected form creates the need', async () => {
    await asUser('buyer@trappan.test');
    const key = randomUUID();
    const refused = await proposeNeed({ status: 'idle' }, needForm('Rättat behov', key, '  '));
    expect(refused.status).toBe('error');
    const corrected = await proposeNeed({ status: 'idle' }, needForm('Rättat behov', key));
    expect(corrected.redirectedTo).toMatch(/\?done=proposed#notice$/);
    expect(await prisma().need.count({ where: { title: 'Rättat behov' } })).toBe(1);
  });

  it('keeps each person’s keys to themselves: the same key from someone else creates their own record', async () => {
    const key = randomUUID();
    await asUser('buyer@trappan.test');
    const mine = await proposeNeed({ status: 'idle' }, needForm('Mitt behov', key));
    await asUser('secretariat@trappan.test');
    const theirs = await proposeNeed({ status: 'idle' }, needForm('Deras behov', key));
    expect(theirs.redirectedTo).not.toBe(mine.redirectedTo);
    expect(await prisma().need.count({ where: { title: { in: ['Mitt behov', 'Deras behov'] } } })).toBe(2);
  });

  it('creates a record for each submission of a form without a key, or with something that is no key', async () => {
    await asUser('buyer@trappan.test');
    await proposeNeed({ status: 'idle' }, needForm('Utan nyckel', 'inte-en-nyckel'));
    await proposeNeed({ status: 'idle' }, needForm('Utan nyckel', 'inte-en-nyckel'));
    expect(await prisma().need.count({ where: { title: 'Utan nyckel' } })).toBe(2);
  });
});
