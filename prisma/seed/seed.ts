// Seeds the registry with the ten buyer networks of 2019 (always) and, in demo mode, the
// demo accounts and Konstgräs's demo members. Safe to run on every start: it only adds
// what is missing, in one transaction. The demo's meetings and deadlines are placed relative
// to the day it is seeded (`now`), so an upcoming meeting is upcoming on a fresh start; the
// report's history keeps the report's dates.
import type { PrismaClient } from '@/generated/prisma/client';
import { parseStockholmInput } from '@/i18n/stockholm-time';

import { DEMO_PASSWORD, demoAccounts, demoOrganizations, demoVerifiedDomains } from './demo-accounts';
import { seedDemoAgendas } from './demo-agendas';
import { seedDemoDashboards } from './demo-dashboards';
import { seedDemoDialogues } from './demo-dialogues';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoHistory } from './demo-history';
import { seedDemoHistoryNeeds } from './demo-history-needs';
import { seedDemoJoinRequests } from './demo-join-requests';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoMinutes } from './demo-minutes';
import { seedDemoNeeds } from './demo-needs';
import { ensureMembership, ensureNetwork, ensureOrganization, ensureUser } from './factories';
import { networks, organizations, SOURCE_REPORT } from './networks-2019';

export async function seedDatabase(prisma: PrismaClient, options: { demo: boolean; now?: Date }): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const organizationIds = new Map<string, string>();
      const allOrganizations = options.demo ? [...organizations, ...demoOrganizations] : organizations;
      for (const org of allOrganizations) {
        organizationIds.set(org.key, (await ensureOrganization(tx, org)).id);
      }
      const networkIds = new Map<string, string>();
      for (const network of networks) {
        networkIds.set(network.slug, (await ensureNetwork(tx, network, organizationIds, SOURCE_REPORT)).id);
      }
      if (!options.demo) return;
      const now = options.now ?? new Date();

      for (const account of demoAccounts) {
        const organizationId = account.organizationKey ? organizationIds.get(account.organizationKey) : null;
        if (organizationId === undefined) throw new Error(`Demo account names an unknown organisation: ${account.organizationKey}`);
        const user = await ensureUser(tx, { ...account, password: DEMO_PASSWORD, organizationId });
        for (const membership of account.memberships) {
          const networkId = networkIds.get(membership.networkSlug);
          if (!networkId) throw new Error(`Demo account names an unknown network: ${membership.networkSlug}`);
          const joinedAt = parseStockholmInput(`${membership.since}T09:00`);
          if (!joinedAt) throw new Error(`Demo membership has no valid date: ${membership.since}`);
          await ensureMembership(tx, { userId: user.id, networkId, role: membership.role, competence: membership.competence, isListed: membership.isListed, joinedAt });
        }
      }
      for (const { domain, organizationKey } of demoVerifiedDomains) {
        const organizationId = organizationIds.get(organizationKey)!;
        await tx.organizationDomain.upsert({ where: { domain }, create: { domain, organizationId, verifiedAt: new Date() }, update: {} });
      }
      await seedDemoGovernance(tx);
      await seedDemoMeetings(tx, now);
      await seedDemoAgendas(tx, now);
      await seedDemoJoinRequests(tx, organizationIds, networkIds);
      await seedDemoMinutes(tx);
      await seedDemoNeeds(tx);
      await seedDemoDialogues(tx, now);
      // After the needs: the history records what became of Konstgräs's handover.
      await seedDemoHistory(tx, organizationIds, now);
      await seedDemoHistoryNeeds(tx, now);
      await seedDemoDashboards(tx, now);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
