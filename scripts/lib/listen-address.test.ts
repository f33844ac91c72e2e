import { describe, expect, it } from 'vitest';

import { isDemoMode as appIsDemoMode } from '@/server/db/database-config';

import { isDemoMode, listenAddress, LOOPBACK } from './listen-address.mjs';

const ENVS = [
  {},
  { DATABASE_URL: 'postgresql://db/trappan' },
  { DATABASE_URL: '  ' },
  { TRAPPAN_DEMO: 'true', DATABASE_URL: 'postgresql://db/trappan' },
  { TRAPPAN_DEMO: '1' },
  { TRAPPAN_DEMO: 'false' },
  { TRAPPAN_DEMO: '0', DATABASE_URL: 'postgresql://db/trappan' },
  { TRAPPAN_DEMO: 'maybe' },
];

describe('where npm start listens', () => {
  it('decides demo mode exactly as the app does', () => {
    for (const env of ENVS) expect(isDemoMode(env), JSON.stringify(env)).toBe(appIsDemoMode(env));
  });

  it('keeps demo mode on this machine unless HOST names an address', () => {
    expect(listenAddress({})).toBe(LOOPBACK);
    expect(listenAddress({ TRAPPAN_DEMO: 'true', DATABASE_URL: 'postgresql://db/trappan' })).toBe(LOOPBACK);
    expect(listenAddress({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it('listens everywhere outside demo mode, or where HOST says', () => {
    expect(listenAddress({ DATABASE_URL: 'postgresql://db/trappan' })).toBeUndefined();
    expect(listenAddress({ DATABASE_URL: 'postgresql://db/trappan', HOST: '10.0.0.5' })).toBe('10.0.0.5');
  });
});
