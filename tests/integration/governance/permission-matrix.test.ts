/// <reference types="vite/client" />
// The permission matrix: every server action of the membership and governance issue, tried
// by every demo role, against the server action itself (no UI). Each action gets a fresh
// demo database; each attempt prepares its own target, so the attempts are independent.
// Then, for every action that takes a record id, the id of a record in another network.
// The cases live in ./cases/*.ts, one file per area. Every action is also tried by a person
// whose organisation has not confirmed them, and by its first allowed role once every network
// has ended (an ended network is read-only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { actAs } from '../support/fake-session';
import { createGovernanceFixture } from './fixture';
import { PENDING_EMAIL, ROLE_EMAIL, ROLES, type ActionCase, type Fixture } from './roles';

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
      // Denied attempts are logged too, but signed-out posts are refused before anything is
      // written: anyone can send them, and they must not fill the audit log.
      expect(await audited('DENIED')).toBe(deniedBefore + (role === 'anonymous' ? 0 : 1));
    }
  });

  it(`as a person their organisation has not confirmed: ${actionCase.pending ?? 'deny'}`, async () => {
    // Prepared as the demo's buyer outside the network, then tried by the pending demo person.
    const { form, applied } = await actionCase.prepare(fixture, 'buyerNonMember');
    actAs(await fixture.userId(PENDING_EMAIL));
    const result = await actionCase.run({ status: 'idle' }, form);
    if (actionCase.pending === 'allow') {
      expect(result.status).toBe('success');
      return;
    }
    expect(result.status).toBe('error');
    expect(await applied()).toBe(false);
  });

  it.runIf(actionCase.forged)('refuses a record of another network (forged id)', async () => {
    const { form, applied } = await actionCase.forged!(fixture);
    actAs(await fixture.userId(ROLE_EMAIL.coordinator!));
    const result = await actionCase.run({ status: 'idle' }, form);
    expect(result.status).toBe('error');
    expect(await applied()).toBe(false);
  });

  const endedExpectation = actionCase.whenEnded === 'open' ? 'still allowed' : actionCase.whenEnded === 'own rule' ? 'answered by its own rule' : 'refused, whoever asks';
  it(`in an ended network: ${endedExpectation}`, async () => {
    const role = ROLES.find((r) => actionCase.expected[r] === 'allow');
    expect(role, 'every action is allowed to someone').toBeDefined();
    // An action that stays open changes something (the person left, their account is gone),
    // possibly what the attempts above already changed: it gets a demo database of its own.
    const own = actionCase.whenEnded === 'open' ? await createGovernanceFixture() : fixture;
    const { form, applied } = await actionCase.prepare(own, role!);
    // Whichever network the attempt aims at (Konstgräs, another, a test network) has ended.
    const { prisma } = own.database;
    const statuses = await prisma.network.findMany({ select: { id: true, status: true } });
    await prisma.network.updateMany({ data: { status: 'CLOSED' } });
    try {
      actAs(await own.userId(ROLE_EMAIL[role!]!));
      const result = await actionCase.run({ status: 'idle' }, form);
      if (actionCase.whenEnded === 'open') {
        expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });
        expect(await applied()).toBe(true);
      } else if (actionCase.whenEnded === 'own rule') {
        expect(result.status).toBe('error');
        expect(result.message).not.toBe(getMessages('sv').refused.networkEnded);
      } else {
        expect(result).toMatchObject({ status: 'error', message: getMessages('sv').refused.networkEnded });
        expect(await applied()).toBe(false);
      }
    } finally {
      if (own === fixture) for (const { id, status } of statuses) await prisma.network.update({ where: { id }, data: { status } });
      else await own.database.drop();
    }
  });
});
