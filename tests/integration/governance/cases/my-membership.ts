// Leaving a network and choosing to be listed: actions a person takes about themselves.
import { leaveNetwork, setListed } from '@/modules/governance/actions/my-membership-actions';

import { KONSTGRAS_PARTICIPANTS, ROLE_EMAIL, type ActionCase } from '../roles';

const activeMembership = (fixture: Parameters<ActionCase['prepare']>[0], userId: string, networkId: string) =>
  fixture.database.prisma.membership.findFirst({ where: { userId, networkId, status: 'ACTIVE' } });

export const cases: ActionCase[] = [
  {
    name: 'leave the network',
    whenEnded: 'open',
    run: leaveNetwork,
    // The coordinator is Konstgräs's only one, so give them a colleague first (below).
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: async (fixture, role) => {
      const networkId = await fixture.networkId('konstgras');
      const email = ROLE_EMAIL[role];
      const userId = email ? await fixture.userId(email) : null;
      if (role === 'coordinator') {
        await fixture.newMember({ networkSlug: 'konstgras', organizationSlug: 'sveriges-kultur-och-fritidschefsforening', role: 'COORDINATOR' });
      }
      const wasMember = userId ? Boolean(await activeMembership(fixture, userId, networkId)) : false;
      return {
        form: fixture.form({ networkId }),
        applied: async () => wasMember && !(userId && (await activeMembership(fixture, userId, networkId))),
      };
    },
  },
  {
    name: 'choose to be listed on the public page',
    whenEnded: 'open',
    run: setListed,
    expected: KONSTGRAS_PARTICIPANTS,
    prepare: async (fixture, role) => {
      const networkId = await fixture.networkId('konstgras');
      const email = ROLE_EMAIL[role];
      const userId = email ? await fixture.userId(email) : null;
      return {
        form: fixture.form({ networkId, listed: 'true' }),
        applied: async () => Boolean(userId && (await activeMembership(fixture, userId, networkId))?.isListed),
      };
    },
  },
];
