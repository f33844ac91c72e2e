// Handing results over to the organisation that will procure, and its receipt: the first
// handover moves the need to "handed over" with a recorded transition and tells the named
// person through the outbox; only a person of the receiving organisation acknowledges (a
// central purchasing body's staff need not be network members); until then the handover is
// pending on the need's page, the network's dashboard and the receiving person's /me page.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';
import { acknowledgeHandover, handOver as handOverAction } from '@/modules/needs/actions/handover-actions';
import { HandoverSection } from '@/modules/needs/components/handover-section';
import { NetworkPendingHandovers } from '@/modules/needs/components/network-pending-handovers';
import { MyPendingHandovers } from '@/modules/needs/components/pending-handovers';
import { listPendingHandoversForOrganization, listPendingHandoversInNetwork } from '@/modules/needs/handover-queries';
import { getNeedForViewer } from '@/modules/needs/need-access';
import { getCurrentUser } from '@/server/auth/current-user';

import { createGovernanceFixture } from '../governance/fixture';
import type { Fixture } from '../governance/roles';
import { actAs } from '../support/fake-session';
import { redirected } from '../support/redirected';

// A handover goes to the need (?done=handedOver).
const handOver = redirected(handOverAction);

const sv = getMessages('sv');
const refused = sv.refused;
const errors = sv.businessCase.errors;
let fixture: Fixture;
let counter = 0;
let kommentus: string;
/** Two people of SKL Kommentus, the central purchasing body; neither is in any network. */
let kommentusRecipient: string;
let kommentusColleague: string;
let coordinator: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  const { prisma } = fixture.database;
  kommentus = (await prisma.organization.findUniqueOrThrow({ where: { slug: 'skl-kommentus' }, select: { id: true } })).id;
  kommentusRecipient = (await prisma.user.create({ data: { email: 'ramavtal@kommentus.test', name: 'Eva Ramström', organizationId: kommentus, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() } })).id;
  kommentusColleague = (await prisma.user.create({ data: { email: 'kollega@kommentus.test', name: 'Olof Kvist', organizationId: kommentus, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() } })).id;
  coordinator = await fixture.userId('secretariat@trappan.test');
});
afterAll(async () => {
  await fixture.database.drop();
});

async function newNeed(status: 'PROPOSED' | 'IN_PREPARATION' | 'IN_PROCUREMENT' = 'IN_PREPARATION') {
  counter += 1;
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: 'konstgras' }, select: { id: true, areaId: true } });
  return fixture.database.prisma.need.create({
    data: { networkId: network.id, areaId: network.areaId, title: `Konstgräs utan mikroplaster ${counter}`, problem: 'Granulat sprids.', status },
    select: { id: true, title: true },
  });
}

