// Checks a DCAT catalogue the way a harvester would: parse it back from any of its three
// serializations, validate it against the DCAT-AP 3.0.1 SHACL shapes (the vendored copies in
// this folder, README.md), and list where it misses what DCAT-AP-SE asks for beyond DCAT-AP.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import jsonld from 'jsonld';
import { DataFactory, Parser, Store, type Quad, type Term } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

const SHAPE_FILES = ['dcat-ap-SHACL.ttl', 'ranges.ttl'];

let shapes: Store | undefined;
function dcatApShapes(): Store {
  shapes ??= new Store(SHAPE_FILES.flatMap((file) => new Parser().parse(readFileSync(path.join(import.meta.dirname, file), 'utf8'))));
  return shapes;
}

export type ShaclViolation = { focusNode: string; path: string | null; message: string; shape: string };

/** Every result of the DCAT-AP 3.0.1 shapes (violations; the shapes we vendor declare no other severity). */
export async function dcatApViolations(data: Store): Promise<ShaclViolation[]> {
  const report = await new SHACLValidator(dcatApShapes()).validate(data);
  return report.results.map((result) => ({
    focusNode: result.focusNode?.value ?? '',
    path: result.path && 'value' in result.path ? String(result.path.value) : null,
    message: result.message.map((m) => m.value).join(' '),
    shape: result.sourceShape?.value ?? '',
  }));
}

export function parseTurtle(text: string): Store {
  return new Store(new Parser({ format: 'Turtle' }).parse(text));
}

export function parseRdfXml(text: string, baseIRI: string): Promise<Store> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(new Store(quads)));
    parser.write(text);
    parser.end();
  });
}

export async function parseJsonLd(text: string): Promise<Store> {
  const nquads = (await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** DCAT-AP-SE's licence (docs/harvesting.md: exactly this form, http with a trailing slash). */
export const DCAT_AP_SE_CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
export const DATAPORTAL_PUBLISHER = /^http:\/\/dataportal\.se\/organisation\/SE\d{10}(-\w+)?$/;

/**
 * What DCAT-AP-SE 3.0.1 (diggsweden/DCAT-AP-SE, 3.0.1/bundle.json and docs/harvesting.md) asks
 * for beyond DCAT-AP, as sentences naming the node: empty when the catalogue has all of it.
 */
export function dcatApSeProblems(graph: Store): string[] {
  const problems: string[] = [];
  const objects = (subject: Term, predicate: string) => graph.getObjects(subject, predicate, null);
  const ofType = (type: string) => graph.getSubjects(RDF_TYPE, type, null);
  const languages = (subject: Term, predicate: string) => objects(subject, predicate).map((o) => (o.termType === 'Literal' ? o.language : ''));
  const needsTexts = (subject: Term, predicate: string) => {
    for (const language of ['sv', 'en']) {
      if (!languages(subject, predicate).includes(language)) problems.push(`${subject.value} has no ${predicate} in ${language}`);
    }
  };
  const exactlyOne = (subject: Term, predicate: string) => {
    const count = objects(subject, predicate).length;
    if (count !== 1) problems.push(`${subject.value} has ${count} ${predicate}, not one`);
  };

  for (const quad of graph.getQuads(null, null, null, null)) {
    for (const node of [quad.subject, quad.object]) {
      if (node.termType === 'BlankNode') problems.push(`a blank node in ${quad.predicate.value}`);
      if (node.termType === 'NamedNode' && !/^(https?|mailto):/.test(node.value)) problems.push(`${node.value} is not an absolute IRI`);
    }
  }

  const catalogues = ofType(`${DCAT}Catalog`);
  if (catalogues.length !== 1) problems.push(`${catalogues.length} catalogues`);
  const publishers = new Set<string>();
  for (const catalogue of catalogues) {
    needsTexts(catalogue, `${DCT}title`);
    needsTexts(catalogue, `${DCT}description`);
    exactlyOne(catalogue, `${DCT}publisher`);
    exactlyOne(catalogue, `${DCT}license`);
    if (objects(catalogue, `${DCT}license`)[0]?.value !== DCAT_AP_SE_CC0) problems.push(`the catalogue's licence is not ${DCAT_AP_SE_CC0}`);
    for (const p of objects(catalogue, `${DCT}publisher`)) publishers.add(p.value);
    if (objects(catalogue, `${DCAT}dataset`).length === 0) problems.push('the catalogue lists no dataset');
  }
  for (const dataset of ofType(`${DCAT}Dataset`)) {
    needsTexts(dataset, `${DCT}title`);
    needsTexts(dataset, `${DCT}description`);
    exactlyOne(dataset, `${DCT}publisher`);
    for (const p of objects(dataset, `${DCT}publisher`)) publishers.add(p.value);
    if (objects(dataset, `${DCAT}contactPoint`).length === 0) problems.push(`${dataset.value} has no contact point`);
    if (objects(dataset, `${DCAT}theme`).length === 0) problems.push(`${dataset.value} has no theme`);
  }
  for (const distribution of ofType(`${DCAT}Distribution`)) {
    exactlyOne(distribution, `${DCAT}accessURL`);
    exactlyOne(distribution, `${DCT}format`);
    if (objects(distribution, `${DCT}license`)[0]?.value !== DCAT_AP_SE_CC0) problems.push(`${distribution.value}'s licence is not ${DCAT_AP_SE_CC0}`);
  }
  for (const service of ofType(`${DCAT}DataService`)) {
    needsTexts(service, `${DCT}title`);
    exactlyOne(service, `${DCAT}endpointURL`);
    exactlyOne(service, `${DCT}format`);
    if (objects(service, `${DCAT}endpointDescription`).length === 0) problems.push(`${service.value} has no endpoint description`);
  }
  // One publisher for the whole catalogue (docs/harvesting.md: describe it once), with a name and a type.
  if (publishers.size !== 1) problems.push(`${publishers.size} different publishers`);
  const contacts = new Set(graph.getObjects(null, `${DCAT}contactPoint`, null).map((c) => c.value));
  for (const publisher of publishers) {
    if (objects(DataFactory.namedNode(publisher), `${FOAF}name`).length === 0) problems.push(`the publisher ${publisher} has no foaf:name`);
    if (objects(DataFactory.namedNode(publisher), `${DCT}type`).length !== 1) problems.push(`the publisher ${publisher} has no dct:type`);
    if (contacts.has(publisher)) problems.push('the publisher is also a contact point');
  }
  for (const contact of contacts) {
    const node = DataFactory.namedNode(contact);
    if (objects(node, `${VCARD}fn`).length === 0) problems.push(`the contact ${contact} has no vcard:fn`);
    if (!objects(node, `${VCARD}hasEmail`).some((email) => email.value.startsWith('mailto:'))) problems.push(`the contact ${contact} has no mailto: e-mail`);
  }
  return problems;
}
