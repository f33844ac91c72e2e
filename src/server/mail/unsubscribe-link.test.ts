// The signed unsubscribe token: it names one person and one kind a person may turn off, and
// nothing else verifies.
import { describe, expect, it } from 'vitest';

import { oneClickUnsubscribeUrl, signUnsubscribeToken, unsubscribePageUrl, unsubscribeSecret, verifyUnsubscribeToken } from './unsubscribe-link';

const SECRET = 'a-long-random-secret-for-the-tests';
const target = { userId: 'cmuser0001', kind: 'agenda.published' } as const;

/** The token's two parts, decoded where they are text. */
function parts(token: string) {
  const [payload, mac] = token.split('.') as [string, string];
  return { fields: Buffer.from(payload, 'base64url').toString('utf8').split('\n'), mac };
}
const assemble = (fields: string[], mac: string) => `${Buffer.from(fields.join('\n')).toString('base64url')}.${mac}`;

describe('the unsubscribe token', () => {
  it('verifies as the person and kind it was signed for', () => {
    const token = signUnsubscribeToken(target, SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual(target);
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ userId: 'cmuser0001', kind: 'need.handedOver' }, SECRET), SECRET)).toEqual({ userId: 'cmuser0001', kind: 'need.handedOver' });
    // URL-safe as it is: nothing to escape in a link.
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('fails when the person, the kind or the signature is changed', () => {
    const { fields, mac } = parts(signUnsubscribeToken(target, SECRET));
    expect(verifyUnsubscribeToken(assemble(['cmuser0002', fields[1]!], mac), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(assemble([fields[0]!, 'need.handedOver'], mac), SECRET)).toBeNull();
    const flipped = `${mac.slice(0, -2)}${mac.at(-2) === 'A' ? 'B' : 'A'}${mac.at(-1)}`;
    expect(verifyUnsubscribeToken(assemble(fields, flipped), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(assemble(fields, mac.slice(0, 20)), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(assemble(fields, ''), SECRET)).toBeNull();
  });

  it('fails with another secret, and without one', () => {
    const token = signUnsubscribeToken(target, SECRET);
    expect(verifyUnsubscribeToken(token, 'another-secret')).toBeNull();
    expect(verifyUnsubscribeToken(token, null)).toBeNull();
  });

  it('refuses a kind that is always sent, even when signed with the right secret', () => {
    for (const kind of ['account.resetPassword', 'account.verifyEmail', 'anything']) {
      expect(verifyUnsubscribeToken(signUnsubscribeToken({ userId: target.userId, kind }, SECRET), SECRET)).toBeNull();
    }
  });

  it('refuses what is not a token', () => {
    const token = signUnsubscribeToken(target, SECRET);
    for (const bad of ['', '.', 'abc', `${token}.extra`, `${token}${'A'.repeat(300)}`, assemble(['cmuser0001', 'agenda.published', 'x'], parts(token).mac), assemble(['', 'agenda.published'], parts(token).mac)]) {
      expect(verifyUnsubscribeToken(bad, SECRET)).toBeNull();
    }
  });

  it('is signed with AUTH_SECRET', () => {
    expect(unsubscribeSecret({ AUTH_SECRET: ` ${SECRET} ` })).toBe(SECRET);
    expect(unsubscribeSecret({ AUTH_SECRET: '  ' })).toBeNull();
    expect(unsubscribeSecret({})).toBeNull();
  });

  it('makes the page link and the one-click address from the public origin', () => {
    expect(unsubscribePageUrl('https://trappan.example', 'sv', 'p.q')).toBe('https://trappan.example/sv/unsubscribe?token=p.q');
    expect(oneClickUnsubscribeUrl('https://trappan.example', 'p.q')).toBe('https://trappan.example/api/v1/unsubscribe?token=p.q');
  });
});
