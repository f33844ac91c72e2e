'use server';

// Keeping a network's profile up to date (docs/decisions/0017): its coordinators (and platform
// admins) change the name, descriptions, area, arranger, start year and contact. A save names
// the profile version it started from: when another coordinator saved in between, nothing is
// saved and the person is told, keeping what they typed. A new name that gives a new address
// moves the network there, and the old address answers with a permanent redirect.
import { redirect } from 'next/navigation';

import type { Messages } from '@/i18n/messages';
import { FieldRefusal, Refusal, runNetworkAction } from '@/server/actions/network-action';
import { can } from '@/server/policy';
import type { FormState } from '@/ui/form-state';

import { chooseArea } from '../area-choice';
import { findArrangerByNumber } from '../arranger-lookup';
import { locateNetwork } from '../locate-network';
import { networkPath } from '../network-paths';
import { networkSlugFrom } from '../network-slug';
import { withFreeSlug } from '../slug-allocation';
import { networkProfileSchema } from '../start-network-schema';
import { startYearRange } from '../start-network-rules';

/** The stored fields the profile form edits, compared one by one for the audit log. */
const PROFILE_FIELDS = [
  'name',
  'descriptionSv',
  'descriptionEn',
  'aboutSv',
  'aboutEn',
  'areaId',
  'initiator',
  'arrangerId',
  'startYear',
  'contactName',
  'contactEmail',
] as const;

const PROFILE_SELECT = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, true])) as { [F in (typeof PROFILE_FIELDS)[number]]: true };

export async function updateNetworkProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const years = startYearRange(new Date());
  let savedAt: string | null = null;
  const result = await runNetworkAction(formData, {
    action: 'network.profile.update',
    schema: (t: Messages) => networkProfileSchema(t, years),
    locate: locateNetwork,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, actor, t, locale }) => {
      const current = await tx.network.findUniqueOrThrow({
        where: { id: network.id },
        select: { slug: true, profileVersion: true, area: { select: { slug: true } }, ...PROFILE_SELECT },
      });
      if (current.profileVersion !== input.baseVersion) throw new Refusal('networkProfileChanged');

      let arrangerId = current.arrangerId;
      if (input.arranger === 'other') {
        const found = await findArrangerByNumber(tx, input.arrangerNumber!, t);
        if ('fieldError' in found) throw new FieldRefusal(found.fieldError);
        arrangerId = found.arrangerId;
      }
      const area = await chooseArea(tx, input, { userId: actor.userId, currentAreaId: current.areaId, t });

      const next = {
        name: input.name,
        descriptionSv: input.descriptionSv,
        descriptionEn: input.descriptionEn,
        aboutSv: input.aboutSv,
        aboutEn: input.aboutEn,
        areaId: area.id,
        // Who took the initiative follows from who started the network; an admin corrects it.
        initiator: actor.platformRole === 'ADMIN' && input.initiator ? input.initiator : current.initiator,
        arrangerId,
        startYear: input.startYear,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
      };
      const changed = PROFILE_FIELDS.filter((field) => next[field] !== current[field]);
      if (changed.length === 0) return { message: t.networkProfile.unchanged, unchanged: true };

      let slug = current.slug;
      if (next.name !== current.name) {
        slug = await withFreeSlug(tx, networkSlugFrom(next.name), network.id, async (free) => {
          if (free !== current.slug) {
            // Renaming back takes an earlier address back from the redirects.
            await tx.networkSlugRedirect.deleteMany({ where: { slug: free, networkId: network.id } });
            await tx.networkSlugRedirect.create({ data: { slug: current.slug, networkId: network.id } });
            await tx.network.update({ where: { id: network.id }, data: { slug: free } });
          }
          return free;
        });
      }
      await tx.network.update({ where: { id: network.id }, data: { ...next, profileVersion: { increment: 1 } } });
      savedAt = networkPath(locale, slug);

      // The log names the area by its address, not by its database id.
      const summary = (values: Record<string, unknown>, areaSlug: string, atSlug: string) => ({
        ...Object.fromEntries(changed.map((field) => (field === 'areaId' ? ['area', areaSlug] : [field, values[field] ?? null]))),
        ...(slug !== current.slug ? { slug: atSlug } : {}),
      });
      return {
        message: t.networkProfile.saved(next.name),
        audit: { before: summary(current, current.area.slug, current.slug), after: summary(next, area.slug, slug) },
      };
    },
  });
  // To the network's page, which shows the saved profile (at its new address after a rename).
  if (result.status === 'success' && savedAt) redirect(`${savedAt}?profileSaved=1`);
  return result;
}
