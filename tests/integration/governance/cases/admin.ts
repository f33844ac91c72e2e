// The platform admin's actions on people and organisations: only platform admins may. Each
// attempt acts on a fresh person or organisation, so attempts are independent.
import { approveArea, mergeArea } from '@/modules/admin/area-actions';
import { addDomain, updateOrganisation } from '@/modules/admin/organisation-actions';
import { changePlatformRole, confirmAffiliation, disableUser } from '@/modules/admin/user-actions';

import { ADMIN_ONLY, type ActionCase, type Fixture } from '../roles';

let counter = 0;

async function freshPerson(fixture: Fixture, affiliation: 'PENDING' | 'CONFIRMED' = 'CONFIRMED') {
  counter += 1;
  const { prisma } = fixture.database;
  const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: 'uppsala-kommun' }, select: { id: true } });
  return prisma.user.create({
    data: { email: `admin-case-${counter}-${Date.now()}@trappan.test`, name: `Person ${counter}`, organizationId: organization.id, affiliation, emailVerifiedAt: new Date() },
  });
}

async function freshOrganisation(fixture: Fixture) {
  counter += 1;
  return fixture.database.prisma.organization.create({ data: { name: `Organisation ${counter}`, slug: `admin-case-${counter}-${Date.now()}`, kind: 'OTHER' } });
}

/** A thematic area a founder proposed for Konstgräs's sibling: a fresh proposal per attempt. */
async function freshProposal(fixture: Fixture) {
  counter += 1;
  return fixture.database.prisma.thematicArea.create({
    data: { slug: `foreslaget-omrade-${counter}-${Date.now()}`, nameSv: `Föreslaget område ${counter}`, nameEn: `Proposed area ${counter}`, status: 'PROPOSED', proposedAt: new Date() },
  });
}

const person = (fixture: Fixture, id: string) => fixture.database.prisma.user.findUniqueOrThrow({ where: { id } });

export const cases: ActionCase[] = [
  {
    name: 'disable a person',
    whenEnded: 'open',
    run: disableUser,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const target = await freshPerson(fixture);
      return { form: fixture.form({ userId: target.id }), applied: async () => (await person(fixture, target.id)).disabledAt !== null };
    },
  },
  {
    name: "change a person's platform role",
    whenEnded: 'open',
    run: changePlatformRole,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const target = await freshPerson(fixture);
      return {
        form: fixture.form({ userId: target.id, platformRole: 'AGENCY_STAFF' }),
        applied: async () => (await person(fixture, target.id)).platformRole === 'AGENCY_STAFF',
      };
    },
  },
  {
    name: "confirm a person's affiliation (admin)",
    whenEnded: 'open',
    run: confirmAffiliation,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const target = await freshPerson(fixture, 'PENDING');
      return { form: fixture.form({ userId: target.id }), applied: async () => (await person(fixture, target.id)).affiliation === 'CONFIRMED' };
    },
  },
  {
    name: "correct an organisation's details",
    whenEnded: 'open',
    run: updateOrganisation,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const organisation = await freshOrganisation(fixture);
      return {
        form: fixture.form({ organisationId: organisation.id, name: `${organisation.name} (rättad)`, kind: 'ASSOCIATION' }),
        applied: async () => (await fixture.database.prisma.organization.findUniqueOrThrow({ where: { id: organisation.id } })).kind === 'ASSOCIATION',
      };
    },
  },
  {
    name: 'add an email domain to an organisation',
    whenEnded: 'open',
    run: addDomain,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const organisation = await freshOrganisation(fixture);
      const domain = `${organisation.slug}.example.se`;
      return {
        form: fixture.form({ organisationId: organisation.id, domain }),
        applied: async () => (await fixture.database.prisma.organizationDomain.count({ where: { domain } })) === 1,
      };
    },
  },
  {
    name: 'approve a proposed thematic area',
    whenEnded: 'open',
    run: approveArea,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const area = await freshProposal(fixture);
      const status = async () => (await fixture.database.prisma.thematicArea.findUniqueOrThrow({ where: { id: area.id } })).status;
      return { form: fixture.form({ areaId: area.id }), applied: async () => (await status()) === 'APPROVED' };
    },
  },
  {
    name: 'merge a proposed thematic area into an existing one',
    whenEnded: 'open',
    run: mergeArea,
    expected: ADMIN_ONLY,
    prepare: async (fixture) => {
      const area = await freshProposal(fixture);
      const target = await fixture.database.prisma.thematicArea.findFirstOrThrow({ where: { status: 'APPROVED' }, select: { id: true } });
      return {
        form: fixture.form({ areaId: area.id, target: target.id }),
        applied: async () => (await fixture.database.prisma.thematicArea.count({ where: { id: area.id } })) === 0,
      };
    },
  },
];
