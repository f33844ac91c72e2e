/// <reference types="vite/client" />
// The permission matrix: every server action of the membership and governance issue, tried
// by every demo role, against the server action itself (no UI). Each action gets a fresh
// demo database; each attempt prepares its own target, so the attempts are independent.
// Then, for every action that takes a record id, the id of a record in another network.
// The cases live in ./cases/*.ts, one file per area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import { ROLE_EMAIL, ROLES, type ActionCase, type Fixture } from './roles';

const modules = import.meta.glob<{ cases: ActionCase[] }>('./cases/*.ts', { eager: true });
const cases = Object.values(modules).flatMap((module) => module.cases);

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, actionCase) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createGovernanceFixture();
  });
  afterAll(async () => {
    await fixture.database.drop();
  });

  it.each(ROLES.map((role) => [role, actionCase.expected[role]] as const))('as %s: %s', async (role, expected) => {
    const email = ROLE_EMAIL[role];
    const { form, applied } = await actionCase.prepare(fixture, role);
    actAs(email ? await fixture.userId(email) : null);
    const audited = (outcome: 'ALLOWED' | 'DENIED') => fixture.database.prisma.auditEvent.count({ where: { outcome } });
    const [allowedBefore, deniedBefore] = [await audited('ALLOWED'), await audited('DENIED')];
    const result = await actionCase.run({ status: 'idle' }, form);
    if (expected === 'allow') {
      expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
      expect(await applied()).toBe(true);
      expect(await audited('ALLOWED')).toBe(allowedBefore + 1);
    } else {
      expect(result.status).toBe('error');
      expect(result.fieldErrors ?? {}).toEqual({});
      expect(await applied()).toBe(false);
      // Denied attempts are logged too.
      expect(await audited('DENIED')).toBe(deniedBefore + 1);
    }
  });

  it.runIf(actionCase.forged)('refuses a record of another network (forged id)', async () => {
    const { form, applied } = await actionCase.forged!(fixture);
    actAs(await fixture.userId(ROLE_EMAIL.coordinator!));
    const result = await actionCase.run({ status: 'idle' }, form);
    expect(result.status).toBe('error');
    expect(await applied()).toBe(false);
  });
});
