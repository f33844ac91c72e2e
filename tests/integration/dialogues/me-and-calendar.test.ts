// A supplier's everyday view of market dialogues: their own dialogues on /me with their part
// and none of another company's, the deadlines in their personal calendar link, and being told
// when a network in an area they follow publishes a dialogue.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as personalCalendar } from '@/app/api/v1/calendar/[token]/route';
import { getMessages } from '@/i18n/messages';
import { moveDialogueAction as moveDialogueActionRaw } from '@/modules/dialogues/actions/coordinator-actions';
import { saveFollowedAreasAction } from '@/modules/dialogues/actions/follow-actions';
import { collectMyData } from '@/modules/accounts/my-data';
import { MyDialoguesSection } from '@/modules/dialogues';
import { createCalendarFeedToken } from '@/modules/meetings/actions/calendar-actions';
import type { FormState } from '@/server/actions/network-action';
import { getCurrentUser } from '@/server/auth/current-user';

import { newDialogue } from '../governance/cases/dialogues';
import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { settle } from './settle';

const moveDialogueAction = settle(moveDialogueActionRaw);

const IDLE: FormState = { status: 'idle' };
const sv = getMessages('sv');
let fixture: Fixture;
const prisma = () => fixture.database.prisma;

async function as(email: string) {
  actAs(await fixture.userId(email));
  return (await getCurrentUser())!;
}

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

describe('/me for a supplier', () => {
  it('lists the dialogues they signed up for with their own part, and nothing of another company', async () => {
    const user = await as('supplier2@trappan.test');
    const html = renderToStaticMarkup(await MyDialoguesSection({ locale: 'sv', user }));
    expect(html).toContain(sv.dialogues.myHeading);
    expect(html).toContain('Skriftlig dialog: hållbart fyllnadsmaterial för konstgräsplaner');
    expect(html).toContain('Enskilda dialogmöten: drift och kostnader för avancerad rening');
    // Reningsteknik asked one question, answered; it booked the first slot.
    expect(html).toContain(sv.dialogues.myQuestions(1, 0));
    expect(html).toContain('Ert dialogmöte:');
    for (const other of ['Gräsytor', 'Ozonteknik', 'Erik Sand', 'Viktor Dahl']) expect(html).not.toContain(other);
  });

  it('puts the person’s own part in their data download, and no one else’s', async () => {
    const user = await as('supplier2@trappan.test');
    const data = await collectMyData(user.id);
    expect(data.marketDialogues.signUps.map((s) => s.organization)).toEqual(['Reningsteknik Nord AB (demoföretag)', 'Reningsteknik Nord AB (demoföretag)']);
    expect(data.marketDialogues.questions).toHaveLength(1);
    expect(data.marketDialogues.bookings).toHaveLength(1);
    const json = JSON.stringify(data.marketDialogues);
    for (const other of ['Gräsytor', 'Ozonteknik']) expect(json).not.toContain(other);
  });

  it('shows a buyer no dialogues of their own, only the way to find them and the areas to follow', async () => {
    const user = await as('buyer2@trappan.test');
    const html = renderToStaticMarkup(await MyDialoguesSection({ locale: 'sv', user }));
    expect(html).toContain(sv.dialogues.findDialogues);
    expect(html).not.toContain(sv.dialogues.myEmpty);
  });
});

describe('the personal calendar link', () => {
  it('carries the deadlines and the booked meeting of the dialogues a supplier signed up for', async () => {
    await as('supplier2@trappan.test');
    const created = await createCalendarFeedToken(IDLE, fixture.form({}));
    const segment = created.detail!.split('/').pop()!;
    const response = await personalCalendar(new Request(`http://localhost/api/v1/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });
    expect(response.status).toBe(200);
    const ics = (await response.text()).replace(/\r\n[ \t]/g, '');
    const rfi = await prisma().marketDialogue.findFirstOrThrow({ where: { form: 'RFI', status: 'OPEN' }, select: { id: true, questionsCloseAt: true } });
    expect(ics).toContain(`UID:dialogue-${rfi.id}-questions@trappan`);
    expect(ics).toContain(`UID:dialogue-${rfi.id}-closes@trappan`);
    expect(ics).toContain(`DTEND:${rfi.questionsCloseAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics).toContain('SUMMARY:Sista tid för frågor: Skriftlig dialog: hållbart fyllnadsmaterial för konstgräsplaner (Konstgräs)');
    expect(ics).toMatch(/UID:dialogue-slot-\w+@trappan/);
    // Only Reningsteknik's own slot: one booked meeting, not Ozonteknik's.
    expect(ics.match(/UID:dialogue-slot-/g)).toHaveLength(1);
  });
});

describe('following a thematic area', () => {
  it('tells those who follow the area when a network in it publishes a dialogue, and no one else', async () => {
    const konstgras = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { areaId: true } });
    await as('supplier3@trappan.test');
    expect(await saveFollowedAreasAction(IDLE, fixture.form({ [`area-${konstgras.areaId}`]: 'on' }))).toMatchObject({ status: 'success', message: sv.dialogues.followSaved });
    // A forged or proposed area is refused as a field error.
    expect(await saveFollowedAreasAction(IDLE, fixture.form({ 'area-inte-ett-omrade': 'on' }))).toMatchObject({ status: 'error', fieldErrors: { areas: sv.dialogueValidation.areaUnknown } });
    expect(await prisma().areaFollow.count({ where: { areaId: konstgras.areaId } })).toBe(1);

    const draft = await newDialogue(fixture, { status: 'DRAFT' });
    await as('secretariat@trappan.test');
    expect(await moveDialogueAction(IDLE, fixture.form({ dialogueId: draft.id, move: 'publish' }))).toMatchObject({ status: 'success' });
    const mails = await prisma().notification.findMany({ where: { kind: 'dialogue.published' }, select: { email: true, subject: true, body: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ email: 'supplier3@trappan.test' });
    expect(mails[0]!.body).toContain(`/sv/dialogues/${draft.id}`);

    // Unfollowed (nothing ticked), the next dialogue tells no one.
    await as('supplier3@trappan.test');
    expect(await saveFollowedAreasAction(IDLE, fixture.form({}))).toMatchObject({ status: 'success' });
    const next = await newDialogue(fixture, { status: 'DRAFT' });
    await as('secretariat@trappan.test');
    await moveDialogueAction(IDLE, fixture.form({ dialogueId: next.id, move: 'publish' }));
    expect(await prisma().notification.count({ where: { kind: 'dialogue.published' } })).toBe(1);
  });
});
