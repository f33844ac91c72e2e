// A per-process cache for public figures that are the same for every visitor and may be a
// minute old (registry counts, the national overview). It holds the pending promise, so a
// burst of identical requests runs the query once; a failed load is not kept. Every committed
// action forgets them (forgetShortLivedCaches), so a person who just published a network or
// added a funder sees it at once; other server instances on the same PostgreSQL are told
// through NOTIFY and forget theirs too (change-notices.ts).
import { LRUCache } from 'lru-cache';

const caches = new Set<LRUCache<string, Promise<object>>>();

export function shortLivedCache<T extends object>(options: { ttlMs: number; max: number }) {
  const cache = new LRUCache<string, Promise<T>>({ max: options.max, ttl: options.ttlMs });
  caches.add(cache as unknown as LRUCache<string, Promise<object>>);
  return (key: string, load: () => Promise<T>): Promise<T> => {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  };
}

/** Called after every committed change: what the caches hold may no longer be true. */
export function forgetShortLivedCaches(): void {
  for (const cache of caches) cache.clear();
}