const organizationId = async (slug: string) => (await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

const DOCUMENT = { documentKind1: 'REQUIREMENT_SPECIFICATION', documentTitle1: 'Funktionskrav för hållbara planer', documentUrl1: 'https://example.org/krav.pdf' };

function handOverAs(userId: string, fields: Record<string, string>) {
  actAs(userId);
  return handOver({ status: 'idle' }, fixture.form({ note: '', ...DOCUMENT, ...fields }));
}

const toKommentus = (needId: string, extra: Record<string, string> = {}) =>
  handOverAs(coordinator, { needId, receivingOrganizationId: kommentus, recipientId: kommentusRecipient, ...extra });

const handoverOf = (needId: string, receivingOrganizationId = kommentus) =>
  fixture.database.prisma.handover.findFirstOrThrow({ where: { needId, receivingOrganizationId }, orderBy: { handedOverAt: 'desc' } });

function acknowledgeAs(userId: string, handoverId: string) {
  actAs(userId);
  return acknowledgeHandover({ status: 'idle' }, fixture.form({ handoverId }));
}

describe('handing results over', () => {
  it('moves the need to "handed over" with a recorded transition, stores the documents and tells the recipient', async () => {
    const need = await newNeed();
    const result = await toKommentus(need.id, {
      documentKind2: 'MARKET_ANALYSIS',
      documentTitle2: 'Marknadsanalys 2026',
      documentUrl2: 'https://example.org/analys',
      note: 'Underlag för ett nationellt ramavtal.',
    });
    expect(result).toMatchObject({ status: 'success', redirectedTo: `/sv/networks/konstgras/needs/${need.id}?done=handedOver#notice` });

    const { prisma } = fixture.database;
    expect((await prisma.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe('HANDED_OVER');
    const transitions = await prisma.needTransition.findMany({ where: { needId: need.id } });
    expect(transitions).toEqual([
      expect.objectContaining({ fromStatus: 'IN_PREPARATION', toStatus: 'HANDED_OVER', reason: 'Resultat överlämnade till SKL Kommentus', actorId: coordinator }),
    ]);
    const handover = await prisma.handover.findFirstOrThrow({ where: { needId: need.id }, include: { documents: { orderBy: { title: 'asc' } } } });
    expect(handover).toMatchObject({ recipientId: kommentusRecipient, handedOverById: coordinator, acknowledgedAt: null, note: 'Underlag för ett nationellt ramavtal.' });
    expect(handover.documents.map((d) => [d.kind, d.title])).toEqual([
      ['REQUIREMENT_SPECIFICATION', 'Funktionskrav för hållbara planer'],
      ['MARKET_ANALYSIS', 'Marknadsanalys 2026'],
    ]);
    const mail = await prisma.notification.findFirstOrThrow({ where: { userId: kommentusRecipient, kind: 'need.handedOver' } });
    expect(mail.email).toBe('ramavtal@kommentus.test');
    expect(mail.subject).toContain(need.title);
    expect(mail.body).toContain('https://example.org/krav.pdf');
    expect(mail.body).toContain('/sv/me');
    expect(mail.body).toContain('— In English —');
  });

  it('adds another receiver without another transition, and refuses a second pending handover to the same one', async () => {
    const need = await newNeed('IN_PROCUREMENT');
    expect((await toKommentus(need.id)).status).toBe('success');
    const again = await toKommentus(need.id);
    expect(again).toMatchObject({ status: 'error', message: refused.handoverAlreadyPending });
    const gbg = await organizationId('goteborgs-stad');
    const toGoteborg = await handOverAs(coordinator, { needId: need.id, receivingOrganizationId: gbg, recipientId: await fixture.userId('goteborg@trappan.test') });
    expect(toGoteborg.status).toBe('success');
    const { prisma } = fixture.database;
    expect(await prisma.handover.count({ where: { needId: need.id } })).toBe(2);
    expect(await prisma.needTransition.count({ where: { needId: need.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { kind: 'need.handedOver', userId: kommentusRecipient } })).toBeGreaterThanOrEqual(1);

    // Once acknowledged, the same organisation can receive new results.
    expect((await acknowledgeAs(kommentusRecipient, (await handoverOf(need.id)).id)).status).toBe('success');
    expect((await toKommentus(need.id)).status).toBe('success');
  });

  it.each([
    ['a need that is only proposed', 'PROPOSED' as const, {}, refused.handoverNotReady],
    ['a receiver that does not procure (an association)', 'IN_PREPARATION' as const, { receivingOrganizationId: 'association' }, refused.receiverNotProcuring],
    ['a recipient from another organisation', 'IN_PREPARATION' as const, { recipientId: 'buyer' }, refused.recipientNotInOrganization],
  ])('refuses %s', async (_what, status, overrides, message) => {
    const need = await newNeed(status);
    const fields: Record<string, string> = { needId: need.id, receivingOrganizationId: kommentus, recipientId: kommentusRecipient };
    if ('receivingOrganizationId' in overrides) fields.receivingOrganizationId = await organizationId('sveriges-kultur-och-fritidschefsforening');
    if ('recipientId' in overrides) fields.recipientId = await fixture.userId('buyer@trappan.test');
    expect(await handOverAs(coordinator, fields)).toMatchObject({ status: 'error', message });
    expect(await fixture.database.prisma.handover.count({ where: { needId: need.id } })).toBe(0);
    expect(await fixture.database.prisma.needTransition.count({ where: { needId: need.id } })).toBe(0);
  });

  it('needs a complete document and keeps what was typed', async () => {
    const need = await newNeed();
    const none = await handOverAs(coordinator, { needId: need.id, receivingOrganizationId: kommentus, recipientId: kommentusRecipient, documentKind1: '', documentTitle1: '', documentUrl1: '' });
    expect(none).toMatchObject({ status: 'error', fieldErrors: { documents: errors.documentsRequired } });
    const broken = await handOverAs(coordinator, {
      needId: need.id,
      receivingOrganizationId: kommentus,
      recipientId: kommentusRecipient,
      documentKind1: 'GUIDANCE',
      documentTitle1: 'Vägledning',
      documentUrl1: 'javascript:alert(1)',
      documentKind3: '',
      documentTitle3: 'Utan typ',
      documentUrl3: 'https://example.org/utan-typ',
    });
    expect(broken).toMatchObject({
      status: 'error',
      fieldErrors: { documentUrl1: sv.input.webAddress, documentKind3: errors.kindRequired },
      values: { documentTitle1: 'Vägledning', documentTitle3: 'Utan typ' },
    });
    expect(await fixture.database.prisma.handover.count({ where: { needId: need.id } })).toBe(0);
  });

  it('stores a document link typed without https:// as https', async () => {
    const need = await newNeed();
    const result = await handOverAs(coordinator, {
      needId: need.id,
      receivingOrganizationId: kommentus,
      recipientId: kommentusRecipient,
      documentKind1: 'GUIDANCE',
      documentTitle1: 'Vägledning utan https',
      documentUrl1: 'www.example.se',
    });
    expect(result).toMatchObject({ status: 'success' });
    const handover = await fixture.database.prisma.handover.findFirstOrThrow({ where: { needId: need.id }, include: { documents: true } });
    expect(handover.documents.map((document) => document.url)).toEqual(['https://www.example.se']);
  });

  it('is the coordinator’s work', async () => {
    const need = await newNeed();
    expect(await handOverAs(await fixture.userId('buyer@trappan.test'), { needId: need.id, receivingOrganizationId: kommentus, recipientId: kommentusRecipient })).toMatchObject({
      status: 'error',
      message: refused.notCoordinator,
    });
  });
});

describe('acknowledging a handover', () => {
  it('is refused to a network member of another organisation, and allowed to a non-member of the receiving one', async () => {
    const need = await newNeed();
    await toKommentus(need.id);
    const handover = await handoverOf(need.id);
    for (const email of ['goteborg@trappan.test', 'secretariat@trappan.test', 'admin@trappan.test']) {
      expect(await acknowledgeAs(await fixture.userId(email), handover.id)).toMatchObject({ status: 'error', message: refused.notReceivingOrganization });
    }
    expect((await handoverOf(need.id)).acknowledgedAt).toBeNull();

    // A colleague at the central purchasing body, not the named recipient and in no network.
    expect(await acknowledgeAs(kommentusColleague, handover.id)).toMatchObject({ status: 'success', message: sv.businessCase.handover.acknowledgedMessage });
    expect(await handoverOf(need.id)).toMatchObject({ acknowledgedById: kommentusColleague, acknowledgedAt: expect.any(Date) });
    const audit = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'handover.acknowledge', outcome: 'ALLOWED', entityId: handover.id } });
    expect(audit.actorId).toBe(kommentusColleague);

    // Twice is refused, and the first receipt stands.
    expect(await acknowledgeAs(kommentusRecipient, handover.id)).toMatchObject({ status: 'error', message: refused.alreadyAcknowledged });
    expect((await handoverOf(need.id)).acknowledgedById).toBe(kommentusColleague);
  });

  it('is refused when signed out', async () => {
    const need = await newNeed();
    await toKommentus(need.id);
    actAs(null);
    expect(await acknowledgeHandover({ status: 'idle' }, fixture.form({ handoverId: (await handoverOf(need.id)).id }))).toMatchObject({ status: 'error', message: refused.signedOut });
  });
});

describe('a pending handover', () => {
  it('shows on the receiving person’s /me, the network’s dashboard and the need’s page until acknowledged', async () => {
    const need = await newNeed();
    await toKommentus(need.id);
    const handover = await handoverOf(need.id);
    const networkId = await fixture.networkId('konstgras');

    expect((await listPendingHandoversForOrganization(kommentus)).map((h) => h.id)).toContain(handover.id);
    expect((await listPendingHandoversInNetwork(networkId)).map((h) => h.id)).toContain(handover.id);

    // /me of the named recipient: the need, its network, the documents and the button.
    actAs(kommentusRecipient);
    const me = renderToStaticMarkup((await MyPendingHandovers({ locale: 'sv', user: (await getCurrentUser())! }))!);
    expect(me).toContain(sv.businessCase.myPending.heading);
    expect(me).toContain(need.title);
    expect(me).toContain(sv.businessCase.myPending.namesYou);
    expect(me).toContain('https://example.org/krav.pdf');
    expect(me).toContain(sv.businessCase.handover.acknowledge);
    // Not a member and the need is not public, but the receiving organisation may open it.
    expect(me).toContain(`/needs/${need.id}"`);
    // The colleague sees it too, without being named.
    actAs(kommentusColleague);
    const colleague = renderToStaticMarkup((await MyPendingHandovers({ locale: 'sv', user: (await getCurrentUser())! }))!);
    expect(colleague).toContain(need.title);
    expect(colleague).not.toContain(sv.businessCase.myPending.namesYou);
    // Someone of another organisation has nothing to acknowledge here.
    actAs(await fixture.userId('goteborg@trappan.test'));
    const other = await MyPendingHandovers({ locale: 'sv', user: (await getCurrentUser())! });
    expect(other === null ? '' : renderToStaticMarkup(other)).not.toContain(need.title);

    // The network's dashboard, for participants only.
    actAs(await fixture.userId('buyer@trappan.test'));
    const dashboard = renderToStaticMarkup((await NetworkPendingHandovers({ locale: 'sv', slug: 'konstgras' }))!);
    expect(dashboard).toContain(sv.businessCase.dashboard.heading);
    expect(dashboard).toContain(need.title);
    actAs(kommentusRecipient);
    expect(await NetworkPendingHandovers({ locale: 'sv', slug: 'konstgras' })).toBeNull();

    // The need's page says so plainly.
    actAs(coordinator);
    const page = renderToStaticMarkup(await HandoverSection({ locale: 'sv', slug: 'konstgras', needId: need.id }));
    expect(page).toContain(sv.businessCase.handover.pending);
    expect(page).toContain(sv.businessCase.handover.waiting);
    expect(page).toContain('Eva Ramström');

    expect((await acknowledgeAs(kommentusRecipient, handover.id)).status).toBe('success');
    expect((await listPendingHandoversForOrganization(kommentus)).map((h) => h.id)).not.toContain(handover.id);
    expect((await listPendingHandoversInNetwork(networkId)).map((h) => h.id)).not.toContain(handover.id);
    actAs(coordinator);
    const after = renderToStaticMarkup(await HandoverSection({ locale: 'sv', slug: 'konstgras', needId: need.id }));
    expect(after).toContain('Kvitterad ');
    expect(after).toContain('av Eva Ramström');
  });
});

describe('the receiving organisation', () => {
  it('may open the need it received, even when the need is not public; other outsiders may not', async () => {
    const need = await newNeed();
    await toKommentus(need.id);
    // newNeed's needs are not public: the public and other organisations get the 404.
    actAs(await fixture.userId('buyer2@trappan.test'));
    await expect(getNeedForViewer('konstgras', need.id)).rejects.toThrow();
    actAs(null);
    await expect(getNeedForViewer('konstgras', need.id)).rejects.toThrow();

    actAs(kommentusColleague);
    expect((await getNeedForViewer('konstgras', need.id)).need.id).toBe(need.id);
  });
});
