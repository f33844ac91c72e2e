// Signing in with the organisation's own login (OpenID Connect), from the claims on: who the
// person becomes in Trappan, against a real database. The browser journey against a real
// provider is tests/e2e/oidc-sign-in.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getCurrentUser } from '@/server/auth/current-user';
import { resolveOidcAccount } from '@/server/auth/oidc-account';
import { startSession } from '@/server/auth/user-session';
import { verifyCredentials } from '@/server/auth/verify-credentials';

import { actAsSession } from './support/fake-session';
import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

const ISSUER = 'https://login.malmo.example';

let database: TestDatabase;
const prisma = () => database.prisma;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
});
afterAll(async () => {
  await database.drop();
});

const claims = (email: unknown, extra: Record<string, unknown> = {}) => ({ sub: `sub-${String(email)}`, email, email_verified: true, ...extra });
const resolve = (c: Parameters<typeof resolveOidcAccount>[1]) => resolveOidcAccount(prisma(), c, { issuer: ISSUER });

async function auditRows(userId: string) {
  return prisma().auditEvent.findMany({ where: { entityType: 'User', entityId: userId }, select: { action: true, actorId: true, after: true } });
}

describe('a first sign-in with an address Trappan does not know', () => {
  it('creates a verified person without password, confirmed at the organisation of the verified domain', async () => {
    const result = await resolveOidcAccount(prisma(), claims('Ny.Upphandlare@Malmo.SE', { name: 'Nina Ny' }), { issuer: ISSUER, locale: 'en' });
    expect(result).toMatchObject({ ok: true, outcome: 'created' });
    if (!result.ok) return;

    const malmo = await prisma().organization.findUniqueOrThrow({ where: { slug: 'malmo-stad' }, select: { id: true } });
    const user = await prisma().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({
      email: 'ny.upphandlare@malmo.se',
      name: 'Nina Ny',
      passwordHash: null,
      organizationId: malmo.id,
      affiliation: 'CONFIRMED',
      locale: 'en',
      platformRole: 'NONE',
    });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await auditRows(user.id)).toEqual([
      { action: 'account.oidc.signUp', actorId: user.id, after: { issuer: ISSUER, organizationId: malmo.id, affiliation: 'CONFIRMED' } },
    ]);
    // Without a password, the password form lets no one in.
    expect(await verifyCredentials(prisma(), user.email, 'trappan-demo')).toEqual({ ok: false, reason: 'invalid' });

    // What auth.ts does next: a session row, and the person is signed in as themselves.
    const sessionId = await startSession(prisma(), user.id);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
    actAsSession(user.id, sessionId);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, affiliation: 'CONFIRMED', organization: { name: 'Malmö stad' } });
  });

  it('creates a person without organisation when the domain is no organisation’s verified one', async () => {
    const result = await resolve(claims('someone@example.org', { name: undefined, given_name: 'Sam', family_name: 'Exempel' }));
    expect(result).toMatchObject({ ok: true, outcome: 'created' });
    if (!result.ok) return;
    const user = await prisma().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({ name: 'Sam Exempel', organizationId: null, affiliation: 'NONE', locale: 'sv' });
  });

  it('names the person after the address when the provider sends no name', async () => {
    const result = await resolve(claims('utan.namn@example.org'));
    if (!result.ok) throw new Error(result.reason);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: result.userId } })).name).toBe('utan.namn');
  });

  it('makes one account of two first sign-ins at once', async () => {
    const [a, b] = await Promise.all([resolve(claims('samtidigt@malmo.se')), resolve(claims('SAMTIDIGT@malmo.se'))]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.userId).toBe(b.userId);
    expect(await prisma().user.count({ where: { email: 'samtidigt@malmo.se' } })).toBe(1);
    expect((await auditRows(a.userId)).map((row) => row.action)).toEqual(['account.oidc.signUp']);
  });
});

