'use server';

// What platform admins do to organisations: correct their details, manage their email domains
// (one organisation per domain) and merge a duplicate into the organisation to keep. Each
// action reads the organisation or domain inside the transaction.
import { z } from 'zod';

import { checkScbCode, isCountyCode, isPublicMailDomain, normalizeOrganizationNumber } from '@/modules/accounts/client';
import type { Messages } from '@/i18n/messages';
import { Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { runPersonAction, type PersonOutcome } from '@/server/actions/person-action';
import type { CurrentUser } from '@/server/auth/current-user';
import { requiredText } from '@/server/input-rules';

import { MAX_ORGANIZATION_NAME, ORGANIZATION_KINDS } from './admin-fields';
import { refuseInForm } from './admin-refusal';
import { changedDetails } from './organisation-rules';
import { collisionCount, mergeAuditJson, mergeOrganisations } from './organisation-merge';

const adminOnly = (user: CurrentUser) => (user.platformRole === 'ADMIN' ? null : 'notAdmin');

const organisationId = (t: Messages) =>
  z.string({ error: t.adminOrganisations.organisationRequired }).trim().min(1, t.adminOrganisations.organisationRequired);

/** A code or number checked below; an empty field is "none". */
const optionalCode = z
  .string()
  .optional()
  .transform((value) => value?.trim() || null);

/** A hostname of two labels or more, lower case: letters, digits and hyphens, a letter-only top level. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const domainField = (t: Messages) =>
  z
    .string({ error: t.adminOrganisations.domainInvalid })
    .transform((value) => value.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, ''))
    .refine((value) => HOSTNAME.test(value), t.adminOrganisations.domainInvalid);

/** A domain to add: anyone can get an address at a public mail service, so it cannot stand for an organisation. */
const newDomainField = (t: Messages) => domainField(t).refine((value) => !isPublicMailDomain(value), t.adminOrganisations.domainPublic);

async function loadOrganisation(tx: Tx, id: string) {
  const organisation = await tx.organization.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, organizationNumber: true, kind: true, countyCode: true, scbCode: true },
  });
  if (!organisation) throw new Refusal('notFound');
  return organisation;
}

const updateSchema = (t: Messages) => {
  const m = t.adminOrganisations;
  return z
    .object({
      organisationId: organisationId(t),
      // The shared input rules: "Fyll i namn." when empty, the length and the limit when too long.
      name: requiredText(t, m.name, MAX_ORGANIZATION_NAME),
      kind: z.enum(ORGANIZATION_KINDS, { error: m.kindRequired }),
      countyCode: optionalCode.refine((value) => value === null || isCountyCode(value), m.countyUnknown),
      scbCode: optionalCode,
      organisationNumber: optionalCode
        .refine((value) => value === null || normalizeOrganizationNumber(value) !== null, m.organisationNumberInvalid)
        .transform((value) => (value === null ? null : normalizeOrganizationNumber(value))),
    })
    .superRefine((input, context) => {
      const problem = checkScbCode(input.kind, input.countyCode, input.scbCode);
      if (problem === 'countyUnknown') context.addIssue({ code: 'custom', path: ['countyCode'], message: m.countyUnknown });
      else if (problem) context.addIssue({ code: 'custom', path: ['scbCode'], message: m[problem] });
    });
};

export async function updateOrganisation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'admin.organisation.update',
    schema: updateSchema,
    authorize: adminOnly,
    perform: async ({ tx, input, t }): Promise<PersonOutcome> => {
      const organisation = await loadOrganisation(tx, input.organisationId);
      if (input.organisationNumber && input.organisationNumber !== organisation.organizationNumber) {
        const holder = await tx.organization.findUnique({ where: { organizationNumber: input.organisationNumber }, select: { id: true } });
        if (holder) return { message: t.adminOrganisations.organisationNumberTaken, fieldError: { organisationNumber: t.adminOrganisations.organisationNumberTaken } };
      }
      const after = { name: input.name, kind: input.kind, countyCode: input.countyCode, scbCode: input.scbCode, organizationNumber: input.organisationNumber };
      const { id: _id, slug: _slug, ...before } = organisation;
      const changes = changedDetails(before, after);
      if (!changes) return { message: t.adminOrganisations.nothingChanged, unchanged: true };
      await tx.organization.update({ where: { id: organisation.id }, data: changes.after });
      return {
        message: t.adminOrganisations.savedDone(input.name),
        entity: { type: 'Organization', id: organisation.id },
        audit: changes,
      };
    },
  });
}

