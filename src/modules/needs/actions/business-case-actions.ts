'use server';

// The good innovative deal and the buyer group (the agency's report, p. 10, 43): the
// coordinator states the network's value offer to suppliers; each buying member organisation
// states what the unmet need costs it, the volume it expects and how firmly it commits; the
// coordinator forms the buyer group that prepares the procurement, with a lead organisation.
// Every action finds the network from the need in the database, never from the form.
import { z } from 'zod';

import { CommitmentLevel, ValueOffer } from '@/generated/prisma/enums';
import { getMessages, type Messages } from '@/i18n/messages';
import { groupEligibility } from '@/modules/governance/client';
import { Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { optionalText } from '@/server/input-rules';
import { can } from '@/server/policy';

import { maySpeakForBuyer, uniqueGroupName } from '../business-case';
import { COMMITMENT_LIMITS, VALUE_OFFER_LIMITS } from '../form-limits';
import { locateNeed } from '../locate-need';
import { formatKronor, parseKronor } from '../money';
import { mayHaveBuyerGroup } from '../need-status';

// NeedCommitment.expectedVolume is a 32-bit integer.
const VOLUME_MAX = 2_000_000_000;

/** Checkboxes: none ticked sends nothing, one sends a string, several an array. */
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const valueOfferSchema = (messages: Messages) => {
  const t = messages.businessCase.errors;
  return z.object({
    needId: z.string().min(1),
    valueOffers: z.preprocess(asList, z.array(z.enum(ValueOffer, t.valueOfferUnknown))),
    volumeUnit: optionalText(messages, VALUE_OFFER_LIMITS.volumeUnit),
  });
};

export async function setValueOffer(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.valueOffer',
    schema: valueOfferSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, t }) => {
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { status: true, valueOffers: true, volumeUnit: true } });
      if (need.status === 'ARCHIVED') throw new Refusal('needArchived');
      // In the catalogue's order, each once, whatever order the browser sent them in.
      const valueOffers = Object.values(ValueOffer).filter((offer) => input.valueOffers.includes(offer));
      await tx.need.update({ where: { id: input.needId }, data: { valueOffers, volumeUnit: input.volumeUnit } });
      return {
        message: t.businessCase.valueOfferSaved,
        audit: { before: { valueOffers: need.valueOffers, volumeUnit: need.volumeUnit }, after: { valueOffers, volumeUnit: input.volumeUnit } },
      };
    },
  });
}

const commitmentSchema = (messages: Messages) => {
  const t = messages.businessCase.errors;
  return z
    .object({
      needId: z.string().min(1),
      annualCost: z.string().trim().optional().default(''),
      costBasis: optionalText(messages, COMMITMENT_LIMITS.costBasis),
      expectedVolume: z.string().trim().optional().default(''),
      level: z.enum(CommitmentLevel, t.levelRequired),
      conditions: optionalText(messages, COMMITMENT_LIMITS.conditions),
      // Not public unless the organisation ticks it (docs/decisions/0022).
      isPublic: z.string().optional(),
    })
    .superRefine((input, ctx) => {
      const cost = input.annualCost ? parseKronor(input.annualCost) : null;
      if (input.annualCost && cost === null) ctx.addIssue({ code: 'custom', path: ['annualCost'], message: t.costInvalid });
      if (cost !== null && !input.costBasis) ctx.addIssue({ code: 'custom', path: ['costBasis'], message: t.costBasisRequired });
      if (input.expectedVolume && parseVolume(input.expectedVolume) === null) ctx.addIssue({ code: 'custom', path: ['expectedVolume'], message: t.volumeInvalid });
      if (input.level === 'COMMITTED' && !input.conditions) ctx.addIssue({ code: 'custom', path: ['conditions'], message: t.conditionsRequired });
    })
    .transform((input) => ({
      needId: input.needId,
      annualCostOre: input.annualCost ? parseKronor(input.annualCost) : null,
      costBasis: input.costBasis,
      expectedVolume: input.expectedVolume ? parseVolume(input.expectedVolume) : null,
      level: input.level,
      conditions: input.conditions,
      isPublic: input.isPublic === 'on' || input.isPublic === 'true',
    }));
};

