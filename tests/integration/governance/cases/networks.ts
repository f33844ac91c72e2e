// Starting a network, publishing a draft and taking a network off the registry.
// - Starting: a confirmed person of a contracting authority (municipality, state agency, …) and
//   platform admins; a supplier, a person of an association (the demo's two coordinators work
//   for associations) and a signed-out visitor are refused. It takes no record id.
// - Publishing: the draft's own coordinators and platform admins; a coordinator of another
//   network aimed at this draft is the forged id.
// - Taking off the registry: platform admins only.
// - Editing the profile, its links and its history: the network's coordinators and platform
//   admins; Konstgräs's coordinator aiming at Avancerad rening's profile, link or history entry
//   is the forged id.
import { publishNetworkAction, startNetworkAction, unpublishNetworkAction } from '@/modules/networks/actions/network-lifecycle-actions';
import { updateNetworkProfileAction } from '@/modules/networks/actions/network-profile-actions';
import { addNetworkFactAction, addNetworkLinkAction, removeNetworkFactAction, removeNetworkLinkAction } from '@/modules/networks/actions/profile-record-actions';

import { ADMIN_ONLY, MANAGERS_ONLY, successOnRedirect, type ActionCase, type Fixture } from '../roles';

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

/** The profile form as the network's page fills it, with a new Swedish "about" text. */
async function profileForm(fixture: Fixture, slug: string) {
  const prisma = fixture.database.prisma;
  const network = await prisma.network.findUniqueOrThrow({ where: { slug } });
  const aboutSv = `Om nätverket, version ${++started}.`;
  const form = fixture.form({
    networkId: network.id,
    baseVersion: String(network.profileVersion),
    name: network.name,
    descriptionSv: network.descriptionSv,
    descriptionEn: network.descriptionEn,
    aboutSv,
    aboutEn: network.aboutEn,
    areaId: network.areaId,
    arranger: 'current',
    startYear: String(network.startYear ?? 2018),
    contactName: network.contactName ?? '',
    contactEmail: network.contactEmail ?? '',
  });
  const applied = async () => (await prisma.network.findUniqueOrThrow({ where: { id: network.id }, select: { aboutSv: true } })).aboutSv === aboutSv;
  return { form, applied };
}

export const cases: ActionCase[] = [
  {
    name: 'start a network',
    whenEnded: 'open',
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
    whenEnded: 'open',
    run: successOnRedirect(unpublishNetworkAction),
    // Its own coordinator may not hide it: only a platform admin moderates the registry.
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const network = await createTestNetwork(fixture, { coordinatorEmail: 'secretariat@trappan.test', published: true });
      return { form: fixture.form({ networkId: network.id, reason: 'En dubblett av Konstgräs.' }), applied: async () => (await network.publishedAt()) === null };
    },
  },
  {
    name: 'edit a network’s profile',
    run: successOnRedirect(updateNetworkProfileAction),
    expected: MANAGERS_ONLY,
    prepare: (fixture) => profileForm(fixture, 'konstgras'),
    forged: async (fixture) => {
      // Konstgräs's coordinator sends the profile of a network they do not coordinate.
      return profileForm(fixture, 'avancerad-rening-av-avloppsvatten');
    },
  },
  {
    name: 'add a link to a result or report',
    run: addNetworkLinkAction,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => linkForm(fixture, 'konstgras'),
    forged: (fixture) => linkForm(fixture, 'avancerad-rening-av-avloppsvatten'),
  },
  {
    name: 'remove a link to a result or report',
    run: removeNetworkLinkAction,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => removeRecordForm(fixture, 'konstgras', 'link'),
    forged: (fixture) => removeRecordForm(fixture, 'avancerad-rening-av-avloppsvatten', 'link'),
  },
  {
    name: 'add an event to a network’s history',
    run: addNetworkFactAction,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => factForm(fixture, 'konstgras'),
    forged: (fixture) => factForm(fixture, 'avancerad-rening-av-avloppsvatten'),
  },
  {
    name: 'remove an event from a network’s history',
    run: removeNetworkFactAction,
    expected: MANAGERS_ONLY,
    prepare: (fixture) => removeRecordForm(fixture, 'konstgras', 'fact'),
    forged: (fixture) => removeRecordForm(fixture, 'avancerad-rening-av-avloppsvatten', 'fact'),
  },
];

async function linkForm(fixture: Fixture, slug: string) {
  const networkId = await fixture.networkId(slug);
  const title = `Slutrapport ${++started}`;
  return {
    form: fixture.form({ networkId, kind: 'REPORT', title, url: 'https://www.example.se/slutrapport.pdf', publishedOn: '2026-05-01' }),
    applied: async () => (await fixture.database.prisma.networkLink.count({ where: { networkId, title } })) === 1,
  };
}

async function factForm(fixture: Fixture, slug: string) {
  const networkId = await fixture.networkId(slug);
  const textSv = `Styrgruppen antog verksamhetsplanen, gång ${++started}.`;
  return {
    form: fixture.form({ networkId, occurredOn: '2026-03-12', textSv, source: 'Protokoll från styrgruppen 2026-03-12' }),
    applied: async () => (await fixture.database.prisma.networkFact.count({ where: { networkId, textSv } })) === 1,
  };
}

/** A link or a history entry of that network, to remove. */
async function removeRecordForm(fixture: Fixture, slug: string, kind: 'link' | 'fact') {
  const prisma = fixture.database.prisma;
  const networkId = await fixture.networkId(slug);
  started += 1;
  if (kind === 'link') {
    const link = await prisma.networkLink.create({ data: { networkId, kind: 'RESULT', title: `Resultat ${started}`, url: 'https://www.example.se/' } });
    return { form: fixture.form({ linkId: link.id }), applied: async () => (await prisma.networkLink.count({ where: { id: link.id } })) === 0 };
  }
  const position = 1000 + started;
  const fact = await prisma.networkFact.create({ data: { networkId, position, occurredOn: new Date('2026-01-01'), textSv: `Händelse ${started}`, textEn: '', source: 'Protokoll' } });
  return { form: fixture.form({ factId: fact.id }), applied: async () => (await prisma.networkFact.count({ where: { id: fact.id } })) === 0 };
}
