// GET /datasets/dcat through its route handler, on an empty instance and on the demo: the
// catalogue has zero violations of the DCAT-AP 3.0.1 SHACL shapes and everything DCAT-AP-SE
// adds (tests/dcat-ap), the three serializations are the same graph, dct:modified follows the
// data, every Accept value gets an answer and ETags revalidate.
import { DataFactory, type Store } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { GET as getCatalogueRoute, OPTIONS as cataloguePreflight } from '@/app/datasets/dcat/route';
import { setDatabaseForTests } from '@/server/db/client';

import { DATAPORTAL_PUBLISHER, DCAT_AP_SE_CC0, dcatApSeProblems, dcatApViolations, parseJsonLd, parseRdfXml, parseTurtle } from '../dcat-ap/dcat-ap-validator';

import { createDemoDatabaseForApp, createTestDatabase, type TestDatabase } from './test-database';

const ORIGIN = 'https://trappan.example.se';
const CATALOGUE = `${ORIGIN}/datasets/dcat`;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const { namedNode } = DataFactory;

// An operator as an installation would configure it (README), whatever the test machine's
// environment says.
beforeEach(() => {
  vi.stubEnv('TRAPPAN_PUBLIC_URL', ORIGIN);
  vi.stubEnv('TRAPPAN_DEMO', 'false');
  vi.stubEnv('TRAPPAN_OPERATOR_NAME', 'Malmö stad');
  vi.stubEnv('TRAPPAN_OPERATOR_URL', 'https://malmo.se/');
  vi.stubEnv('TRAPPAN_OPERATOR_ORGANISATION_NUMBER', '212000-1124');
  vi.stubEnv('TRAPPAN_CONTACT_EMAIL', 'oppnadata@malmo.se');
  vi.stubEnv('TRAPPAN_OPERATOR_PUBLISHER_TYPE', '');
});

const catalogue = (headers: Record<string, string> = {}) => getCatalogueRoute(new Request('http://localhost/datasets/dcat', { headers }));

async function servedGraph(headers: Record<string, string> = {}): Promise<{ response: Response; graph: Store }> {
  const response = await catalogue(headers);
  expect(response.status).toBe(200);
  const text = await response.text();
  const type = response.headers.get('content-type');
  const graph =
    type === 'text/turtle; charset=utf-8' ? parseTurtle(text) : type === 'application/ld+json; charset=utf-8' ? await parseJsonLd(text) : await parseRdfXml(text, CATALOGUE);
  return { response, graph };
}

const values = (graph: Store, subject: string | null, predicate: string) => graph.getObjects(subject, predicate, null).map((o) => o.value);

async function expectValidCatalogue(graph: Store) {
  expect(await dcatApViolations(graph)).toEqual([]);
  expect(dcatApSeProblems(graph)).toEqual([]);
}

describe('the catalogue of an empty instance', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    setDatabaseForTests(database);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('is valid DCAT-AP and DCAT-AP-SE, with every dataset and no dates it cannot know', async () => {
    const { graph } = await servedGraph();
    await expectValidCatalogue(graph);
    expect(values(graph, CATALOGUE, `${DCAT}dataset`)).toHaveLength(4);
    expect(graph.getQuads(null, `${DCT}modified`, null, null)).toEqual([]);
  });

  it('stays valid DCAT-AP when the installation has not given an organisation number', async () => {
    vi.stubEnv('TRAPPAN_OPERATOR_ORGANISATION_NUMBER', '');
    vi.stubEnv('TRAPPAN_OPERATOR_NAME', '');
    const { graph } = await servedGraph();
    expect(await dcatApViolations(graph)).toEqual([]);
    // Without a number the publisher is the installation's own, named by its host.
    expect(values(graph, CATALOGUE, `${DCT}publisher`)).toEqual([`${CATALOGUE}#publisher`]);
    expect(values(graph, `${CATALOGUE}#publisher`, `${FOAF}name`)).toEqual(['trappan.example.se']);
  });
});

