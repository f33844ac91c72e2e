'use server';

// The secretariat's groups: creating working, buyer and reference groups, and adding and
// removing people. Who may sit in which kind of group is groupEligibility's answer (rules.ts).
// The record actions find the network from the group or the place in the database, never
// from the form, so an id from another network is refused as that network's business.
import { z } from 'zod';

import { GroupKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { optionalText, requiredText } from '@/server/input-rules';
import { can } from '@/server/policy';

import { GROUP_LIMITS, groupEligibility } from '../rules';

const { name: NAME_MAX, description: DESCRIPTION_MAX, reason: REASON_MAX } = GROUP_LIMITS;

const createSchema = (messages: Messages) => {
  const t = messages.groups.errors;
  return z.object({
    networkId: z.string().min(1),
    kind: z.enum(GroupKind, t.kind),
    name: requiredText(messages, messages.groups.fields.name, NAME_MAX),
    description: optionalText(messages, DESCRIPTION_MAX),
  });
};

export async function createGroup(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'group.create',
    schema: createSchema,
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'NetworkGroup', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      // Two groups with one name would be told apart by nobody; the network's row lock makes
      // this check safe against a simultaneous create.
      const taken = await tx.networkGroup.findFirst({
        where: { networkId: network.id, name: { equals: input.name, mode: 'insensitive' } },
        select: { id: true },
      });
      if (taken) throw new Refusal('groupNameTaken');
      const group = await tx.networkGroup.create({
        data: { networkId: network.id, kind: input.kind, name: input.name, description: input.description },
        select: { id: true },
      });
      return {
        message: t.groups.created(input.name),
        entityId: group.id,
        audit: { after: { kind: input.kind, name: input.name } },
      };
    },
  });
}

const addSchema = (messages: Messages) => {
  const t = messages.groups.errors;
  const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
  return z
    .object({
      groupId: z.string().min(1),
      // Buyer and working groups choose from the network's members (userId); reference
      // groups name anyone with an account by email. Either identifies the person.
      userId: z.preprocess(blankToUndefined, z.string().optional()),
      email: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(z.email(t.emailInvalid)).optional()),
    })
    .superRefine((input, ctx) => {
      if (input.userId || input.email) return;
      // The form shows one of the two fields, so both carry the message.
      ctx.addIssue({ code: 'custom', path: ['userId'], message: t.personRequired });
      ctx.addIssue({ code: 'custom', path: ['email'], message: t.emailRequired });
    });
};

/** The person to add, with what the rules need; null when there is no such (enabled) user. */
async function findPerson(tx: Tx, networkId: string, input: { userId?: string; email?: string }) {
  const user = await tx.user.findFirst({
    where: { ...(input.userId ? { id: input.userId } : { email: input.email }), disabledAt: null },
    select: {
      id: true,
      name: true,
      organizationId: true,
      organization: { select: { kind: true } },
      memberships: {
        where: { networkId, status: 'ACTIVE' },
        select: { role: true, organizationId: true, organization: { select: { kind: true } } },
        take: 1,
      },
    },
  });
  if (!user) return null;
  const membership = user.memberships[0] ?? null;
  // In the network, a person acts for the organisation their membership names.
  const organizationId = membership?.organizationId ?? user.organizationId;
  const organizationKind = membership?.organization?.kind ?? user.organization?.kind ?? null;
  return {
    id: user.id,
    name: user.name,
    person: { organizationId, organizationKind },
    standing: membership && { role: membership.role },
  };
}

export async function addGroupMember(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'group.addMember',
    schema: addSchema,
    locate: async (tx, input) => {
      const group = await tx.networkGroup.findUnique({ where: { id: input.groupId }, select: { networkId: true } });
      return group && { networkId: group.networkId, entityType: 'GroupMembership', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, user, network, now, t }) => {
      const group = await tx.networkGroup.findUniqueOrThrow({ where: { id: input.groupId }, select: { id: true, name: true, kind: true } });
      const candidate = await findPerson(tx, network.id, input);
      if (!candidate) throw new Refusal('userNotFound');
      const eligibility = groupEligibility(group.kind, candidate.person, candidate.standing);
      if (!eligibility.ok) throw new Refusal(eligibility.reason);
      const open = await tx.groupMembership.findFirst({ where: { groupId: group.id, userId: candidate.id, removedAt: null }, select: { id: true } });
      if (open) throw new Refusal('alreadyInGroup');
      const place = await tx.groupMembership.create({
        data: { groupId: group.id, userId: candidate.id, addedById: user.id, addedAt: now },
        select: { id: true },
      });
      return {
        message: t.groups.added(candidate.name, group.name),
        entityId: place.id,
        audit: { after: { groupId: group.id, kind: group.kind, userId: candidate.id, role: candidate.standing?.role ?? null } },
      };
    },
  });
}

const removeSchema = (messages: Messages) =>
  z.object({
    groupMembershipId: z.string().min(1),
    reason: optionalText(messages, REASON_MAX),
  });

export async function removeGroupMember(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'group.removeMember',
    schema: removeSchema,
    locate: async (tx, input) => {
      const place = await tx.groupMembership.findUnique({ where: { id: input.groupMembershipId }, select: { id: true, group: { select: { networkId: true } } } });
      return place && { networkId: place.group.networkId, entityType: 'GroupMembership', entityId: place.id };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, now, t }) => {
      const place = await tx.groupMembership.findUniqueOrThrow({
        where: { id: input.groupMembershipId },
        select: { id: true, userId: true, removedAt: true, user: { select: { name: true } }, group: { select: { id: true, name: true, kind: true } } },
      });
      if (place.removedAt) throw new Refusal('notInGroup');
      // The row stays, closed, so the group's history shows who took part and when.
      await tx.groupMembership.update({ where: { id: place.id }, data: { removedAt: now, removedReason: input.reason || null } });
      return {
        message: t.groups.removed(place.user.name, place.group.name),
        audit: {
          before: { groupId: place.group.id, kind: place.group.kind, userId: place.userId },
          after: { removedAt: now.toISOString(), reason: input.reason || null },
        },
      };
    },
  });
}
