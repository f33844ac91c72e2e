// The demo roles every governance action is tried with, as the issue lists them, and the
// demo account (prisma/seed/demo-accounts.ts) that plays each. Konstgräs is the network
// under test: the coordinator, member and observer are Konstgräs's.
import type { FormState } from '@/server/actions/network-action';

import type { TestDatabase } from '../test-database';

export const ROLES = [
  'anonymous',
  'supplier',
  'buyerNonMember',
  'member',
  'observer',
  'otherCoordinator',
  'coordinator',
  'agencyStaff',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_EMAIL: Record<Role, string | null> = {
  anonymous: null,
  supplier: 'supplier@trappan.test',
  buyerNonMember: 'buyer2@trappan.test',
  member: 'buyer@trappan.test',
  observer: 'funder@trappan.test',
  otherCoordinator: 'vatten@trappan.test',
  coordinator: 'secretariat@trappan.test',
  agencyStaff: 'agency@trappan.test',
  admin: 'admin@trappan.test',
};

/** The demo person at Uppsala kommun whom the organisation has not confirmed yet. */
export const PENDING_EMAIL = 'pending@trappan.test';

export type Expected = 'allow' | 'deny';

/** Only the secretariat's coordinators (and platform admins) may. */
export const MANAGERS_ONLY: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'deny',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'allow',
  agencyStaff: 'deny',
  admin: 'allow',
};

/** Every signed-in person may, about themselves. */
export const SIGNED_IN: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'allow',
  buyerNonMember: 'allow',
  member: 'allow',
  observer: 'allow',
  otherCoordinator: 'allow',
  coordinator: 'allow',
  agencyStaff: 'allow',
  admin: 'allow',
};

/** Only platform admins may. */
export const ADMIN_ONLY: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'deny',
  observer: 'deny',
  otherCoordinator: 'deny',
  coordinator: 'deny',
  agencyStaff: 'deny',
  admin: 'allow',
};

/** Everyone with an active membership of Konstgräs may (about themselves). */
export const KONSTGRAS_PARTICIPANTS: Record<Role, Expected> = {
  anonymous: 'deny',
  supplier: 'deny',
  buyerNonMember: 'deny',
  member: 'allow',
  observer: 'allow',
  otherCoordinator: 'deny',
  coordinator: 'allow',
  agencyStaff: 'deny',
  admin: 'deny',
};

export type Fixture = {
  database: TestDatabase;
  /** Ids by demo email and by network slug. */
  userId(email: string): Promise<string>;
  networkId(slug: string): Promise<string>;
  /** A new user of that organisation with an active membership (for actions on someone else). */
  newMember(options: { networkSlug: string; organizationSlug: string; role?: 'MEMBER' | 'STEERING' | 'OBSERVER' | 'COORDINATOR' }): Promise<{ userId: string; membershipId: string }>;
  form(fields: Record<string, string | string[]>): FormData;
};

/**
 * One server action of the governance issue, as the permission matrix tries it. `prepare`
 * builds the form for one attempt by one role, creating whatever the attempt needs so that
 * the attempts do not depend on each other. `applied` tells, from the database, whether the
 * change happened (so a "deny" is checked against the data, not only the message).
 */
export type ActionCase = {
  name: string;
  run: (previous: FormState, formData: FormData) => Promise<FormState>;
  expected: Record<Role, Expected>;
  /** A person's own affairs (not speaking for the organisation) are open to a pending person too. */
  pending?: Expected;
  prepare: (fixture: Fixture, role: Role) => Promise<{ form: FormData; applied: () => Promise<boolean> }>;
  /**
   * The same action aimed, by Konstgräs's coordinator, at a record that belongs to another
   * network (a forged id). Omit only for actions that take no record id.
   */
  forged?: (fixture: Fixture) => Promise<{ form: FormData; applied: () => Promise<boolean> }>;
  /**
   * In an ended network every write is refused. 'open' marks the few actions that stay open
   * there (leaving, being listed, withdrawing a request, acknowledging a handover, moderation)
   * and the actions that are not about a network at all (one's account, starting a network);
   * 'own rule' an action open there whose own rule answers (the status: only an admin reopens).
   */
  whenEnded?: 'open' | 'own rule';
};

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * For actions whose success ends in a redirect (Next throws it): the matrix reads the redirect
 * as a success; anything else thrown is still an error.
 */
export function successOnRedirect(action: Action): Action {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      if (String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT')) return { status: 'success' };
      throw error;
    }
  };
}
