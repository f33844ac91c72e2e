'use server';

// The secretariat keeps the network's funders and their funding periods. Every action goes
// through runNetworkAction: the network comes from the funder or period in the database, never
// from the form, so a forged id of another network's record is that network's business and is
// refused. Membership fees come from the members (no organisation), base and project funding
// from an organisation; grants from Energimyndigheten, Vinnova and the EU are time-limited
// (the agency's report 2019:3, p. 35), so their granted periods need an end date. A change of
// funders reaches the registry's search document through the NetworkFunder triggers, and its
// counts and the overview at once (every committed action forgets the cached figures).
import type { FundingKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { FieldRefusal, Refusal, runNetworkAction, type FormState, type Tx } from '@/server/actions/network-action';
import { can } from '@/server/policy';

import { funderOrganizationRule, isTimeLimitedFunder } from './rules';
import {
  addFunderSchema,
  addPeriodSchema,
  removeFunderSchema,
  removePeriodSchema,
  updateFunderSchema,
  updatePeriodSchema,
  type TPeriodInput,
} from './schemas';

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type FunderOrganization = { id: string; slug: string; name: string } | null;

/** The organisation a funder form names, checked against its kind; field errors otherwise. */
async function funderOrganization(tx: Tx, t: Messages, kind: FundingKind, organizationId: string | null): Promise<FunderOrganization> {
  const rule = funderOrganizationRule(kind);
  if (rule === 'none' && organizationId) throw new FieldRefusal({ organizationId: t.funding.errors.organizationNotAllowed });
  if (rule === 'required' && !organizationId) throw new FieldRefusal({ organizationId: t.funding.errors.organizationRequired });
  if (!organizationId) return null;
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true, slug: true, name: true } });
  if (!organization) throw new FieldRefusal({ organizationId: t.funding.errors.organizationUnknown });
  return organization;
}

/** One funder per organisation and kind in a network: a second grant is a second period. */
async function refuseDuplicate(tx: Tx, t: Messages, networkId: string, kind: FundingKind, organizationId: string | null, exceptId?: string) {
  const existing = await tx.networkFunder.findFirst({
    where: { networkId, kind, funderOrganizationId: organizationId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (existing) throw new FieldRefusal({ organizationId: t.funding.errors.duplicateFunder });
}

/** A granted period of a funder whose grants are always time-limited needs its end date. */
function refuseOpenEndedGrant(t: Messages, organization: FunderOrganization, period: TPeriodInput) {
  if (organization && period.status === 'GRANTED' && !period.periodEnd && isTimeLimitedFunder(organization)) {
    throw new FieldRefusal({ periodEnd: t.funding.errors.endRequiredTimeLimited });
  }
}

const periodData = (period: TPeriodInput) => ({
  periodStart: day(period.periodStart),
  periodEnd: day(period.periodEnd),
  status: period.status,
  amountSek: period.amount,
  note: period.note,
});

const periodAudit = (period: { periodStart: Date | null; periodEnd: Date | null; status: string; amountSek: number | null; note: string }) => ({
  periodStart: iso(period.periodStart),
  periodEnd: iso(period.periodEnd),
  status: period.status,
  amountSek: period.amountSek,
  periodNote: period.note,
});

const hasPeriod = (input: TPeriodInput) => Boolean(input.periodStart || input.periodEnd || input.amount !== null || input.note);

const funderName = (t: Messages, kind: FundingKind, organization: { name: string } | null) =>
  organization?.name ?? (kind === 'MEMBERSHIP_FEES' ? t.enums.fundingKind.MEMBERSHIP_FEES : t.funding.theMembers);

const locateFunder = async (tx: Tx, input: { funderId: string }) => {
  const funder = await tx.networkFunder.findUnique({ where: { id: input.funderId }, select: { id: true, networkId: true } });
  return funder && { networkId: funder.networkId, entityType: 'NetworkFunder', entityId: funder.id };
};

const locatePeriod = async (tx: Tx, input: { periodId: string }) => {
  const period = await tx.fundingPeriod.findUnique({ where: { id: input.periodId }, select: { id: true, funder: { select: { networkId: true } } } });
  return period && { networkId: period.funder.networkId, entityType: 'FundingPeriod', entityId: period.id };
};

/** The funder of a period or a funder id, scoped to the locked network (a forged id finds nothing). */
async function loadFunder(tx: Tx, networkId: string, where: { id: string } | { periods: { some: { id: string } } }) {
  return tx.networkFunder.findFirstOrThrow({
    where: { ...where, networkId },
    select: { id: true, kind: true, funderOrganization: { select: { id: true, slug: true, name: true } } },
  });
}

export async function addFunderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.addFunder',
    schema: addFunderSchema,
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'NetworkFunder', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const organization = await funderOrganization(tx, t, input.kind, input.organizationId);
      await refuseDuplicate(tx, t, network.id, input.kind, organization?.id ?? null);
      const withPeriod = hasPeriod(input);
      if (withPeriod) refuseOpenEndedGrant(t, organization, input);
      const funder = await tx.networkFunder.create({
        data: {
          networkId: network.id,
          kind: input.kind,
          funderOrganizationId: organization?.id ?? null,
          ...(withPeriod ? { periods: { create: periodData(input) } } : {}),
        },
        select: { id: true },
      });
      const name = funderName(t, input.kind, organization);
      return {
        message: t.funding.funderAdded(name),
        entityId: funder.id,
        audit: { after: { funder: organization?.name ?? null, kind: input.kind, ...(withPeriod ? periodAudit(periodData(input)) : {}) } },
      };
    },
  });
}

