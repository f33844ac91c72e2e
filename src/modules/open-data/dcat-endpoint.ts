// GET /datasets/dcat: the DCAT-AP-SE catalogue (docs/decisions/0025-dcat-catalogue.md). RDF/XML,
// which the Swedish data portal harvests, unless the Accept header prefers Turtle or JSON-LD;
// any other or malformed Accept gets RDF/XML too, never a 406 or a 500. IRIs start with the
// configured public origin, not the request's, so the datasets keep their identity whichever
// host name the harvester used.
import 'server-only';

import Negotiator from 'negotiator';

import { publicOrigin } from '@/server/public-origin';
import { readOperator } from '@/server/operator';

import { buildCatalogue } from './dcat-catalogue';
import { latestDatasetChanges } from './dcat-queries';
import { cacheableResponse, openDataEndpoint } from './http';
import { RDF_MEDIA_TYPES, serializeGraph, type RdfFormat } from './rdf-serializations';

// RDF/XML first: it wins ties and `*/*`.
const OFFERED: ReadonlyArray<[string, RdfFormat]> = [
  [RDF_MEDIA_TYPES.rdfxml, 'rdfxml'],
  [RDF_MEDIA_TYPES.turtle, 'turtle'],
  [RDF_MEDIA_TYPES.jsonld, 'jsonld'],
];

export function negotiateRdfFormat(accept: string | null): RdfFormat {
  if (!accept) return 'rdfxml';
  try {
    const preferred = new Negotiator({ headers: { accept } }).mediaType(OFFERED.map(([type]) => type));
    return OFFERED.find(([type]) => type === preferred)?.[1] ?? 'rdfxml';
  } catch {
    return 'rdfxml';
  }
}

export const getDcatCatalogue = openDataEndpoint(async (request: Request) => {
  const format = negotiateRdfFormat(request.headers.get('accept'));
  const store = buildCatalogue({ origin: publicOrigin(), operator: readOperator(), modified: await latestDatasetChanges() });
  const body = await serializeGraph(store, format);
  return cacheableResponse(request, body, { 'Content-Type': `${RDF_MEDIA_TYPES[format]}; charset=utf-8`, Vary: 'Accept' });
});
