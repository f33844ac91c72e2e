// The open-data API's endpoints (/api/v1/...): parse and check the parameters, read, shape,
// answer with caching headers. The route files under src/app/api/v1 only point here.
import 'server-only';

import { searchRegistry } from '@/modules/registry';
import { readOperator } from '@/server/operator';
import { findNetworkAtSlug } from '@/server/network-visibility';

import { networksCsv } from './csv';
import { ApiError, cacheableResponse, jsonResponse, movedPermanentlyResponse, openDataEndpoint } from './http';
import { needReleasePackage, toNeedRelease } from './needs-ocds';
import { encodeNeedCursor, NEED_PARAMETER_HINTS, NEED_PARAMETERS, parseNeedParams } from './needs-params';
import { latestPublicNeedChange, listPublicNeeds, networkExists } from './needs-queries';
import { ocdsExtensionMetadata, ocdsExtensionReleaseSchema } from './ocds-extension';
import { readOcidPrefix } from './ocid-prefix';
import { openApiDocument } from './openapi';
import {
  CSV_ROW_CAP,
  encodeOrganisationCursor,
  invalidParametersMessage,
  NETWORK_CSV_PARAMETERS,
  NETWORK_LIST_PARAMETERS,
  ORGANISATION_PARAMETERS,
  parseNetworkCsvParams,
  parseNetworkListParams,
  parseOrganisationParams,
  unexpectedParameters,
  type Parsed,
} from './params';
import { getPublicNetwork, listAllNetworks, listOrganisations, unknownFilterValues } from './queries';
import { toApiNetwork } from './serialize';

function assertValid<T>({ value, invalid, unknown }: Parsed<T>, allowed: readonly string[], hints?: Readonly<Record<string, string>>): T {
  if (invalid.length === 0 && unknown.length === 0) return value;
  throw new ApiError(400, 'invalid_parameter', invalidParametersMessage(invalid, unknown, allowed, hints), [...new Set([...invalid, ...unknown])]);
}

async function assertFilterValuesExist(query: Parameters<typeof unknownFilterValues>[0]): Promise<void> {
  const unknown = await unknownFilterValues(query);
  if (unknown.length === 0) return;
  const parts = unknown.map((name) =>
    name === 'area'
      ? `area=${query.area} names no thematic area (the values are area.slug in /api/v1/networks)`
      : `funder=${query.funder} names no organisation (the values are the ids in /api/v1/organisations, or membership-fees)`,
  );
  throw new ApiError(400, 'invalid_parameter', `Invalid query parameters: ${parts.join('; ')}.`, unknown);
}

const originOf = (request: Request) => new URL(request.url).origin;

export const getNetworks = openDataEndpoint(async (request: Request) => {
  const query = assertValid(parseNetworkListParams(new URL(request.url).searchParams), NETWORK_LIST_PARAMETERS);
  const [, result] = await Promise.all([assertFilterValuesExist(query), searchRegistry(query)]);
  const origin = originOf(request);
  return jsonResponse(request, {
    data: result.networks.map((network) => toApiNetwork(network, origin)),
    nextCursor: result.nextCursor,
    total: result.total,
  });
});

export const getNetworksCsv = openDataEndpoint(async (request: Request) => {
  const { query, delimiter } = assertValid(parseNetworkCsvParams(new URL(request.url).searchParams), NETWORK_CSV_PARAMETERS);
  const [, { networks, total }] = await Promise.all([assertFilterValuesExist(query), listAllNetworks(query, CSV_ROW_CAP)]);
  const origin = originOf(request);
  const csv = networksCsv(
    networks.map((network) => toApiNetwork(network, origin)),
    delimiter === 'semicolon' ? ';' : ',',
  );
  return cacheableResponse(request, csv, {
    'Content-Type': 'text/csv; charset=utf-8',
    // The ASCII name for every client, the Swedish one for those that read RFC 6266's filename*.
    'Content-Disposition': `attachment; filename="natverk.csv"; filename*=UTF-8''n%C3%A4tverk.csv`,
    'X-Total-Count': String(total),
    ...(total > networks.length ? { 'X-Truncated': 'true' } : {}),
  });
});

export const getNetwork = openDataEndpoint(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  assertValid({ value: null, invalid: [], unknown: unexpectedParameters(new URL(request.url).searchParams, []) }, []);
  const { slug } = await context.params;
  const network = await getPublicNetwork(slug, originOf(request));
  if (!network) {
    // A renamed network keeps its old address: a permanent redirect that keeps the method.
    const found = await findNetworkAtSlug(slug);
    if (found.kind === 'moved') return movedPermanentlyResponse(`${originOf(request)}/api/v1/networks/${encodeURIComponent(found.slug)}`);
    throw new ApiError(404, 'not_found', `There is no network with the slug "${slug.slice(0, 100)}".`);
  }
  return jsonResponse(request, { data: network });
});

export const getOrganisations = openDataEndpoint(async (request: Request) => {
  const query = assertValid(parseOrganisationParams(new URL(request.url).searchParams), ORGANISATION_PARAMETERS);
  const { organisations, lastSlug, hasMore, total } = await listOrganisations(query);
  return jsonResponse(request, {
    data: organisations,
    nextCursor: hasMore && lastSlug ? encodeOrganisationCursor(lastSlug) : null,
    total,
  });
});

/** Public needs as an OCDS release package of planning releases (ADR 0011). */
export const getNeeds = openDataEndpoint(async (request: Request) => {
  const url = new URL(request.url);
  const query = assertValid(parseNeedParams(url.searchParams), NEED_PARAMETERS, NEED_PARAMETER_HINTS);
  const [exists, { needs, hasMore }] = await Promise.all([query.networkSlug ? networkExists(query.networkSlug) : true, listPublicNeeds(query)]);
  if (!exists) {
    throw new ApiError(400, 'invalid_parameter', `Invalid query parameters: network=${query.networkSlug} names no network (the values are slug in /api/v1/networks).`, [
      'network',
    ]);
  }
  const origin = url.origin;
  const { prefix } = readOcidPrefix();
  const last = needs.at(-1);
  let next: { url: string; cursor: string } | null = null;
  if (hasMore && last) {
    const cursor = encodeNeedCursor({ at: last.createdAt, id: last.id });
    const params = new URLSearchParams(url.searchParams);
    params.set('cursor', cursor);
    next = { url: `${origin}${url.pathname}?${params}`, cursor };
  }
  return jsonResponse(
    request,
    needReleasePackage({
      selfUrl: `${origin}${url.pathname}${url.search}`,
      origin,
      releases: needs.map((need) => toNeedRelease(need, origin, prefix)),
      fallbackDate: needs.length > 0 ? new Date(0) : await latestPublicNeedChange(),
      next,
    }),
  );
});

export const getOpenApi = openDataEndpoint(async (request: Request) => jsonResponse(request, openApiDocument(originOf(request))));

/** Trappan's OCDS extension (ocds-extension.ts): its extension.json and the schema patch beside it. */
export const getOcdsExtension = openDataEndpoint(async (request: Request) => {
  assertValid({ value: null, invalid: [], unknown: unexpectedParameters(new URL(request.url).searchParams, []) }, []);
  const operator = readOperator();
  return jsonResponse(request, ocdsExtensionMetadata(originOf(request), { name: operator.name, email: operator.openDataEmail }));
});

export const getOcdsExtensionReleaseSchema = openDataEndpoint(async (request: Request) => {
  assertValid({ value: null, invalid: [], unknown: unexpectedParameters(new URL(request.url).searchParams, []) }, []);
  return jsonResponse(request, ocdsExtensionReleaseSchema());
});
