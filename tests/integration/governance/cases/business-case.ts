// The business case, the buyer group and the handover: the coordinator states the value offer,
// forms the buyer group and hands results over; a buying member states their organisation's
// figures; a person of the receiving organisation acknowledges. Every record action is also
// tried on a need of another network, whose network must come from the database.
import { formBuyerGroup, setValueOffer, stateCommitment } from '@/modules/needs/actions/business-case-actions';
import { acknowledgeHandover, handOver } from '@/modules/needs/actions/handover-actions';
import { recordHandoverResult } from '@/modules/needs/actions/result-actions';

import { MANAGERS_ONLY, type ActionCase, type Expected, type Fixture, type Role, successOnRedirect } from '../roles';

const OTHER_NETWORK = 'avancerad-rening-av-avloppsvatten';
let counter = 0;

/** Only a member who buys for a contracting authority (buyer@, Malmö stad) may. */
const BUYING_MEMBER_ONLY: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'allow',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'deny',
  agencyStaff: 'deny',
  admin: 'deny',
};

async function newNeed(fixture: Fixture, networkSlug: string, status: 'PROPOSED' | 'IN_PREPARATION' | 'HANDED_OVER' = 'IN_PREPARATION') {
  counter += 1;
  const network = await fixture.database.prisma.network.findUniqueOrThrow({ where: { slug: networkSlug }, select: { id: true, areaId: true } });
  return fixture.database.prisma.need.create({
    data: { networkId: network.id, areaId: network.areaId, title: `Behov för matrisen ${counter}`, problem: 'Ett problem att lösa.', status },
    select: { id: true },
  });
}

const organizationId = async (fixture: Fixture, slug: string) =>
  (await fixture.database.prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

async function valueOfferAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({ needId: need.id, valueOffers: ['TESTBED', 'REFERENCE_CUSTOMER'], volumeUnit: 'konstgräsplaner' }),
    applied: async () => (await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).valueOffers.length > 0,
  };
}

async function commitAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({ needId: need.id, annualCost: '1 250 000', costBasis: 'Skötsel och granulat', expectedVolume: '3', level: 'LETTER_OF_INTENT', conditions: '' }),
    applied: async () => (await fixture.database.prisma.needCommitment.count({ where: { needId: need.id } })) > 0,
  };
}

async function buyerGroupAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  const { userId } = await fixture.newMember({ networkSlug, organizationSlug: 'malmo-stad' });
  return {
    form: fixture.form({ needId: need.id, memberIds: [userId], leadOrganizationId: await organizationId(fixture, 'malmo-stad') }),
    applied: async () => (await fixture.database.prisma.need.findUniqueOrThrow({ where: { id: need.id } })).buyerGroupId !== null,
  };
}

async function handOverAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug);
  return {
    form: fixture.form({
      needId: need.id,
      receivingOrganizationId: await organizationId(fixture, 'goteborgs-stad'),
      recipientId: await fixture.userId('goteborg@trappan.test'),
      documentKind1: 'REQUIREMENT_SPECIFICATION',
      documentTitle1: 'Kravspecifikation',
      documentUrl1: 'https://example.org/krav.pdf',
      note: '',
    }),
    applied: async () => (await fixture.database.prisma.handover.count({ where: { needId: need.id } })) > 0,
  };
}

/** A pending handover to Malmö stad (buyer@'s own organisation), to be acknowledged. */
async function acknowledgeAttempt(fixture: Fixture, networkSlug: string) {
  const need = await newNeed(fixture, networkSlug, 'HANDED_OVER');
  const handover = await fixture.database.prisma.handover.create({
    data: {
      needId: need.id,
      receivingOrganizationId: await organizationId(fixture, 'malmo-stad'),
      recipientId: await fixture.userId('buyer@trappan.test'),
      documents: { create: { kind: 'GUIDANCE', title: 'Vägledning', url: 'https://example.org/vagledning' } },
    },
    select: { id: true },
  });
  return {
    form: fixture.form({ handoverId: handover.id }),
    applied: async () => (await fixture.database.prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).acknowledgedAt !== null,
  };
}

async function resultAttempt(fixture: Fixture, networkSlug: string) {
  const { form } = await acknowledgeAttempt(fixture, networkSlug);
  const handoverId = form.get('handoverId') as string;
  return {
    form: fixture.form({ handoverId, kind: 'CONTRACT', occurredOn: '2026-01-15', supplierName: 'Gräsytor Syd AB', valueSek: '1 200 000' }),
    applied: async () => (await fixture.database.prisma.handoverResult.count({ where: { handoverId } })) === 1,
  };
}

/** The receiving organisation's people (Malmö stad: buyer@) and the network's coordinators and admins. */
const RECEIVER_OR_MANAGERS: Record<Role, Expected> = { ...MANAGERS_ONLY, member: 'allow' };

export const cases: ActionCase[] = [
  {
    name: 'state the value offer of a need',
    run: setValueOffer,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => valueOfferAttempt(fixture, 'konstgras'),
    forged: (fixture) => valueOfferAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: "state an organisation's cost, volume and commitment",
    run: stateCommitment,
    expected: BUYING_MEMBER_ONLY,
    prepare: (fixture) => commitAttempt(fixture, 'konstgras'),
    forged: (fixture) => commitAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'form the buyer group of a need',
    run: formBuyerGroup,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => buyerGroupAttempt(fixture, 'konstgras'),
    forged: (fixture) => buyerGroupAttempt(fixture, OTHER_NETWORK),
  },
  {
    name: 'hand results over',
    run: successOnRedirect(handOver),
    expected: MANAGERS_ONLY,
    prepare: (fixture) => handOverAttempt(fixture, 'konstgras'),
    forged: (fixture) => handOverAttempt(fixture, OTHER_NETWORK),
  },
  {
    // The receiving organisation decides, not the network: the coordinator of Konstgräs (an
    // association) cannot acknowledge a handover to Malmö stad in any network.
    name: 'acknowledge a handover',
    whenEnded: 'open',
    run: acknowledgeHandover,
    expected: BUYING_MEMBER_ONLY,
    prepare: (fixture) => acknowledgeAttempt(fixture, 'konstgras'),
    forged: (fixture) => acknowledgeAttempt(fixture, OTHER_NETWORK),
  },
  {
    // The receiving organisation records what its procurement became, also after the network has ended.
    name: 'record a result after a handover',
    whenEnded: 'open',
    run: recordHandoverResult,
    expected: RECEIVER_OR_MANAGERS,
    prepare: (fixture) => resultAttempt(fixture, 'konstgras'),
    forged: (fixture) => resultAttempt(fixture, OTHER_NETWORK),
  },
];
