// A demo person waiting for Konstgräs's secretariat to decide on their request, so the
// requests page has something to show on a fresh start. Demo mode only. Idempotent: the
// request is made once, and never again after it has been decided, withdrawn or approved.
import type { Prisma } from '@/generated/prisma/client';

import { DEMO_PASSWORD } from './demo-accounts';
import { ensureUser } from './factories';

export const demoApplicant = {
  email: 'idrott@trappan.test',
  name: 'Elin Dahl',
  title: 'Idrottskonsulent',
  organizationKey: 'goteborgs-stad',
  networkSlug: 'konstgras',
  competence: 'NEED_OWNER',
  motivation:
    'Göteborgs Stad lägger om tre konstgräsplaner de kommande åren. Jag ansvarar för underhållet och vill dela erfarenheter av granulatfria ytor och ställa gemensamma krav med andra kommuner.',
} as const;

export async function seedDemoJoinRequests(
  tx: Prisma.TransactionClient,
  organizationIds: ReadonlyMap<string, string>,
  networkIds: ReadonlyMap<string, string>,
): Promise<void> {
  const organizationId = organizationIds.get(demoApplicant.organizationKey);
  const networkId = networkIds.get(demoApplicant.networkSlug);
  if (!organizationId || !networkId) throw new Error('The demo join request names an unknown organisation or network');
  const user = await ensureUser(tx, { ...demoApplicant, password: DEMO_PASSWORD, organizationId, platformRole: 'NONE' });
  const [anyRequest, membership] = await Promise.all([
    tx.joinRequest.findFirst({ where: { userId: user.id, networkId }, select: { id: true } }),
    tx.membership.findFirst({ where: { userId: user.id, networkId }, select: { id: true } }),
  ]);
  if (anyRequest || membership) return;
  await tx.joinRequest.create({
    data: { userId: user.id, networkId, organizationId, motivation: demoApplicant.motivation, competence: demoApplicant.competence },
  });
}
