// The three serializations of the DCAT catalogue, each written by a library rather than by
// string templates (docs/decisions/0025): RDF/XML for the Swedish data portal, which harvests
// only that, Turtle for people and JSON-LD for web developers. Same graph, same prefixes.
import xmlScribe from '@graphy/content.xml.scribe';
import jsonld from 'jsonld';
import { Writer, type Quad, type Store } from 'n3';

import { NS } from './dcat-vocabulary';

export type RdfFormat = 'rdfxml' | 'turtle' | 'jsonld';

export const RDF_MEDIA_TYPES: Record<RdfFormat, string> = {
  rdfxml: 'application/rdf+xml',
  turtle: 'text/turtle',
  jsonld: 'application/ld+json',
};

/** Quads in a fixed order (subject, predicate, object), so the same data gives the same bytes and ETag. */
function sortedQuads(store: Store): Quad[] {
  const key = (q: Quad) => `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.termType}${q.object.value}\u0000${'language' in q.object ? q.object.language : ''}`;
  return store.getQuads(null, null, null, null).sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

function writeWith(writer: Writer, quads: Quad[]): Promise<string> {
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

function toRdfXml(quads: Quad[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The scribe groups consecutive quads of one subject into one rdf:Description.
    const stream = xmlScribe({ prefixes: { ...NS } });
    let text = '';
    stream.on('data', (chunk: string | Buffer) => (text += chunk.toString()));
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
    for (const quad of quads) stream.write(quad);
    stream.end();
  });
}

async function toJsonLd(quads: Quad[]): Promise<string> {
  const nquads = await writeWith(new Writer({ format: 'N-Quads' }), quads);
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  // An inline context: nothing is fetched while answering.
  const compacted = await jsonld.compact(expanded, { ...NS });
  return JSON.stringify(compacted, null, 2);
}

export async function serializeGraph(store: Store, format: RdfFormat): Promise<string> {
  const quads = sortedQuads(store);
  if (format === 'turtle') return writeWith(new Writer({ format: 'Turtle', prefixes: { ...NS } }), quads);
  if (format === 'jsonld') return toJsonLd(quads);
  return toRdfXml(quads);
}
