// Names the route a request went to as a pattern (/[locale]/networks/[slug]), never the raw
// path: the metrics' "route" label must stay a short, fixed list (Prometheus keeps one series
// per value), and the access log must not carry the secret in a path such as a calendar feed's
// /api/v1/calendar/<token>. The patterns come from the build's own list of routes
// (.next/routes-manifest.json), so a new page is named without anyone keeping a list.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every request Next answered with no route of the app's: kept as one value, not one per path. */
export const UNMATCHED_ROUTE = '(unmatched)';

// A path parameter with one of these names is a secret; the access log shows its name instead.
const SECRET_PARAMETER = /^\[(?:\.\.\.)?[^\]]*(?:token|secret)[^\]]*\]$/i;

/**
 * @typedef {{ page: string, regex: string }} ManifestRoute
 * @typedef {{ staticRoutes?: ManifestRoute[], dynamicRoutes?: ManifestRoute[] }} RoutesManifest
 */

/** The path with every secret parameter's value replaced by the parameter's name. */
function withoutSecrets(pathname, page) {
  const patternSegments = page.split('/');
  if (!patternSegments.some((segment) => SECRET_PARAMETER.test(segment))) return pathname;
  return pathname
    .split('/')
    .map((segment, index) => (SECRET_PARAMETER.test(patternSegments[index] ?? '') ? patternSegments[index] : segment))
    .join('/');
}

/**
 * A function from a request's path (no query) to its route pattern and the path as it may be
 * logged. Static routes first, then dynamic ones in the manifest's order, which Next sorts
 * from the most specific to the catch-all.
 * @param {RoutesManifest} manifest
 * @returns {(pathname: string) => { route: string, path: string }}
 */
export function routeMatcher(manifest) {
  const exact = new Map((manifest.staticRoutes ?? []).map((route) => [route.page, route.page]));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith('/_next/static/')) return { route: '/_next/static', path: pathname };
    if (pathname.startsWith('/_next/')) return { route: '/_next', path: pathname };
    const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    const known = exact.get(trimmed);
    if (known) return { route: known, path: pathname };
    for (const { page, regex } of dynamic) {
      if (regex.test(pathname)) return { route: page, path: withoutSecrets(pathname, page) };
    }
    return { route: UNMATCHED_ROUTE, path: pathname };
  };
}

/** The matcher for the build in `root` (after `next build`). */
export function routeMatcherForBuild(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next', 'routes-manifest.json'), 'utf8'));
  return routeMatcher(manifest);
}

/** The path part of a request's URL: the query can carry tokens and what someone typed. */
export function pathOf(url) {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
