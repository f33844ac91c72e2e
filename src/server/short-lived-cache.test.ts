import { describe, expect, it, vi } from 'vitest';

import { forgetShortLivedCaches, shortLivedCache } from './short-lived-cache';

describe('shortLivedCache', () => {
  it('loads once per key while fresh, also for requests that arrive together', async () => {
    const cached = shortLivedCache<{ n: number }>({ ttlMs: 60_000, max: 10 });
    const load = vi.fn(async () => ({ n: 1 }));
    const [a, b] = await Promise.all([cached('k', load), cached('k', load)]);
    expect(a).toBe(b);
    await cached('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    await cached('other', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads again after the time to live', async () => {
    const cached = shortLivedCache<{ n: number }>({ ttlMs: 30, max: 10 });
    const load = vi.fn(async () => ({ n: 1 }));
    await cached('k', load);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await cached('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed load', async () => {
    const cached = shortLivedCache<{ n: number }>({ ttlMs: 60_000, max: 10 });
    await expect(cached('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cached('k', async () => ({ n: 2 }))).toEqual({ n: 2 });
  });

  it('loads again after the figures were forgotten', async () => {
    const cached = shortLivedCache<{ n: number }>({ ttlMs: 60_000, max: 10 });
    const load = vi.fn(async () => ({ n: 1 }));
    await cached('k', load);
    forgetShortLivedCaches();
    await cached('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
