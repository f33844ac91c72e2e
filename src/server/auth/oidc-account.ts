// Who an OpenID Connect sign-in is in Trappan: the account of the address the provider vouches
// for, or a new one. Auth.js's signIn callback (auth.ts) calls it; there is no HTTP here, so the
// rules are tested against a real database (tests/integration/oidc-account.test.ts).
//
// The rule (docs/decisions/0016):
// - the provider must say `email_verified: true`; a missing or false claim is refused;
// - an account with that address (compared in lower case) is used only when its own address
//   is verified: an unverified one may have been signed up by someone else who knows its
//   password, and linking would hand them the real owner's account; a disabled or deleted
//   account is refused;
// - without an account, one is created: verified now, no password, and CONFIRMED at the
//   organisation whose verified email domain the address is at, else without organisation.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { AffiliationStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { writeAuditEvent } from '@/server/audit';
import { ZEmail } from '@/server/auth/email';

import type { OidcClaims } from './oidc';

export type OidcRefusal =
  /** The provider sent no usable email address. */
  | 'emailMissing'
  /** The provider does not vouch for the address (`email_verified` is not true). */
  | 'emailUnverified'
  /** Trappan has an account with the address whose own address was never confirmed. */
  | 'accountUnverified'
  /** The account with the address is disabled (or deleted). */
  | 'accountClosed';

export const OIDC_REFUSALS: readonly OidcRefusal[] = ['emailMissing', 'emailUnverified', 'accountUnverified', 'accountClosed'];

export type OidcAccount =
  | { ok: true; userId: string; outcome: 'created' | 'linked' | 'existing' }
  | { ok: false; reason: OidcRefusal };

type Options = {
  /** The provider's issuer, kept in the audit row (not the person's subject: the row outlives the account). */
  issuer?: string;
  /** A new account's language: the one the person signed in from. */
  locale?: Locale;
  now?: Date;
};

const AUDIT_ACTIONS = { created: 'account.oidc.signUp', linked: 'account.oidc.link' } as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Some providers send the claim as the string "true"; anything else is not a yes. */
const isVerifiedClaim = (value: unknown) => value === true || value === 'true';

function nameFrom(claims: OidcClaims, email: string): string {
  const name = text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || null);
  return (name ?? email.slice(0, email.lastIndexOf('@'))).slice(0, 200);
}

/** The part after "@" (the address is already in lower case). */
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function resolveOidcAccount(prisma: PrismaClient, claims: OidcClaims, options: Options = {}): Promise<OidcAccount> {
  const parsed = ZEmail.safeParse(claims.email);
  if (!parsed.success || parsed.data.length > 254) return { ok: false, reason: 'emailMissing' };
  if (!isVerifiedClaim(claims.email_verified)) return { ok: false, reason: 'emailUnverified' };
  const email = parsed.data;
  try {
    return await prisma.$transaction((tx) => resolve(tx, email, claims, options));
  } catch (error) {
    // Two first sign-ins of one new address at once: the unique address lets one create the
    // account; the other finds it on its second try.
    if (!isUniqueViolation(error)) throw error;
    return prisma.$transaction((tx) => resolve(tx, email, claims, options));
  }
}

async function resolve(tx: Prisma.TransactionClient, email: string, claims: OidcClaims, options: Options): Promise<OidcAccount> {
  const now = options.now ?? new Date();
  const issuer = options.issuer ?? null;
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true, disabledAt: true, deletedAt: true } });

  if (existing) {
    if (existing.disabledAt || existing.deletedAt) return { ok: false, reason: 'accountClosed' };
    if (!existing.emailVerifiedAt) return { ok: false, reason: 'accountUnverified' };
    // The first sign-in through the provider is audited as a link; later ones are ordinary sign-ins.
    const before = await tx.auditEvent.findFirst({
      where: { entityType: 'User', entityId: existing.id, action: { in: Object.values(AUDIT_ACTIONS) } },
      select: { id: true },
    });
    if (before) return { ok: true, userId: existing.id, outcome: 'existing' };
    await writeAuditEvent(tx, { actorId: existing.id, action: 'account.oidc.link', entityType: 'User', entityId: existing.id, outcome: 'ALLOWED', after: { issuer } });
    return { ok: true, userId: existing.id, outcome: 'linked' };
  }

  const domain = await tx.organizationDomain.findFirst({ where: { domain: domainOf(email), verifiedAt: { not: null } }, select: { organizationId: true } });
  const organizationId = domain?.organizationId ?? null;
  const affiliation: AffiliationStatus = organizationId ? 'CONFIRMED' : 'NONE';
  const user = await tx.user.create({
    data: { email, name: nameFrom(claims, email), passwordHash: null, emailVerifiedAt: now, organizationId, affiliation, locale: options.locale ?? 'sv' },
    select: { id: true },
  });
  await writeAuditEvent(tx, { actorId: user.id, action: 'account.oidc.signUp', entityType: 'User', entityId: user.id, outcome: 'ALLOWED', after: { issuer, organizationId, affiliation } });
  return { ok: true, userId: user.id, outcome: 'created' };
}
