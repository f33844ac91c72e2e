// Starting a network, publishing a draft and taking a network off the registry.
// - Starting: a confirmed person of a contracting authority (municipality, state agency, …) and
//   platform admins; a supplier, a person of an association (the demo's two coordinators work
//   for associations) and a signed-out visitor are refused. It takes no record id.
// - Publishing: the draft's own coordinators and platform admins; a coordinator of another
//   network aimed at this draft is the forged id.
// - Taking off the registry: platform admins only.
import { publishNetworkAction, startNetworkAction, unpublishNetworkAction } from '@/modules/networks/actions/network-lifecycle-actions';

import { MANAGERS_ONLY, successOnRedirect, type ActionCase, type Fixture } from '../roles';

let attempt = 0;

/** A network written straight to the database: a draft with a charter in its founders' words, or published. */
export async function createTestNetwork(fixture: Fixture, options: { coordinatorEmail: string; published: boolean }) {
  attempt += 1;
  const prisma = fixture.database.prisma;
  const [area, coordinator] = await Promise.all([
    prisma.thematicArea.findFirstOrThrow({ select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: options.coordinatorEmail }, select: { id: true, organizationId: true } }),
  ]);
  const network = await prisma.network.create({
    data: {
      slug: `testnatverk-${attempt}-${Date.now()}`,
      name: `Testnätverk ${attempt}`,
      descriptionSv: 'Ett nätverk för prov.',
      descriptionEn: '',
      areaId: area.id,
      initiator: 'BUYER',
      status: 'FORMING',
      publishedAt: options.published ? new Date() : null,
      memberships: { create: { userId: coordinator.id, organizationId: coordinator.organizationId, role: 'COORDINATOR' } },
      charterVersions: {
        create: {
          version: 1,
          mission: 'Egna ord om uppdraget.',
          shortTermGoals: 'Egna kortsiktiga mål.',
          longTermGoals: 'Egna långsiktiga mål.',
          memberBenefit: 'Egen nytta.',
          stakeholderRelations: 'Leverantörer deltar i referensgrupper.',
          membershipPolicy: 'APPROVAL',
          decisionRule: 'SIMPLE_MAJORITY',
          quorumPercent: 50,
          physicalMeetingsPerYear: 2,
          meetingFormat: 'HYBRID',
          changedFields: [],
        },
      },
    },
    select: { id: true },
  });
  const publishedAt = async () => (await prisma.network.findUniqueOrThrow({ where: { id: network.id }, select: { publishedAt: true } })).publishedAt;
  return { id: network.id, publishedAt };
}

let started = 0;

export const cases: ActionCase[] = [
  {
    name: 'start a network',
    run: successOnRedirect(startNetworkAction),
    expected: {
      anonymous: 'deny',
      supplier: 'deny',
      buyerNonMember: 'allow',
      member: 'allow',
      // Naturvårdsverket and Upphandlingsmyndigheten are state agencies: agency-initiated networks.
      observer: 'allow',
      otherCoordinator: 'deny',
      coordinator: 'deny',
      agencyStaff: 'allow',
      admin: 'allow',
    },
    prepare: async (fixture, role) => {
      started += 1;
      const name = `Nytt nätverk ${started} ${Date.now()}`;
      const area = await fixture.database.prisma.thematicArea.findFirstOrThrow({ select: { id: true } });
      return {
        form: fixture.form({
          name,
          descriptionSv: 'Beställare som vill köpa fossilfria arbetsmaskiner tillsammans.',
          areaId: area.id,
          // The demo's admin has no organisation of their own, so names the arranger.
          ...(role === 'admin' ? { arranger: 'other', arrangerNumber: '212000-1124' } : { arranger: 'own' }),
          startYear: String(new Date().getFullYear()),
          membershipPolicy: 'APPROVAL',
        }),
        applied: async () => (await fixture.database.prisma.network.count({ where: { name } })) === 1,
      };
    },
  },
  {
    name: 'publish a draft network',
    run: successOnRedirect(publishNetworkAction),
    expected: MANAGERS_ONLY,
    prepare: async (fixture) => {
      const draft = await createTestNetwork(fixture, { coordinatorEmail: 'secretariat@trappan.test', published: false });
      return { form: fixture.form({ networkId: draft.id }), applied: async () => (await draft.publishedAt()) !== null };
    },
    forged: async (fixture) => {
      const draft = await createTestNetwork(fixture, { coordinatorEmail: 'vatten@trappan.test', published: false });
      return { form: fixture.form({ networkId: draft.id }), applied: async () => (await draft.publishedAt()) !== null };
    },
  },
  {
    name: 'take a network off the registry',
    run: successOnRedirect(unpublishNetworkAction),
    expected: {
      anonymous: 'deny',
      supplier: 'deny',
      buyerNonMember: 'deny',
      member: 'deny',
      observer: 'deny',
      otherCoordinator: 'deny',
      // Its own coordinator may not hide it: only a platform admin moderates the registry.
      coordinator: 'deny',
      agencyStaff: 'deny',
      admin: 'allow',
    },
    prepare: async (fixture) => {
      const network = await createTestNetwork(fixture, { coordinatorEmail: 'secretariat@trappan.test', published: true });
      return { form: fixture.form({ networkId: network.id, reason: 'En dubblett av Konstgräs.' }), applied: async () => (await network.publishedAt()) === null };
    },
  },
];
