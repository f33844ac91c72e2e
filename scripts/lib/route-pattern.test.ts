import { describe, expect, it } from 'vitest';

import { pathOf, routeMatcher, UNMATCHED_ROUTE } from './route-pattern.mjs';

// The shape of .next/routes-manifest.json, with some of Trappan's routes.
const manifest = {
  staticRoutes: [
    { page: '/api/health', regex: '^/api/health(?:/)?$' },
    { page: '/api/metrics', regex: '^/api/metrics(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/api/v1/calendar/[token]', regex: '^/api/v1/calendar/([^/]+?)(?:/)?$' },
    { page: '/api/v1/networks/[slug]', regex: '^/api/v1/networks/([^/]+?)(?:/)?$' },
    { page: '/[locale]', regex: '^/([^/]+?)(?:/)?$' },
    { page: '/[locale]/invitations/[token]', regex: '^/([^/]+?)/invitations/([^/]+?)(?:/)?$' },
    { page: '/[locale]/networks', regex: '^/([^/]+?)/networks(?:/)?$' },
    { page: '/[locale]/networks/new', regex: '^/([^/]+?)/networks/new(?:/)?$' },
    { page: '/[locale]/networks/[slug]', regex: '^/([^/]+?)/networks/([^/]+?)(?:/)?$' },
    { page: '/[locale]/networks/[slug]/needs/[needId]', regex: '^/([^/]+?)/networks/([^/]+?)/needs/([^/]+?)(?:/)?$' },
    { page: '/[locale]/[...rest]', regex: '^/([^/]+?)/(.+?)(?:/)?$' },
  ],
};

const routeOf = routeMatcher(manifest);

describe('route patterns for metrics and the access log', () => {
  it('names a page by its pattern, not by its ids', () => {
    expect(routeOf('/sv/networks/konstgras').route).toBe('/[locale]/networks/[slug]');
    expect(routeOf('/en/networks/vardnatverket/').route).toBe('/[locale]/networks/[slug]');
    expect(routeOf('/sv/networks/konstgras/needs/cmf3x9k2p0001').route).toBe('/[locale]/networks/[slug]/needs/[needId]');
    expect(routeOf('/sv').route).toBe('/[locale]');
  });

  it('prefers a fixed route to a parameter, as Next does', () => {
    expect(routeOf('/sv/networks/new').route).toBe('/[locale]/networks/new');
    expect(routeOf('/api/metrics').route).toBe('/api/metrics');
    expect(routeOf('/api/health/').route).toBe('/api/health');
  });

  it('puts every unknown path under one catch-all or unmatched value, so the list stays short', () => {
    expect(routeOf('/sv/no/such/page').route).toBe('/[locale]/[...rest]');
    expect(routeOf('/').route).toBe(UNMATCHED_ROUTE);
    expect(routeOf('/_next/static/chunks/app-4f3a.js').route).toBe('/_next/static');
    expect(routeOf('/_next/image').route).toBe('/_next');
  });

  it('keeps a token in the path out of the logged path', () => {
    expect(routeOf('/api/v1/calendar/c2VjcmV0LWZlZWQ')).toEqual({ route: '/api/v1/calendar/[token]', path: '/api/v1/calendar/[token]' });
    expect(routeOf('/sv/invitations/inv-9f8e7d')).toEqual({ route: '/[locale]/invitations/[token]', path: '/sv/invitations/[token]' });
    expect(routeOf('/sv/networks/konstgras').path).toBe('/sv/networks/konstgras');
  });

  it('drops the query, which can carry tokens and what someone typed', () => {
    expect(pathOf('/api/v1/unsubscribe?token=abc.def')).toBe('/api/v1/unsubscribe');
    expect(pathOf('/sv/networks?q=gr%C3%A4s#top')).toBe('/sv/networks');
    expect(pathOf('/sv/networks')).toBe('/sv/networks');
  });
});