describe('the catalogue of the demo', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createDemoDatabaseForApp();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('is RDF/XML by default, valid DCAT-AP 3.0.1 and DCAT-AP-SE', async () => {
    const { response, graph } = await servedGraph();
    expect(response.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('vary')).toBe('Accept');
    await expectValidCatalogue(graph);
  });

  it('names the operator as publisher at the Swedish data portal’s address, and licenses everything CC0', async () => {
    const { graph } = await servedGraph();
    const [publisher] = values(graph, CATALOGUE, `${DCT}publisher`);
    expect(publisher).toBe('http://dataportal.se/organisation/SE2120001124');
    expect(publisher).toMatch(DATAPORTAL_PUBLISHER);
    expect(values(graph, publisher!, `${FOAF}name`)).toEqual(['Malmö stad']);
    expect(values(graph, publisher!, `${DCT}type`)).toEqual(['http://purl.org/adms/publishertype/LocalAuthority']);
    expect(values(graph, null, `${DCAT}contactPoint`)).toContain(`${CATALOGUE}#contact-point`);
    expect(values(graph, `${CATALOGUE}#contact-point`, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual(['mailto:oppnadata@malmo.se']);
    expect(new Set(values(graph, null, `${DCT}license`))).toEqual(new Set([DCAT_AP_SE_CC0]));
  });

  it('has a dataset each for networks, organisations, needs and meetings, titled in Swedish and English', async () => {
    const { graph } = await servedGraph();
    const titles = (dataset: string) =>
      Object.fromEntries(graph.getObjects(dataset, `${DCT}title`, null).map((title) => [title.termType === 'Literal' ? title.language : '', title.value]));
    expect(titles(`${CATALOGUE}#dataset-networks`)).toEqual({ sv: 'Beställarnätverk', en: 'Buyer networks' });
    expect(titles(`${CATALOGUE}#dataset-needs`)).toEqual({ sv: 'Offentliga behov i beställarnätverk', en: 'Public needs of buyer networks' });
    expect(values(graph, CATALOGUE, `${DCAT}dataset`).sort()).toEqual(
      ['meetings', 'needs', 'networks', 'organisations'].map((id) => `${CATALOGUE}#dataset-${id}`),
    );
    for (const dataset of values(graph, CATALOGUE, `${DCAT}dataset`)) {
      expect(values(graph, dataset, `${DCT}spatial`)).toEqual(['http://publications.europa.eu/resource/authority/country/SWE']);
      for (const theme of values(graph, dataset, `${DCAT}theme`)) expect(theme).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/);
    }
  });

  it('gives each distribution its address, EU file type and IANA media type', async () => {
    const { graph } = await servedGraph();
    const distribution = (id: string) => ({
      access: values(graph, `${CATALOGUE}#dataset-${id}`, `${DCAT}accessURL`),
      download: values(graph, `${CATALOGUE}#dataset-${id}`, `${DCAT}downloadURL`),
      format: values(graph, `${CATALOGUE}#dataset-${id}`, `${DCT}format`),
      mediaType: values(graph, `${CATALOGUE}#dataset-${id}`, `${DCAT}mediaType`),
    });
    expect(distribution('networks-csv')).toEqual({
      access: [`${ORIGIN}/api/v1/networks.csv`],
      download: [`${ORIGIN}/api/v1/networks.csv`],
      format: ['http://publications.europa.eu/resource/authority/file-type/CSV'],
      mediaType: ['https://www.iana.org/assignments/media-types/text/csv'],
    });
    expect(distribution('needs-ocds')).toMatchObject({ access: [`${ORIGIN}/api/v1/needs`], mediaType: ['https://www.iana.org/assignments/media-types/application/json'] });
    expect(distribution('meetings-ics')).toMatchObject({
      format: ['http://publications.europa.eu/resource/authority/file-type/ICS'],
      mediaType: ['https://www.iana.org/assignments/media-types/text/calendar'],
    });
    expect(values(graph, `${CATALOGUE}#dataset-needs-ocds`, `${DCT}conformsTo`)).toEqual(['https://standard.open-contracting.org/1.1/']);
  });

  it('describes the API as a data service whose endpoint description is the OpenAPI document', async () => {
    const { graph } = await servedGraph();
    const service = values(graph, CATALOGUE, `${DCAT}service`);
    expect(service).toEqual([`${CATALOGUE}#api`]);
    expect(values(graph, `${CATALOGUE}#api`, `${DCAT}endpointURL`)).toEqual([`${ORIGIN}/api/v1`]);
    expect(values(graph, `${CATALOGUE}#api`, `${DCAT}endpointDescription`)).toEqual([`${ORIGIN}/api/v1/openapi.json`]);
    expect(values(graph, `${CATALOGUE}#api`, `${DCAT}servesDataset`).sort()).toEqual(['needs', 'networks', 'organisations'].map((id) => `${CATALOGUE}#dataset-${id}`));
  });

  it('is the same graph as Turtle, JSON-LD and RDF/XML', async () => {
    const rdfXml = await servedGraph({ Accept: 'application/rdf+xml' });
    const turtle = await servedGraph({ Accept: 'text/turtle' });
    const jsonLd = await servedGraph({ Accept: 'application/ld+json' });
    expect(turtle.response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(jsonLd.response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(rdfXml.graph.size).toBeGreaterThan(100);
    expect(isomorphic(rdfXml.graph.getQuads(null, null, null, null), turtle.graph.getQuads(null, null, null, null))).toBe(true);
    expect(isomorphic(rdfXml.graph.getQuads(null, null, null, null), jsonLd.graph.getQuads(null, null, null, null))).toBe(true);
    await expectValidCatalogue(turtle.graph);
    await expectValidCatalogue(jsonLd.graph);
  });

  it('picks the format by the Accept header’s preferences', async () => {
    const typeFor = async (accept: string) => (await catalogue({ Accept: accept })).headers.get('content-type');
    expect(await typeFor('text/turtle;q=0.5, application/ld+json')).toBe('application/ld+json; charset=utf-8');
    expect(await typeFor('application/ld+json;q=0.2, text/turtle;q=0.9')).toBe('text/turtle; charset=utf-8');
    expect(await typeFor('text/*')).toBe('text/turtle; charset=utf-8');
  });

  it('answers RDF/XML to an unknown, empty or malformed Accept, never an error', async () => {
    for (const accept of ['text/html', '*/*', '', 'nonsense', ';;;,,,', 'text/turtle;q=0', 'application/rdf+xml;q=abc', '\u00e5/\u00e4', 'a/b;'.repeat(2000)]) {
      const response = await catalogue({ Accept: accept });
      expect(response.status, accept.slice(0, 40)).toBe(200);
      expect(response.headers.get('content-type'), accept.slice(0, 40)).toBe('application/rdf+xml; charset=utf-8');
    }
  });

  it('dates each dataset by the latest change of its rows and revalidates with the ETag', async () => {
    const { response, graph } = await servedGraph();
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const { _max } = await database.prisma.network.aggregate({ where: { publishedAt: { not: null } }, _max: { updatedAt: true } });
    expect(values(graph, `${CATALOGUE}#dataset-networks`, `${DCT}modified`)).toEqual([_max.updatedAt!.toISOString()]);

    const notModified = await catalogue({ 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    // Another format is another body, so another ETag.
    expect((await catalogue({ Accept: 'text/turtle', 'If-None-Match': etag })).status).toBe(200);

    const network = await database.prisma.network.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { id: true } });
    const changedAt = new Date(Date.now() + 60_000);
    await database.prisma.network.update({ where: { id: network.id }, data: { updatedAt: changedAt } });
    const changed = await servedGraph({ 'If-None-Match': etag });
    expect(changed.response.status).toBe(200);
    expect(values(changed.graph, `${CATALOGUE}#dataset-networks`, `${DCT}modified`)).toEqual([changedAt.toISOString()]);
    expect(values(changed.graph, CATALOGUE, `${DCT}modified`)).toEqual([changedAt.toISOString()]);
  });

  it('would notice a catalogue without a title or with the https form of CC0', async () => {
    const { graph } = await servedGraph();
    graph.removeQuads(graph.getQuads(CATALOGUE, `${DCT}title`, null, null));
    expect((await dcatApViolations(graph)).map((v) => [v.focusNode, v.path])).toEqual([[CATALOGUE, `${DCT}title`]]);
    const licence = graph.getQuads(CATALOGUE, `${DCT}license`, null, null);
    graph.removeQuads(licence);
    graph.addQuad(namedNode(CATALOGUE), namedNode(`${DCT}license`), namedNode('https://creativecommons.org/publicdomain/zero/1.0/'));
    expect(dcatApSeProblems(graph)).toContain(`the catalogue's licence is not ${DCAT_AP_SE_CC0}`);
  });

  it('allows cross-origin revalidation', async () => {
    const response = cataloguePreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match');
  });

  it('uses the organisation number of the configured operator for the publisher and no other', async () => {
    const { graph } = await servedGraph();
    const publishers = new Set(graph.getObjects(null, namedNode(`${DCT}publisher`), null).map((p) => p.value));
    expect([...publishers]).toEqual(['http://dataportal.se/organisation/SE2120001124']);
  });
});
