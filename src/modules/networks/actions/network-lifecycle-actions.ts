'use server';

// Starting a network, publishing it and taking it off the registry (docs/decisions/0017).
// Starting is a person's action (runPersonAction: there is no network to lock yet): in one
// transaction the network is created as a draft, its founder becomes its first coordinator,
// its charter starts from the template, and the start is audited in the network's log.
// Publishing and unpublishing are network actions (runNetworkAction: the row is locked, the
// network comes from the database, a forged id of someone else's draft finds nothing).
import { redirect } from 'next/navigation';
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { changedFields } from '@/modules/governance/client';
import { requiredText } from '@/server/input-rules';
import { Refusal, runNetworkAction, type RefusalCode } from '@/server/actions/network-action';
import { runPersonAction, type PersonOutcome } from '@/server/actions/person-action';
import { db } from '@/server/db/client';
import { can, canModerate } from '@/server/policy';
import type { FormState } from '@/ui/form-state';

import { chooseArea } from '../area-choice';
import { findArrangerByNumber } from '../arranger-lookup';
import { locateNetwork } from '../locate-network';
import { charterTemplate, templateTextsLeft } from '../charter-template';
import { networkPath } from '../network-paths';
import { networkSlugFrom } from '../network-slug';
import { withFreeSlug } from '../slug-allocation';
import { START_NETWORK_LIMITS } from '../start-network-fields';
import { startNetworkSchema } from '../start-network-schema';
import { publishBlocker, startStanding, startYearRange, type StartBlocker } from '../start-network-rules';

const START_REFUSALS: Record<StartBlocker, RefusalCode> = {
  signedOut: 'signedOut',
  notAffiliated: 'notAffiliated',
  noOrganization: 'startNoOrganization',
  supplier: 'startSupplier',
  notContractingAuthority: 'startNotContractingAuthority',
};

export async function startNetworkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const years = startYearRange(new Date());
  const result = await runPersonAction(formData, {
    action: 'network.start',
    schema: (t) => startNetworkSchema(t, years),
    authorize: (user) => {
      const standing = startStanding(user);
      return standing.may ? null : START_REFUSALS[standing.reason];
    },
    perform: async ({ tx, input, user, t, locale }): Promise<PersonOutcome> => {
      const standing = startStanding(user);
      if (!standing.may) throw new Refusal(START_REFUSALS[standing.reason]);

      // Field errors are answered before anything is written (the runner then commits nothing).
      const errors = t.startNetwork.errors;
      let arrangerId: string;
      if (input.arranger === 'own') {
        if (!standing.ownOrganizationId) return { message: '', fieldError: { arranger: errors.arrangerRequired } };
        arrangerId = standing.ownOrganizationId;
      } else {
        const found = await findArrangerByNumber(tx, input.arrangerNumber!, t);
        if ('fieldError' in found) return { message: '', fieldError: found.fieldError };
        arrangerId = found.arrangerId;
      }
      const initiator = standing.mayChooseInitiator && input.initiator ? input.initiator : standing.initiator;
      // Last of the checks: a proposed area is written here, and a field error after this point
      // is thrown (FieldRefusal), so that the proposal is rolled back with the rest.
      const area = await chooseArea(tx, input, { userId: user.id, currentAreaId: null, t });

      const network = await withFreeSlug(tx, networkSlugFrom(input.name), null, (slug) =>
        tx.network.create({
          data: {
            slug,
            name: input.name,
            descriptionSv: input.descriptionSv,
            descriptionEn: input.descriptionEn,
            aboutSv: input.aboutSv,
            aboutEn: input.aboutEn,
            areaId: area.id,
            initiator,
            status: 'FORMING',
            startYear: input.startYear,
            arrangerId,
            membershipPolicy: input.membershipPolicy,
            contactName: input.contactName,
            contactEmail: input.contactEmail,
            publishedAt: null,
          },
          select: { id: true, slug: true },
        }),
      );
      // The founder coordinates for their own organisation, a contracting authority that has
      // confirmed them (startStanding). An admin without one starts it for others.
      if (standing.ownOrganizationId) {
        await tx.membership.create({
          data: { userId: user.id, networkId: network.id, organizationId: standing.ownOrganizationId, role: 'COORDINATOR' },
        });
      }
      const charter = charterTemplate(locale, input.membershipPolicy);
      await tx.charterVersion.create({
        data: { networkId: network.id, version: 1, ...charter, changedFields: changedFields(null, charter), createdById: user.id },
      });
      return {
        message: t.startNetwork.started(input.name),
        entity: { type: 'Network', id: network.id },
        networkId: network.id,
        audit: {
          after: {
            slug: network.slug,
            name: input.name,
            initiator,
            arrangerId,
            area: area.slug,
            ...(area.proposed ? { areaProposed: true } : {}),
            status: 'FORMING',
            published: false,
            founderIsCoordinator: standing.ownOrganizationId !== null,
          },
        },
        redirectTo: `${networkPath(locale, network.slug)}?started=1`,
      };
    },
  });
  if (result.status === 'success' && result.redirectTo) redirect(result.redirectTo);
  return result;
}

/** After a change the network's page says what happened; it needs the network's slug from the database. */
async function toNetworkPage(result: FormState, formData: FormData, outcome: 'published' | 'unpublished'): Promise<FormState> {
  if (result.status !== 'success') return result;
  const network = await db().network.findUnique({ where: { id: String(formData.get('networkId')) }, select: { slug: true } });
  const locale = formData.get('locale') === 'en' ? 'en' : 'sv';
  if (network) redirect(`${networkPath(locale, network.slug)}?${outcome}=1`);
  return result;
}

export async function publishNetworkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'network.publish',
    schema: () => z.object({ networkId: z.string().min(1).max(40) }),
    locate: locateNetwork,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, network, actor, t, now }) => {
      const charter = await tx.charterVersion.findFirst({ where: { networkId: network.id }, orderBy: { version: 'desc' } });
      const blocker = publishBlocker(network, { isAdmin: actor.platformRole === 'ADMIN', templateTextsLeft: charter ? templateTextsLeft(charter).length : 0 });
      if (blocker) throw new Refusal(blocker);
      await tx.network.update({ where: { id: network.id }, data: { publishedAt: now, unpublishedReason: null } });
      return {
        message: t.networkDraft.published(network.name),
        audit: { before: { published: false, unpublishedReason: network.unpublishedReason }, after: { published: true, publishedAt: now.toISOString() } },
      };
    },
  });
  return toNetworkPage(result, formData, 'published');
}

export async function unpublishNetworkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runNetworkAction(formData, {
    action: 'network.unpublish',
    // Open in an ended network: a person's own place in it, or moderation.
    closedOpen: true,
    schema: (t: Messages) =>
      z.object({
        networkId: z.string().min(1).max(40),
        reason: requiredText(t, t.networkDraft.unpublishReason, START_NETWORK_LIMITS.reason),
      }),
    locate: locateNetwork,
    authorize: (actor) => canModerate(actor),
    perform: async ({ tx, input, network, t }) => {
      if (!network.publishedAt) throw new Refusal('networkNotPublished');
      await tx.network.update({ where: { id: network.id }, data: { publishedAt: null, unpublishedReason: input.reason } });
      return {
        message: t.networkDraft.unpublished(network.name),
        audit: { before: { published: true, publishedAt: network.publishedAt.toISOString() }, after: { published: false, reason: input.reason } },
      };
    },
  });
  return toNetworkPage(result, formData, 'unpublished');
}
