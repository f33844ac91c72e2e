// Idempotent builders for records, shared by the seed and the tests: each one creates what
// is missing and leaves what exists untouched, so seeding twice changes nothing.
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { Competence, MembershipRole, PlatformRole } from '@/generated/prisma/enums';
import { ZOrganizationInput, ZUserInput } from '@/modules/accounts/schemas';
import { hashPassword } from '@/server/auth/password';

import { REPORT_PUBLISHED, type SeedNetwork, type SeedOrganization } from './networks-2019';

type Db = PrismaClient | Prisma.TransactionClient;

export async function ensureOrganization(db: Db, { key, ...input }: SeedOrganization) {
  const org = ZOrganizationInput.parse({ ...input, slug: key });
  const existing = await db.organization.findFirst({
    where: {
      OR: [
        { slug: org.slug },
        org.organizationNumber ? { organizationNumber: org.organizationNumber } : { name: org.name, kind: org.kind },
      ],
    },
    select: { id: true },
  });
  if (existing) return existing;
  return db.organization.create({
    data: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      organizationNumber: org.organizationNumber ?? null,
      countyCode: org.countyCode ?? null,
      scbCode: org.scbCode ?? null,
    },
    select: { id: true },
  });
}

export async function ensureUser(
  db: Db,
  // A null password makes a person who cannot sign in with one (the demo's history people).
  input: { email: string; name: string; title?: string; password: string | null; organizationId: string | null; platformRole?: PlatformRole; affiliation?: 'PENDING' },
) {
  const user = ZUserInput.parse(input);
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return existing;
  return db.user.create({
    data: {
      email: user.email,
      name: user.name,
      title: user.title ?? null,
      platformRole: user.platformRole,
      organizationId: input.organizationId,
      // Seeded people are known: their address counts as confirmed, and their organisation
      // too unless the demo shows a pending person.
      affiliation: input.organizationId ? (input.affiliation ?? 'CONFIRMED') : 'NONE',
      emailVerifiedAt: new Date(),
      passwordHash: input.password === null ? null : await hashPassword(input.password),
    },
    select: { id: true },
  });
}

/** An active membership; the person represents the organisation they belong to. */
export async function ensureMembership(
  db: Db,
  input: { userId: string; networkId: string; role: MembershipRole; competence?: Competence; isListed?: boolean; joinedAt?: Date },
) {
  const existing = await db.membership.findFirst({
    where: { userId: input.userId, networkId: input.networkId, status: 'ACTIVE' },
    select: { id: true },
  });
  if (existing) return existing;
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { organizationId: true } });
  return db.membership.create({
    data: { ...input, organizationId: user.organizationId, status: 'ACTIVE' },
    select: { id: true },
  });
}

export async function ensureNetwork(
  db: Db,
  network: SeedNetwork,
  organizationIds: ReadonlyMap<string, string>,
  source: string,
) {
  const orgId = (key: string) => {
    const id = organizationIds.get(key);
    if (!id) throw new Error(`Seed data names an unknown organisation: ${key}`);
    return id;
  };
  const area = await db.thematicArea.upsert({
    where: { slug: network.area.slug },
    create: network.area,
    update: {},
    select: { id: true },
  });
  const existing = await db.network.findUnique({ where: { slug: network.slug }, select: { id: true } });
  if (existing) return existing;

  return db.network.create({
    data: {
      slug: network.slug,
      name: network.name,
      descriptionSv: network.descriptionSv,
      descriptionEn: network.descriptionEn,
      areaId: area.id,
      initiator: network.initiator,
      status: network.status,
      startYear: network.startYear,
      arrangerId: orgId(network.arrangerKey),
      membershipPolicy: network.membershipPolicy,
      // The report's networks are public facts: published from the start.
      publishedAt: new Date(),
      lastActivityAt: REPORT_PUBLISHED,
      funders: {
        create: network.funders.map((f) => ({
          kind: f.kind,
          funderOrganizationId: f.organizationKey ? orgId(f.organizationKey) : null,
        })),
      },
      facts: {
        create: network.facts.map((fact, position) => ({ ...fact, position, source })),
      },
    },
    select: { id: true },
  });
}
