import { describe, expect, it } from 'vitest';

import { isDatabaseUnavailable } from './unavailable';

describe('isDatabaseUnavailable', () => {
  it("recognises pg's own timeouts and a refused connection", () => {
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true);
  });

  it("recognises PostgreSQL's statement timeout inside Prisma's error, as Prisma 7 wraps it", () => {
    const prismaError = { name: 'PrismaClientKnownRequestError', code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '57014', message: 'canceling statement due to statement timeout' } } } };
    expect(isDatabaseUnavailable(prismaError)).toBe(true);
  });

  it('leaves other failures alone: a broken rule, a unique violation, a programming error', () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable({ code: 'P2002', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '23505' } } } })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('Query read timeout')).toBe(false);
  });
});