describe('a sign-in with the address of an existing account', () => {
  it('links a verified account, whatever the case of the address, and changes nothing else', async () => {
    const before = await prisma().user.findUniqueOrThrow({ where: { email: 'buyer2@trappan.test' } });
    expect(before.emailVerifiedAt).not.toBeNull();

    expect(await resolve(claims('BUYER2@Trappan.Test', { name: 'Someone Else' }))).toEqual({ ok: true, userId: before.id, outcome: 'linked' });
    expect(await auditRows(before.id)).toEqual([{ action: 'account.oidc.link', actorId: before.id, after: { issuer: ISSUER } }]);

    // Later sign-ins are ordinary ones: no new audit row.
    expect(await resolve(claims('buyer2@trappan.test'))).toEqual({ ok: true, userId: before.id, outcome: 'existing' });
    expect(await auditRows(before.id)).toHaveLength(1);

    const after = await prisma().user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ name: before.name, organizationId: before.organizationId, affiliation: before.affiliation, passwordHash: before.passwordHash });
    // The password keeps working beside the organisation's login.
    expect(await verifyCredentials(prisma(), 'buyer2@trappan.test', 'trappan-demo')).toMatchObject({ ok: true, userId: before.id });
  });

  it('keeps a pending person pending: the link is no confirmation by the organisation', async () => {
    const pending = await prisma().user.findUniqueOrThrow({ where: { email: 'pending@trappan.test' } });
    expect(await resolve(claims('pending@trappan.test'))).toMatchObject({ ok: true, userId: pending.id });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: pending.id } })).affiliation).toBe('PENDING');
  });

  it('refuses an account whose own address was never confirmed, and leaves it as it was', async () => {
    const unconfirmed = await prisma().user.create({
      data: { email: 'forhandsregistrerad@malmo.se', name: 'Någon', passwordHash: 'someone-elses-hash', emailVerifiedAt: null },
    });
    expect(await resolve(claims('forhandsregistrerad@malmo.se'))).toEqual({ ok: false, reason: 'accountUnverified' });
    const after = await prisma().user.findUniqueOrThrow({ where: { id: unconfirmed.id } });
    expect(after).toMatchObject({ emailVerifiedAt: null, passwordHash: 'someone-elses-hash' });
    expect(await prisma().userSession.count({ where: { userId: unconfirmed.id } })).toBe(0);
    expect(await auditRows(unconfirmed.id)).toEqual([]);
  });

  it('refuses a disabled account and a deleted one', async () => {
    const disabled = await prisma().user.update({ where: { email: 'supplier@trappan.test' }, data: { disabledAt: new Date() } });
    expect(await resolve(claims('supplier@trappan.test'))).toEqual({ ok: false, reason: 'accountClosed' });
    // A deleted account's address is replaced, but should one still carry it, it is refused too.
    await prisma().user.update({ where: { email: 'kommentus@trappan.test' }, data: { deletedAt: new Date() } });
    expect(await resolve(claims('kommentus@trappan.test'))).toEqual({ ok: false, reason: 'accountClosed' });
    expect(await auditRows(disabled.id)).toEqual([]);
  });
});

describe('claims that are not enough', () => {
  it.each([
    ['false', false],
    ['missing', undefined],
    ['the string "false"', 'false'],
    ['null', null],
  ])('refuses an address the provider does not vouch for (email_verified %s)', async (_label, emailVerified) => {
    const before = await prisma().user.count();
    expect(await resolve(claims('overifierad@malmo.se', { email_verified: emailVerified }))).toEqual({ ok: false, reason: 'emailUnverified' });
    // Not even an existing, verified account is linked on an unverified claim.
    expect(await resolve(claims('buyer@trappan.test', { email_verified: emailVerified }))).toEqual({ ok: false, reason: 'emailUnverified' });
    expect(await prisma().user.count()).toBe(before);
  });

  it('takes the string "true" as a yes, as some providers send it', async () => {
    expect(await resolve(claims('strang@example.org', { email_verified: 'true' }))).toMatchObject({ ok: true, outcome: 'created' });
  });

  it.each([
    ['no address', undefined],
    ['an empty one', ''],
    ['not an address', 'inte en adress'],
    ['a number', 42],
  ])('refuses %s', async (_label, email) => {
    expect(await resolve(claims(email))).toEqual({ ok: false, reason: 'emailMissing' });
  });
});
