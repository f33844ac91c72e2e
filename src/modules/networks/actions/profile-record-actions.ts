'use server';

// The profile's records, kept by the network's coordinators (and platform admins): links to
// results and reports, and facts or history entries with a date and a source. The network of a
// link or fact to remove comes from the database, never from the form, so another network's
// record (a forged id) is refused. Facts from the agency's report are records like any other:
// a secretariat that finds one wrong may remove it, and the audit log keeps what it said.
import type { Messages } from '@/i18n/messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { locateNetwork } from '../locate-network';
import { addFactSchema, addLinkSchema, removeFactSchema, removeLinkSchema } from '../profile-records-schema';

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
/** Today in Sweden: the last day a history entry or a publication may carry. */
const swedishToday = () => toStockholmInput(new Date()).slice(0, 10);

const locateLink = async (tx: Tx, input: { linkId: string }) => {
  const link = await tx.networkLink.findUnique({ where: { id: input.linkId }, select: { id: true, networkId: true } });
  return link && { networkId: link.networkId, entityType: 'NetworkLink', entityId: link.id };
};

const locateFact = async (tx: Tx, input: { factId: string }) => {
  const fact = await tx.networkFact.findUnique({ where: { id: input.factId }, select: { id: true, networkId: true } });
  return fact && { networkId: fact.networkId, entityType: 'NetworkFact', entityId: fact.id };
};

export async function addNetworkLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.link.add',
    schema: (t: Messages) => addLinkSchema(t, swedishToday()),
    locate: async (tx, input) => {
      const located = await locateNetwork(tx, input);
      return located && { ...located, entityType: 'NetworkLink', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const data = { kind: input.kind, title: input.title, url: input.url, publishedOn: day(input.publishedOn) };
      const link = await tx.networkLink.create({ data: { networkId: network.id, ...data }, select: { id: true } });
      return {
        message: t.profileRecords.linkAdded(input.title),
        entityId: link.id,
        audit: { after: { linkKind: input.kind, title: input.title, url: input.url, publishedOn: input.publishedOn } },
      };
    },
  });
}

export async function removeNetworkLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.link.remove',
    schema: removeLinkSchema,
    locate: locateLink,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const link = await tx.networkLink.findFirstOrThrow({ where: { id: input.linkId, networkId: network.id } });
      await tx.networkLink.delete({ where: { id: link.id } });
      return {
        message: t.profileRecords.linkRemoved(link.title),
        audit: { before: { linkKind: link.kind, title: link.title, url: link.url, publishedOn: isoDay(link.publishedOn) } },
      };
    },
  });
}

export async function addNetworkFactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.fact.add',
    schema: (t: Messages) => addFactSchema(t, swedishToday()),
    locate: async (tx, input) => {
      const located = await locateNetwork(tx, input);
      return located && { ...located, entityType: 'NetworkFact', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      // Actions on one network run one at a time (runNetworkAction locks it), so the next
      // position cannot be taken in between.
      const last = await tx.networkFact.aggregate({ where: { networkId: network.id }, _max: { position: true } });
      const data = { textSv: input.textSv, textEn: input.textEn, source: input.source, sourceUrl: input.sourceUrl };
      const fact = await tx.networkFact.create({
        data: { networkId: network.id, position: (last._max.position ?? -1) + 1, occurredOn: day(input.occurredOn), ...data },
        select: { id: true },
      });
      return { message: t.profileRecords.factAdded, entityId: fact.id, audit: { after: { occurredOn: input.occurredOn, ...data } } };
    },
  });
}

export async function removeNetworkFactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'network.fact.remove',
    schema: removeFactSchema,
    locate: locateFact,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const fact = await tx.networkFact.findFirstOrThrow({ where: { id: input.factId, networkId: network.id } });
      await tx.networkFact.delete({ where: { id: fact.id } });
      return {
        message: t.profileRecords.factRemoved,
        audit: {
          before: { occurredOn: isoDay(fact.occurredOn), textSv: fact.textSv, textEn: fact.textEn, source: fact.source, sourcePage: fact.sourcePage, sourceUrl: fact.sourceUrl },
        },
      };
    },
  });
}
