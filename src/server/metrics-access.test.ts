import { describe, expect, it } from 'vitest';

import { metricsAccess } from './metrics';

const env = { TRAPPAN_METRICS_TOKEN: 's3cret-scrape-token' };

describe('who may read /api/metrics', () => {
  it('nobody while no token is set: the endpoint does not exist', () => {
    expect(metricsAccess('Bearer s3cret-scrape-token', {})).toBe('off');
    expect(metricsAccess(null, { TRAPPAN_METRICS_TOKEN: '  ' })).toBe('off');
  });

  it('the scraper that sends the token as a bearer token', () => {
    expect(metricsAccess('Bearer s3cret-scrape-token', env)).toBe('allowed');
    expect(metricsAccess('bearer s3cret-scrape-token', env)).toBe('allowed');
  });

  it('no one else', () => {
    expect(metricsAccess(null, env)).toBe('refused');
    expect(metricsAccess('', env)).toBe('refused');
    expect(metricsAccess('Bearer s3cret-scrape-toke', env)).toBe('refused');
    expect(metricsAccess('Bearer s3cret-scrape-token2', env)).toBe('refused');
    expect(metricsAccess('Basic czNjcmV0LXNjcmFwZS10b2tlbg==', env)).toBe('refused');
    expect(metricsAccess('s3cret-scrape-token', env)).toBe('refused');
  });
});
