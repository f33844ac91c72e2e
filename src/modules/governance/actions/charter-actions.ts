'use server';

// The secretariat changes the network's charter. A change never edits a version: it adds the
// next one, with who saved it and which fields differ, so the history is the record of how
// the network's rules evolved. The network row is locked by runNetworkAction and every save
// names the version it was based on, so when two coordinators save at once the second is
// refused instead of undoing the first one's change (the unique index is the backstop).
import { Refusal, runNetworkAction, type FormState } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { charterSchema } from '../charter';
import { changedFields, charterContent, type CharterField } from '../charter-content';

const TEXT_FIELDS: ReadonlySet<CharterField> = new Set(['mission', 'shortTermGoals', 'longTermGoals', 'memberBenefit', 'stakeholderRelations']);

export async function updateCharter(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'charter.update',
    schema: charterSchema,
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'CharterVersion', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, t }) => {
      const previous = await tx.charterVersion.findFirst({ where: { networkId: network.id }, orderBy: { version: 'desc' } });
      if ((previous?.version ?? 0) !== input.baseVersion) throw new Refusal('charterChanged');
      const next = charterContent(input);
      const changed = changedFields(previous && charterContent(previous), next);
      if (previous && changed.length === 0) throw new Refusal('charterUnchanged');

      const version = (previous?.version ?? 0) + 1;
      const created = await tx.charterVersion.create({
        data: { networkId: network.id, version, ...next, changedFields: changed, createdById: user.id },
        select: { id: true },
      });
      // The registry's "open membership" filter and the joining rules read the network's
      // own column: it follows the charter in the same transaction.
      if (network.membershipPolicy !== next.membershipPolicy) {
        await tx.network.update({ where: { id: network.id }, data: { membershipPolicy: next.membershipPolicy } });
      }
      // The audit summary names every changed field but carries only the short values (the
      // rules); the texts are in the versions themselves.
      const pick = (source: Record<CharterField, unknown>) =>
        Object.fromEntries(changed.filter((field) => !TEXT_FIELDS.has(field)).map((field) => [field, source[field]]));
      return {
        message: t.charter.saved(version),
        entityId: created.id,
        audit: {
          before: previous ? { version: previous.version, ...pick(previous) } : { version: 0 },
          after: { version, changedFields: changed, ...pick(next) },
        },
      };
    },
  });
}
