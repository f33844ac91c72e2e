// A per-process cache for public figures that are the same for every visitor and may be a
// minute old (registry counts, the national overview). It holds the pending promise, so a
// burst of identical requests runs the query once; a failed load is not kept.
import { LRUCache } from 'lru-cache';

export function shortLivedCache<T extends object>(options: { ttlMs: number; max: number }) {
  const cache = new LRUCache<string, Promise<T>>({ max: options.max, ttl: options.ttlMs });
  return (key: string, load: () => Promise<T>): Promise<T> => {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  };
}