export async function updateFunderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.updateFunder',
    schema: updateFunderSchema,
    locate: locateFunder,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const before = await loadFunder(tx, network.id, { id: input.funderId });
      // Two coordinators editing the same funder: the second is told, and keeps what they typed.
      if (input.baseKind !== undefined && (input.baseKind !== before.kind || (input.baseOrganizationId ?? '') !== (before.funderOrganization?.id ?? ''))) {
        throw new Refusal('fundingChanged');
      }
      const organization = await funderOrganization(tx, t, input.kind, input.organizationId);
      await refuseDuplicate(tx, t, network.id, input.kind, organization?.id ?? null, before.id);
      await tx.networkFunder.update({ where: { id: before.id }, data: { kind: input.kind, funderOrganizationId: organization?.id ?? null } });
      return {
        message: t.funding.funderSaved(funderName(t, input.kind, organization)),
        audit: {
          before: { funder: before.funderOrganization?.name ?? null, kind: before.kind },
          after: { funder: organization?.name ?? null, kind: input.kind },
        },
      };
    },
  });
}

export async function removeFunderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.removeFunder',
    schema: removeFunderSchema,
    locate: locateFunder,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const funder = await loadFunder(tx, network.id, { id: input.funderId });
      const periods = await tx.fundingPeriod.count({ where: { funderId: funder.id } });
      await tx.networkFunder.delete({ where: { id: funder.id } });
      return {
        message: t.funding.funderRemoved(funderName(t, funder.kind, funder.funderOrganization)),
        audit: { before: { funder: funder.funderOrganization?.name ?? null, kind: funder.kind, periods } },
      };
    },
  });
}

export async function addPeriodAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.addPeriod',
    schema: addPeriodSchema,
    locate: async (tx, input) => {
      const located = await locateFunder(tx, input);
      return located && { ...located, entityType: 'FundingPeriod', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const funder = await loadFunder(tx, network.id, { id: input.funderId });
      refuseOpenEndedGrant(t, funder.funderOrganization, input);
      const period = await tx.fundingPeriod.create({ data: { funderId: funder.id, ...periodData(input) }, select: { id: true } });
      return {
        message: t.funding.periodAdded,
        entityId: period.id,
        audit: { after: { funder: funder.funderOrganization?.name ?? null, kind: funder.kind, ...periodAudit(periodData(input)) } },
      };
    },
  });
}

export async function updatePeriodAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.updatePeriod',
    schema: updatePeriodSchema,
    locate: locatePeriod,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const funder = await loadFunder(tx, network.id, { periods: { some: { id: input.periodId } } });
      refuseOpenEndedGrant(t, funder.funderOrganization, input);
      const before = await tx.fundingPeriod.findUniqueOrThrow({ where: { id: input.periodId } });
      if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== before.updatedAt.toISOString()) throw new Refusal('fundingChanged');
      await tx.fundingPeriod.update({ where: { id: before.id }, data: periodData(input) });
      return {
        message: t.funding.periodSaved,
        audit: { before: periodAudit(before), after: { funder: funder.funderOrganization?.name ?? null, ...periodAudit(periodData(input)) } },
      };
    },
  });
}

export async function removePeriodAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'funding.removePeriod',
    schema: removePeriodSchema,
    locate: locatePeriod,
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, t }) => {
      const funder = await loadFunder(tx, network.id, { periods: { some: { id: input.periodId } } });
      const before = await tx.fundingPeriod.findUniqueOrThrow({ where: { id: input.periodId } });
      await tx.fundingPeriod.delete({ where: { id: before.id } });
      return { message: t.funding.periodRemoved, audit: { before: { funder: funder.funderOrganization?.name ?? null, ...periodAudit(before) } } };
    },
  });
}

/**
 * The funders' list's one removal action (a funder, or a period when the form names one), so
 * that its answer stands once above the list. A server action itself, not a function around
 * two, so the forms work before JavaScript has loaded.
 */
export async function removeFundingRecordAction(previous: FormState, formData: FormData): Promise<FormState> {
  return formData.has('periodId') ? removePeriodAction(previous, formData) : removeFunderAction(previous, formData);
}