/** A whole number of units, spaces allowed ("1 200"); null when it is not one. */
function parseVolume(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,10}$/.test(digits)) return null;
  const volume = Number(digits);
  return volume <= VOLUME_MAX ? volume : null;
}

export async function stateCommitment(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.commit',
    schema: commitmentSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    // Members only; whether the person buys for their organisation is checked below, with the
    // membership's organisation loaded.
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, actor, user, now, t }) => {
      const membership = await tx.membership.findUniqueOrThrow({
        where: { id: actor.membership!.id },
        select: { role: true, organizationId: true, organization: { select: { name: true, kind: true } } },
      });
      const { organizationId, organization } = membership;
      if (!organizationId || !organization || !maySpeakForBuyer(membership.role, organization.kind)) throw new Refusal('notBuyingOrganization');
      const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { status: true } });
      if (need.status === 'ARCHIVED') throw new Refusal('needArchived');

      const key = { needId_organizationId: { needId: input.needId, organizationId } };
      const previous = await tx.needCommitment.findUnique({
        where: key,
        select: { annualCostOre: true, costBasis: true, expectedVolume: true, level: true, conditions: true, isPublic: true },
      });
      const statement = {
        annualCostOre: input.annualCostOre,
        costBasis: input.costBasis,
        expectedVolume: input.expectedVolume,
        level: input.level,
        conditions: input.conditions,
        isPublic: input.isPublic,
        statedById: user.id,
        statedAt: now,
      };
      // One current statement per organisation: a new one replaces it (the audit log keeps the old).
      const commitment = await tx.needCommitment.upsert({
        where: key,
        create: { needId: input.needId, organizationId, ...statement },
        update: statement,
        select: { id: true },
      });
      // An organisation that puts figures on the need shares it: stating them is its yes.
      await tx.needOrganization.upsert({
        where: key,
        create: { needId: input.needId, organizationId, status: 'CONFIRMED', answeredAt: now },
        update: { status: 'CONFIRMED', answeredAt: now },
      });
      return {
        message: t.businessCase.committed(organization.name),
        entityId: commitment.id,
        audit: { ...(previous ? { before: auditStatement(previous) } : {}), after: { organization: organization.name, ...auditStatement(input) } },
      };
    },
  });
}

/** A statement in the audit log: money as kronor text (JSON has no bigint). */
function auditStatement(statement: {
  annualCostOre: bigint | null;
  costBasis: string;
  expectedVolume: number | null;
  level: CommitmentLevel;
  conditions: string;
  isPublic: boolean;
}) {
  return {
    isPublic: statement.isPublic,
    annualCost: statement.annualCostOre === null ? null : formatKronor(statement.annualCostOre),
    costBasis: statement.costBasis,
    expectedVolume: statement.expectedVolume,
    level: statement.level,
    conditions: statement.conditions,
  };
}

const buyerGroupSchema = (messages: Messages) => {
  const t = messages.businessCase.errors;
  return z.object({
    needId: z.string().min(1),
    memberIds: z.preprocess(asList, z.array(z.string().min(1)).min(1, t.membersRequired)),
    leadOrganizationId: z.string(t.leadRequired).trim().min(1, t.leadRequired),
  });
};

