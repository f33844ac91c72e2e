// People and sign-in against a real database: unique emails regardless of case, password
// checks that never reveal which part was wrong, and the throttle on repeated failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { attemptSignIn } from '@/server/auth/sign-in-attempt';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { RATE_LIMITS } from '@/server/rate-limit';

import { ensureOrganization, ensureUser } from '../../prisma/seed/factories';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const org = await ensureOrganization(database.prisma, { key: 'uppsala-kommun', name: 'Uppsala kommun', kind: 'MUNICIPALITY', countyCode: '03', scbCode: '0380' });
  userId = (await ensureUser(database.prisma, { email: 'Anna.Upphandlare@Uppsala.se', name: 'Anna', password: 'rätt-lösenord', organizationId: org.id })).id;
});
afterAll(async () => {
  await database.drop();
});

describe('email addresses', () => {
  it('are stored in lower case', async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe('anna.upphandlare@uppsala.se');
  });

  it('are unique regardless of case', async () => {
    const again = await ensureUser(database.prisma, { email: 'ANNA.UPPHANDLARE@uppsala.se', name: 'Anna igen', password: 'x', organizationId: null });
    expect(again.id).toBe(userId);
    expect(await database.prisma.user.count()).toBe(1);
  });

  it('cannot be written in mixed case past the application, so the unique index holds', async () => {
    await expect(database.prisma.user.create({ data: { email: 'Anna.Upphandlare@uppsala.se', name: 'Dubblett' } })).rejects.toThrow();
    await expect(database.prisma.user.create({ data: { email: 'anna.upphandlare@uppsala.se', name: 'Dubblett' } })).rejects.toThrow();
  });

  it('are refused when they are not addresses', async () => {
    await expect(ensureUser(database.prisma, { email: 'inte-en-adress', name: 'X', password: 'x', organizationId: null })).rejects.toThrow();
  });
});

describe('verifyCredentials', () => {
  it('accepts the right password with the email in any case', async () => {
    expect(await verifyCredentials(database.prisma, 'anna.UPPHANDLARE@uppsala.se', 'rätt-lösenord')).toEqual({ ok: true, userId });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'fel');
    const unknownEmail = await verifyCredentials(database.prisma, 'ingen@uppsala.se', 'rätt-lösenord');
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('slows down repeated failures for one email and lets the right password in after the wait', async () => {
    const email = 'anna.upphandlare@uppsala.se';
    await database.prisma.signInThrottle.deleteMany();
    const t0 = new Date('2026-11-26T09:00:00Z');
    for (let i = 0; i < 3; i++) {
      expect(await verifyCredentials(database.prisma, email, 'fel', t0)).toEqual({ ok: false, reason: 'invalid' });
    }
    // Even the right password must wait now: guessing is what is being slowed down.
    expect(await verifyCredentials(database.prisma, email, 'rätt-lösenord', t0)).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
    // Refused attempts count too: after four failures the wait is two seconds, after five four.
    expect(await verifyCredentials(database.prisma, email, 'rätt-lösenord', new Date(t0.getTime() + 1000))).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
    const later = new Date(t0.getTime() + 4000);
    expect(await verifyCredentials(database.prisma, email, 'rätt-lösenord', later)).toEqual({ ok: true, userId });
    expect(await database.prisma.signInThrottle.findUnique({ where: { email } })).toBeNull();
  });

  it('counts every one of 20 parallel wrong passwords, and checks only those the throttle lets through', async () => {
    const email = 'anna.upphandlare@uppsala.se';
    await database.prisma.signInThrottle.deleteMany();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyCredentials(database.prisma, email, 'fel', now)));
    expect((await database.prisma.signInThrottle.findUniqueOrThrow({ where: { email } })).failures).toBe(20);
    expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(3);
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(17);
    await database.prisma.signInThrottle.deleteMany();
  });

  it('refuses a password longer than any it accepts without hashing it', async () => {
    const started = performance.now();
    expect(await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'x'.repeat(5_000_000))).toEqual({ ok: false, reason: 'invalid' });
    // Hashing takes tens of milliseconds; the length check takes none.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await database.prisma.signInThrottle.count()).toBe(0);
  });

  it('lets the right password of an unverified address say so, and nothing else', async () => {
    await database.prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: null } });
    expect(await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'rätt-lösenord')).toEqual({ ok: false, reason: 'unverified' });
    expect(await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'fel-lösenord')).toEqual({ ok: false, reason: 'invalid' });
    await database.prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    await database.prisma.signInThrottle.deleteMany();
  });

  it('refuses a disabled account, telling only someone with the right password why', async () => {
    await database.prisma.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'rätt-lösenord')).toEqual({ ok: false, reason: 'disabled' });
    expect(await verifyCredentials(database.prisma, 'anna.upphandlare@uppsala.se', 'fel-lösenord')).toEqual({ ok: false, reason: 'invalid' });
    await database.prisma.signInThrottle.deleteMany();
    await database.prisma.user.update({ where: { id: userId }, data: { disabledAt: null } });
  });
});

describe('sign-in attempts from one network address', () => {
  const address = '198.51.100.7';

  it('let many people behind one address sign in with the right password', async () => {
    await database.prisma.signInThrottle.deleteMany();
    const now = new Date();
    for (let i = 0; i < RATE_LIMITS.failedSignInsPerAddress.limit + 10; i++) {
      expect(await attemptSignIn(database.prisma, address, 'anna.upphandlare@uppsala.se', 'rätt-lösenord', now)).toEqual({ ok: true, userId });
    }
  });

  it('are refused after too many failures, across emails, until the window has passed', async () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const { limit, windowMs } = RATE_LIMITS.failedSignInsPerAddress;
    // Many different emails, so the per-email throttle never comes into play.
    for (let i = 0; i < limit; i++) {
      expect(await attemptSignIn(database.prisma, address, `okand-${i}@example.se`, 'fel', now)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attemptSignIn(database.prisma, address, 'anna.upphandlare@uppsala.se', 'rätt-lösenord', now)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: windowMs / 1000,
    });
    // Another address is not affected, and the first one may try again once the window is over.
    expect(await attemptSignIn(database.prisma, '203.0.113.9', 'anna.upphandlare@uppsala.se', 'rätt-lösenord', now)).toEqual({ ok: true, userId });
    const after = new Date(now.getTime() + windowMs);
    expect(await attemptSignIn(database.prisma, address, 'anna.upphandlare@uppsala.se', 'rätt-lösenord', after)).toEqual({ ok: true, userId });
  });
});
