// Deleting one's own account (My account → My data): every role deletes its own demo account,
// in this case's own fresh database. Refused only when signed out, and for the only
// coordinator of a network (Konstgräs's and the other network's), who must hand over first.
// The action takes no record id (it is always the signed-in person's own account), so there is
// no forged-id attempt; tests/integration/my-data.test.ts shows an id in the form is ignored.
import { deleteAccountAction } from '@/modules/accounts/delete-account-action';

import { DEMO_PASSWORD } from '../../../../prisma/seed/demo-accounts';
import { ROLE_EMAIL, successOnRedirect, type ActionCase } from '../roles';

export const cases: ActionCase[] = [
  {
    name: 'delete my own account',
    whenEnded: 'open',
    run: successOnRedirect(deleteAccountAction),
    expected: {
      anonymous: 'deny',
      supplier: 'allow',
      buyerNonMember: 'allow',
      member: 'allow',
      observer: 'allow',
      otherCoordinator: 'deny',
      coordinator: 'deny',
      agencyStaff: 'allow',
      // The demo's only administrator: Trappan must keep one.
      admin: 'deny',
    },
    // A person's own affairs: open to someone their organisation has not confirmed yet.
    pending: 'allow',
    prepare: async (fixture, role) => {
      const email = ROLE_EMAIL[role];
      // Looked up without throwing: the pending attempt is prepared for a person deleted before it.
      const person = email ? await fixture.database.prisma.user.findUnique({ where: { email }, select: { id: true } }) : null;
      return {
        form: fixture.form({ currentPassword: DEMO_PASSWORD, confirm: 'RADERA' }),
        applied: async () => Boolean(person && (await fixture.database.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).deletedAt),
      };
    },
  },
];