export async function addDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'admin.organisation.addDomain',
    schema: (t: Messages) => z.object({ organisationId: organisationId(t), domain: newDomainField(t) }),
    authorize: adminOnly,
    perform: async ({ tx, input, t }): Promise<PersonOutcome> => {
      const organisation = await loadOrganisation(tx, input.organisationId);
      const taken = await tx.organizationDomain.findUnique({ where: { domain: input.domain }, select: { organization: { select: { name: true } } } });
      if (taken) {
        const message = t.adminOrganisations.domainTaken(taken.organization.name);
        return { message, fieldError: { domain: message } };
      }
      await tx.organizationDomain.create({ data: { domain: input.domain, organizationId: organisation.id } });
      return {
        message: t.adminOrganisations.domainAddedDone(input.domain, organisation.name),
        entity: { type: 'Organization', id: organisation.id },
        audit: { after: { domain: input.domain, verified: false } },
      };
    },
  });
}

const domainSchema = (t: Messages) => z.object({ domain: domainField(t) });

/** The domain row with its organisation; a domain that is gone is refused. */
async function loadDomain(tx: Tx, domain: string) {
  const row = await tx.organizationDomain.findUnique({ where: { domain }, select: { domain: true, verifiedAt: true, organizationId: true } });
  if (!row) throw new Refusal('notFound');
  return row;
}

export async function verifyDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  const action = 'admin.organisation.verifyDomain';
  return runPersonAction(formData, {
    action,
    schema: domainSchema,
    authorize: adminOnly,
    perform: async ({ tx, input, user, t, now }): Promise<PersonOutcome> => {
      const row = await loadDomain(tx, input.domain);
      const entity = { type: 'Organization', id: row.organizationId };
      if (row.verifiedAt) {
        return refuseInForm(tx, { actorId: user.id, action, entity, reason: 'alreadyVerified' }, 'domain', t.adminOrganisations.domainAlreadyVerified);
      }
      await tx.organizationDomain.update({ where: { domain: row.domain }, data: { verifiedAt: now } });
      return { message: t.adminOrganisations.domainVerifiedDone(row.domain), entity, audit: { before: { domain: row.domain, verified: false }, after: { domain: row.domain, verified: true } } };
    },
  });
}

export async function removeDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  return runPersonAction(formData, {
    action: 'admin.organisation.removeDomain',
    schema: domainSchema,
    authorize: adminOnly,
    perform: async ({ tx, input, t }): Promise<PersonOutcome> => {
      const row = await loadDomain(tx, input.domain);
      await tx.organizationDomain.delete({ where: { domain: row.domain } });
      return {
        message: t.adminOrganisations.domainRemovedDone(row.domain),
        entity: { type: 'Organization', id: row.organizationId },
        audit: { before: { domain: row.domain, verifiedAt: row.verifiedAt?.toISOString() ?? null } },
      };
    },
  });
}

export async function mergeOrganisation(_previous: FormState, formData: FormData): Promise<FormState> {
  const action = 'admin.organisation.merge';
  return runPersonAction(formData, {
    action,
    schema: (t: Messages) =>
      z.object({
        organisationId: organisationId(t),
        target: z.string({ error: t.adminOrganisations.mergeTargetRequired }).trim().min(1, t.adminOrganisations.mergeTargetRequired),
      }),
    authorize: adminOnly,
    perform: async ({ tx, input, user, t }): Promise<PersonOutcome> => {
      const m = t.adminOrganisations;
      const duplicate = await loadOrganisation(tx, input.organisationId);
      const number = normalizeOrganizationNumber(input.target);
      const kept = await tx.organization.findFirst({
        where: { OR: [{ slug: input.target.toLowerCase() }, ...(number ? [{ organizationNumber: number }] : [])] },
        select: { id: true, name: true, slug: true, organizationNumber: true },
      });
      if (!kept) return { message: m.mergeTargetUnknown, fieldError: { target: m.mergeTargetUnknown } };
      if (kept.id === duplicate.id) {
        return refuseInForm(tx, { actorId: user.id, action, entity: { type: 'Organization', id: duplicate.id }, reason: 'mergeSame' }, 'target', m.mergeSame);
      }
      const summary = await mergeOrganisations(tx, duplicate, kept);
      const collisions = collisionCount(summary);
      return {
        message: m.mergedDone(duplicate.name, kept.name),
        detail: collisions > 0 ? m.mergedCollisions(collisions) : undefined,
        entity: { type: 'Organization', id: kept.id },
        // Both organisations by id and name, so the log can name the duplicate after it is gone.
        audit: {
          before: { duplicate: { id: duplicate.id, name: duplicate.name, slug: duplicate.slug, organizationNumber: duplicate.organizationNumber } },
          after: { kept: { id: kept.id, name: kept.name }, ...mergeAuditJson(summary) },
        },
      };
    },
  });
}