export async function formBuyerGroup(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'need.formBuyerGroup',
    schema: buyerGroupSchema,
    locate: (tx, input) => locateNeed(tx, input.needId),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, t }) => {
      const need = await tx.need.findUniqueOrThrow({
        where: { id: input.needId },
        select: { id: true, title: true, status: true, buyerGroupId: true, leadOrganization: { select: { name: true } } },
      });
      if (!mayHaveBuyerGroup(need.status)) throw new Refusal('buyerGroupNotReady');

      const chosen = await chosenBuyers(tx, network.id, [...new Set(input.memberIds)]);
      const lead = chosen.find((person) => person.organizationId === input.leadOrganizationId);
      if (!lead) throw new Refusal('leadNotInGroup');

      // Group names are Swedish data, like the rest of the network's records.
      const sv = getMessages('sv').businessCase.buyerGroup;
      let groupId = need.buyerGroupId;
      let groupName: string;
      let before: { members: string[]; leadOrganization: string | null } | null = null;
      let added = chosen;
      let removed: Array<{ id: string; userId: string; name: string }> = [];
      if (!groupId) {
        const base = sv.groupName(need.title);
        const similar = await tx.networkGroup.findMany({
          where: { networkId: network.id, name: { startsWith: base.slice(0, 60), mode: 'insensitive' } },
          select: { name: true },
        });
        groupName = uniqueGroupName(base, similar.map((group) => group.name));
        const group = await tx.networkGroup.create({ data: { networkId: network.id, kind: 'BUYER', name: groupName }, select: { id: true } });
        groupId = group.id;
      } else {
        const group = await tx.networkGroup.findUniqueOrThrow({
          where: { id: groupId },
          select: { name: true, members: { where: { removedAt: null }, select: { id: true, userId: true, user: { select: { name: true } } } } },
        });
        groupName = group.name;
        const open = new Set(group.members.map((place) => place.userId));
        const wanted = new Set(chosen.map((person) => person.id));
        before = { members: group.members.map((place) => place.user.name), leadOrganization: need.leadOrganization?.name ?? null };
        added = chosen.filter((person) => !open.has(person.id));
        removed = group.members.filter((place) => !wanted.has(place.userId)).map((place) => ({ id: place.id, userId: place.userId, name: place.user.name }));
        // Rows stay, closed, so the group's history shows who took part and when.
        if (removed.length > 0) {
          await tx.groupMembership.updateMany({ where: { id: { in: removed.map((place) => place.id) } }, data: { removedAt: now, removedReason: sv.removedReason } });
        }
      }
      if (added.length > 0) {
        await tx.groupMembership.createMany({ data: added.map((person) => ({ groupId: groupId!, userId: person.id, addedById: user.id, addedAt: now })) });
      }
      await tx.need.update({ where: { id: need.id }, data: { buyerGroupId: groupId, leadOrganizationId: lead.organizationId } });

      const tb = t.businessCase.buyerGroupPage;
      return {
        message: before ? tb.changed(added.length, removed.length) : tb.formed(groupName),
        audit: {
          ...(before ? { before } : {}),
          after: { groupId, name: groupName, members: chosen.map((person) => person.name), leadOrganization: lead.organizationName },
        },
      };
    },
  });
}

type Buyer = { id: string; name: string; organizationId: string; organizationName: string };

/**
 * The chosen people, each checked like a place in any buyer group (groupEligibility): an
 * active member of this network who buys. A person who is not, or no longer, is refused with
 * the rule's reason, and nothing is saved.
 */
async function chosenBuyers(tx: Tx, networkId: string, userIds: string[]): Promise<Buyer[]> {
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { networkId, status: 'ACTIVE' },
        select: { role: true, organizationId: true, organization: { select: { name: true, kind: true } } },
        take: 1,
      },
    },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  return userIds.map((id) => {
    const user = byId.get(id);
    const membership = user?.memberships[0] ?? null;
    const person = { organizationId: membership?.organizationId ?? null, organizationKind: membership?.organization?.kind ?? null };
    const eligibility = groupEligibility('BUYER', person, membership && { role: membership.role });
    if (!eligibility.ok) throw new Refusal(eligibility.reason);
    // A buyer has a vote, so the membership names a contracting authority.
    return { id, name: user!.name, organizationId: membership!.organizationId!, organizationName: membership!.organization!.name };
  });
}
