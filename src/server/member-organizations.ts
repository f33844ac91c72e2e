// Which organisations are a network's member organisations, wherever they are counted or
// offered (the network page, the registry's counts and county filter, the national overview,
// the organisations that can share a need): those with an active membership that is not an
// observer's, and never a company. An observer (a funder such as Naturvårdsverket) watches the
// network without being part of it; a firm takes part only as the arranger's secretariat
// (suppliers are never members, the agency's report 2019:3), so neither is a member
// organisation. One definition for Prisma and one for SQL, so the rule exists once; the
// database's member counts follow the same rule (migration need_sharing_consent).
import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { OrganizationKind } from '@/generated/prisma/enums';

/** The organisation kinds a member organisation can have: every kind but a company. */
export const MEMBER_ORGANIZATION_KINDS = Object.values(OrganizationKind).filter((kind) => kind !== 'COMPANY');

/** A membership that makes its organisation a member organisation, as a Prisma filter. */
export const MEMBER_ORGANIZATION_MEMBERSHIP = {
  status: 'ACTIVE',
  role: { not: 'OBSERVER' },
  organization: { kind: { not: 'COMPANY' } },
} as const satisfies Prisma.MembershipWhereInput;

/** The same rule in SQL, for a membership under `membership` and its organisation under `organization`. */
export function memberOrganizationSql(membership: string, organization: string): Prisma.Sql {
  for (const alias of [membership, organization]) if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(`${membership}.status = 'ACTIVE' AND ${membership}.role <> 'OBSERVER' AND ${organization}.kind <> 'COMPANY'`);
}
