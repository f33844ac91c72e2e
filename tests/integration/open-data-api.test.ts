// The open-data API (/api/v1/...) through its route handlers, on a freshly seeded demo
// database: the same networks as the registry page, paging, 400s naming the parameter, CSV
// that spreadsheets read right, revalidation with ETags, and no members-only data in output.
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GET as getCsvRoute } from '@/app/api/v1/networks.csv/route';
import { GET as getNetworkRoute } from '@/app/api/v1/networks/[slug]/route';
import { GET as getNetworksRoute } from '@/app/api/v1/networks/route';
import { GET as getOpenApiRoute } from '@/app/api/v1/openapi.json/route';
import { GET as getOrganisationsRoute } from '@/app/api/v1/organisations/route';
import { NETWORK_CSV_COLUMNS } from '@/modules/open-data/csv';
import { EXAMPLE_NETWORK, EXAMPLE_NETWORK_DETAIL, EXAMPLE_ORGANISATION, EXAMPLE_ORIGIN } from '@/modules/open-data/examples';
import type { ApiNetwork, ApiNetworkDetail, ApiOrganisation } from '@/modules/open-data/serialize';
import { parseRegistryQuery } from '@/modules/registry/registry-query';
import { searchRegistry } from '@/modules/registry/search';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
  // The documented examples (src/modules/open-data/examples.ts) show Konstgräs without the demo
  // history's funding periods, which are dated from the seeding day and so change every day.
  await database.prisma.fundingPeriod.deleteMany({ where: { funder: { network: { slug: 'konstgras' } } } });
});
afterAll(async () => {
  await database.drop();
});

const ORIGIN = 'http://localhost';
const request = (path: string, headers: Record<string, string> = {}, origin = ORIGIN) => new Request(`${origin}/api/v1${path}`, { headers });
const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

const networks = (params: Record<string, string> = {}, headers?: Record<string, string>) => getNetworksRoute(request(`/networks${query(params)}`, headers));
const network = (slug: string, search = '') => getNetworkRoute(request(`/networks/${slug}${search}`), { params: Promise.resolve({ slug }) });
const csv = (params: Record<string, string> = {}, headers?: Record<string, string>) => getCsvRoute(request(`/networks.csv${query(params)}`, headers));
const organisations = (params: Record<string, string> = {}) => getOrganisationsRoute(request(`/organisations${query(params)}`));

type NetworkList = { data: ApiNetwork[]; nextCursor: string | null; total: number };
type OrganisationList = { data: ApiOrganisation[]; nextCursor: string | null; total: number };

async function json<T>(response: Response, status = 200): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return (await response.json()) as T;
}

async function expectBadRequest(response: Response, parameters: string[]) {
  const body = await json<{ error: { code: string; parameters: string[]; message: string } }>(response, 400);
  expect(body.error.code).toBe('invalid_parameter');
  expect(body.error.parameters).toEqual(parameters);
  for (const name of parameters) expect(body.error.message).toContain(name);
  expect(response.headers.get('cache-control')).toBe('no-store');
}

/** The CSV text after its byte order mark (Response.text() would drop the mark unseen). */
async function csvText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1);
}

/** A small RFC 4180 reader, so the test checks the quoting rather than trusting it. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(row).toEqual([]);
  expect(cell).toBe('');
  return rows;
}

async function allNetworkSlugs(params: Record<string, string>): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const page: NetworkList = await json(await networks({ ...params, ...(cursor ? { cursor } : {}) }));
    slugs.push(...page.data.map((n) => n.slug));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs;
}

async function allOrganisations(params: Record<string, string> = {}): Promise<ApiOrganisation[]> {
  const all: ApiOrganisation[] = [];
  let cursor: string | null = null;
  do {
    const page: OrganisationList = await json(await organisations({ ...params, ...(cursor ? { cursor } : {}) }));
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('GET /api/v1/networks', () => {
  it.each<Record<string, string>>([
    {},
    { initiator: 'buyer' },
    { status: 'forming' },
    { funder: 'naturvardsverket' },
    { funder: 'membership-fees' },
    { county: '12' },
    { yearTo: '2012' },
    { yearFrom: '2018', yearTo: '2018' },
    { area: 'hallbara-konstgrasplaner' },
    { open: '1' },
    { q: 'konstgräsplan' },
    { q: 'naturvårdsverket', county: '12' },
    { initiator: 'agency', funder: 'energimyndigheten', yearFrom: '2000' },
    { sort: 'year' },
    { sort: 'members', status: 'active' },
  ])('finds the same networks as the registry page for %o', async (params) => {
    const page = await searchRegistry(parseRegistryQuery(params, 100).query);
    const body = await json<NetworkList>(await networks({ ...params, limit: '100' }));
    expect(body.data.map((n) => n.slug)).toEqual(page.networks.map((n) => n.slug));
    expect(body.total).toBe(page.total);
  });

  it('filters as the registry does', async () => {
    expect((await json<NetworkList>(await networks({ initiator: 'buyer' }))).data.map((n) => n.slug)).toEqual([
      '4s-ledningsnat',
      'digitala-tjanster-inom-socialtjansten',
      'valfardsteknik',
    ]);
    // Skåne (12): Malmö is a member of Konstgräs; the demo history adds Lund and Helsingborg elsewhere.
    const skane = (await json<NetworkList>(await networks({ county: '12' }))).data.map((n) => n.slug);
    expect(skane).toEqual(expect.arrayContaining(['konstgras']));
    const withMembersInSkane = await database.prisma.network.findMany({ where: { counties: { some: { countyCode: '12' } } }, select: { slug: true } });
    expect(skane.sort()).toEqual(withMembersInSkane.map((n) => n.slug).sort());
  });

  it('describes each network as documented, with an absolute link built from the request', async () => {
    const response = await getNetworksRoute(new Request(`${EXAMPLE_ORIGIN}/api/v1/networks?q=konstgr%C3%A4s`));
    const body = await json<NetworkList>(response);
    expect(body.data[0]).toEqual(EXAMPLE_NETWORK);
    const fees = (await json<NetworkList>(await networks({ funder: 'membership-fees' }))).data[0]!;
    expect(fees.funders).toEqual([{ slug: null, name: null, kind: 'membershipFees', periodStart: null, periodEnd: null, periods: [] }]);
    expect(fees.url).toBe('http://localhost/sv/networks/4s-ledningsnat');
  });

  it('pages with nextCursor through every network once', async () => {
    for (const sort of ['name', 'year', 'members', 'activity']) {
      const slugs = await allNetworkSlugs({ sort, limit: '3' });
      expect(slugs).toHaveLength(10);
      expect(new Set(slugs).size).toBe(10);
    }
    const first = await json<NetworkList>(await networks({ limit: '4' }));
    expect(first.data).toHaveLength(4);
    expect(first.total).toBe(10);
    expect(first.nextCursor).toEqual(expect.any(String));
    const last = await json<NetworkList>(await networks({ limit: '100' }));
    expect(last.nextCursor).toBeNull();
  });

  it('answers bad parameters with a 400 naming them', async () => {
    await expectBadRequest(await networks({ limit: '1000' }), ['limit']);
    await expectBadRequest(await networks({ limit: 'ten' }), ['limit']);
    await expectBadRequest(await networks({ status: 'bogus' }), ['status']);
    await expectBadRequest(await networks({ initiator: 'ACTIVE' }), ['initiator']);
    await expectBadRequest(await networks({ county: '99' }), ['county']);
    await expectBadRequest(await networks({ cursor: 'not-a-cursor' }), ['cursor']);
    await expectBadRequest(await networks({ sort: 'year', cursor: (await json<NetworkList>(await networks({ limit: '1' }))).nextCursor! }), ['cursor']);
    await expectBadRequest(await networks({ yearFrom: '2019', yearTo: '2010' }), ['yearTo']);
    await expectBadRequest(await networks({ area: 'no-such-area' }), ['area']);
    await expectBadRequest(await networks({ funder: 'no-such-organisation' }), ['funder']);
    await expectBadRequest(await networks({ funder: 'Not A Slug' }), ['funder']);
    await expectBadRequest(await networks({ stauts: 'active' }), ['stauts']);
    await expectBadRequest(await getNetworksRoute(request('/networks?status=active&status=closed')), ['status']);
    await expectBadRequest(await networks({ limit: '0', status: 'bogus' }), ['status', 'limit']);
  });

  it('revalidates with a weak ETag and caches for a minute', async () => {
    const first = await networks({ status: 'active' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('access-control-expose-headers')).toContain('ETag');

    const again = await networks({ status: 'active' }, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');

    expect((await networks({ status: 'active' }, { 'If-None-Match': `"other", ${etag.slice(2)}` })).status).toBe(304);
    expect((await networks({ status: 'active' }, { 'If-None-Match': 'W/"something-else"' })).status).toBe(200);
    expect((await networks({ status: 'forming' }, { 'If-None-Match': etag })).status).toBe(200);
  });
});

describe('GET /api/v1/networks/{slug}', () => {
  it('gives the public details: description, facts with source, member organisations, listed members, funding', async () => {
    const response = await getNetworkRoute(new Request(`${EXAMPLE_ORIGIN}/api/v1/networks/konstgras`), { params: Promise.resolve({ slug: 'konstgras' }) });
    const { data } = await json<{ data: ApiNetworkDetail }>(response);
    const { description, facts, ...rest } = data;
    const { description: exampleDescription, facts: exampleFacts, ...exampleRest } = EXAMPLE_NETWORK_DETAIL;
    expect(rest).toEqual(exampleRest);
    expect(description.sv.startsWith(exampleDescription.sv.replace(' …', ''))).toBe(true);
    expect(description.en.startsWith(exampleDescription.en.replace(' …', ''))).toBe(true);
    expect(facts[0]).toEqual(exampleFacts[0]);
    expect(facts.length).toBeGreaterThan(1);
    expect(facts.every((f) => f.source === 'Upphandlingsmyndigheten, rapport 2019:3')).toBe(true);
    expect(response.headers.get('etag')).toMatch(/^W\//);
  });

  it('answers an unknown slug with a 404 JSON error', async () => {
    const body = await json<{ error: { code: string; message: string } }>(await network('no-such-network'), 404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('no-such-network');
  });

  it('takes no query parameters', async () => {
    await expectBadRequest(await network('konstgras', '?limit=1'), ['limit']);
  });
});

describe('GET /api/v1/networks.csv', () => {
  it('is UTF-8 with a byte order mark, a header row and one quoted row per network', async () => {
    const response = await csv();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="natverk.csv"');
    expect(response.headers.get('x-total-count')).toBe('10');
    expect(response.headers.get('x-truncated')).toBeNull();
    expect(response.headers.get('etag')).toMatch(/^W\//);

    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Räddningstjänst');
    expect(text).toContain('Välfärdsteknik');
    expect(text).toContain('Naturvårdsverket');
    expect(text).toContain('Hållbara konstgräsplaner');

    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...NETWORK_CSV_COLUMNS]);
    expect(rows).toHaveLength(11);
    expect(rows.every((row) => row.length === NETWORK_CSV_COLUMNS.length)).toBe(true);

    const all = await json<NetworkList>(await networks({ limit: '100' }));
    const column = (name: (typeof NETWORK_CSV_COLUMNS)[number]) => NETWORK_CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('slug')])).toEqual(all.data.map((n) => n.slug));
    const renare = rows.find((row) => row[0] === 'renare-mark-och-vatten')!;
    // Table 1 names SGU too, but the report gives SGU no kind of funding: only Naturvårdsverket's is seeded.
    expect(renare[column('funderSlugs')]).toBe('naturvardsverket');
    expect(renare[column('funderNames')]).toBe('Naturvårdsverket');
    expect(rows.find((row) => row[0] === '4s-ledningsnat')![column('funderSlugs')]).toBe('membership-fees');
  });

  it('quotes fields with commas, quotes and the delimiter (RFC 4180)', async () => {
    const org = await database.prisma.organization.update({
      where: { slug: 'sveriges-kultur-och-fritidschefsforening' },
      data: { name: 'Förening "Test", med citat; och semikolon' },
      select: { id: true },
    });
    try {
      const text = await csvText(await csv({ q: 'konstgräs' }));
      expect(text).toContain('"Förening ""Test"", med citat; och semikolon"');
      expect(parseCsv(text)[1]![NETWORK_CSV_COLUMNS.indexOf('arrangerName')]).toBe('Förening "Test", med citat; och semikolon');

      const semicolon = await csvText(await csv({ q: 'konstgräs', delimiter: 'semicolon' }));
      const rows = parseCsv(semicolon, ';');
      expect(rows[0]).toEqual([...NETWORK_CSV_COLUMNS]);
      expect(rows[1]![NETWORK_CSV_COLUMNS.indexOf('arrangerName')]).toBe('Förening "Test", med citat; och semikolon');
    } finally {
      await database.prisma.organization.update({ where: { id: org.id }, data: { name: 'Sveriges kultur- och fritidschefsförening' } });
    }
  });

  it('honours the filters', async () => {
    const rows = parseCsv(await csvText(await csv({ initiator: 'buyer' })));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['4s-ledningsnat', 'digitala-tjanster-inom-socialtjansten', 'valfardsteknik']);
    const empty = parseCsv(await csvText(await csv({ open: '1' })));
    expect(empty).toEqual([[...NETWORK_CSV_COLUMNS]]);
  });

  it('answers bad parameters with a 400, including paging parameters it does not take', async () => {
    await expectBadRequest(await csv({ status: 'bogus' }), ['status']);
    await expectBadRequest(await csv({ limit: '10' }), ['limit']);
    await expectBadRequest(await csv({ cursor: 'abc' }), ['cursor']);
    await expectBadRequest(await csv({ delimiter: 'tab' }), ['delimiter']);
  });

  it('revalidates with its ETag', async () => {
    const etag = (await csv()).headers.get('etag')!;
    const again = await csv({}, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('GET /api/v1/organisations', () => {
  it('lists the organisations with a public role as OCDS parties with memberOf', async () => {
    const all = await allOrganisations({ limit: '3' });
    const byId = new Map(all.map((o) => [o.id, o]));
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(all.map((o) => o.id)).toEqual([...all.map((o) => o.id)].sort());

    const malmo = byId.get('malmo-stad')!;
    expect(malmo.memberOf).toContainEqual({ id: 'konstgras', name: 'Konstgräs' });
    expect(malmo).toEqual(EXAMPLE_ORGANISATION);

    const naturvardsverket = byId.get('naturvardsverket')!;
    expect(naturvardsverket.identifier).toEqual({ scheme: 'SE-BLV', id: '2021001975' });
    expect(naturvardsverket.roles).toEqual(['buyer', 'funder']);
    expect(naturvardsverket.memberOf).toEqual([{ id: 'konstgras', name: 'Konstgräs' }]);
    expect(byId.get('sveriges-kultur-och-fritidschefsforening')).toMatchObject({ kind: 'association', identifier: null, roles: ['arranger'] });
    expect(byId.get('energimyndigheten')!.roles).toEqual(['buyer', 'funder', 'arranger']);
    expect(byId.get('linkopings-kommun')!.identifier).toBeNull();

    // Organisations with no public role: a supplier's company and a municipality in no network.
    expect(byId.has('demo-grasytor')).toBe(false);
    expect(byId.has('uppsala-kommun')).toBe(false);

    const first = await json<OrganisationList>(await organisations({ limit: '3' }));
    expect(first.total).toBe(all.length);
  });

  it('filters by kind', async () => {
    const municipalities = await allOrganisations({ kind: 'municipality' });
    expect(municipalities.every((o) => o.kind === 'municipality')).toBe(true);
    expect(municipalities.map((o) => o.id)).toEqual(expect.arrayContaining(['goteborgs-stad', 'linkopings-kommun', 'malmo-stad', 'umea-kommun']));
    // Uppsala kommun takes part in no network, so it is not listed.
    expect(municipalities.map((o) => o.id)).not.toContain('uppsala-kommun');
  });

  it('answers bad parameters with a 400 naming them', async () => {
    await expectBadRequest(await organisations({ limit: '1000' }), ['limit']);
    await expectBadRequest(await organisations({ cursor: 'malmo-stad' }), ['cursor']);
    await expectBadRequest(await organisations({ kind: 'MUNICIPALITY' }), ['kind']);
    await expectBadRequest(await organisations({ status: 'active' }), ['status']);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, as the OpenAPI Initiative’s schema and a generator’s validator see it', async () => {
    const doc = await json<{ openapi: string; servers: Array<{ url: string }>; paths: Record<string, unknown> }>(
      await getOpenApiRoute(request('/openapi.json')),
    );
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]!.url).toBe('http://localhost/api/v1');
    expect(doc.paths['/networks/{slug}/meetings.ics']).toBeDefined();

    // The validator also checks that every $ref resolves.
    const result = await new Validator().validate(doc);
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('is refused by the validator with the licence it used to have (url beside identifier)', async () => {
    const doc = (await (await getOpenApiRoute(request('/openapi.json'))).json()) as { info: { license: Record<string, string> } };
    doc.info.license.url = 'https://creativecommons.org/publicdomain/zero/1.0/';
    expect((await new Validator().validate(doc)).valid).toBe(false);
  });

  it('has schemas that are valid JSON Schema 2020-12, the dialect of OpenAPI 3.1', async () => {
    const doc = (await (await getOpenApiRoute(request('/openapi.json'))).json()) as { components: { schemas: Record<string, object> } };
    const ajv = new Ajv2020({ strict: false });
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(ajv.validateSchema(schema), `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    }
  });
});

describe('members-only data', () => {
  const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

  /** Every answer of the API that can carry data about people, as text. */
  async function everyOutput(): Promise<string[]> {
    const list = await json<NetworkList>(await networks({ limit: '100' }));
    const details = await Promise.all(list.data.map(async (n) => (await network(n.slug)).text()));
    const orgPages: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await organisations({ limit: '5', ...(cursor ? { cursor } : {}) });
      const text = await response.text();
      orgPages.push(text);
      cursor = (JSON.parse(text) as OrganisationList).nextCursor;
    } while (cursor);
    return [JSON.stringify(list), ...details, await csvText(await csv()), await csvText(await csv({ q: 'konstgräs' })), ...orgPages];
  }

  async function people() {
    return database.prisma.user.findMany({
      select: { name: true, email: true, title: true, memberships: { select: { isListed: true, status: true } } },
    });
  }

  it('names only the people who chose to be listed, never with an email', async () => {
    const konstgras = await database.prisma.membership.findFirstOrThrow({
      where: { network: { slug: 'konstgras' }, user: { email: 'buyer@trappan.test' } },
      select: { id: true },
    });
    await database.prisma.membership.update({ where: { id: konstgras.id }, data: { isListed: false } });

    const outputs = await everyOutput();
    const text = outputs.join('\n');
    expect(text).toContain('Sara Nyström'); // the listed coordinator, as the positive control
    for (const person of await people()) {
      const isListed = person.memberships.some((m) => m.isListed && m.status === 'ACTIVE');
      if (!isListed) expect(text, person.name).not.toContain(person.name);
      expect(text).not.toContain(person.email);
    }
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toMatch(/passwordHash|\$argon2/);
  });

  it('stops naming a member as soon as they are unlisted', async () => {
    const listed = await database.prisma.membership.findMany({ where: { isListed: true }, select: { id: true } });
    expect(listed.length).toBeGreaterThan(0);
    await database.prisma.membership.updateMany({ where: { id: { in: listed.map((m) => m.id) } }, data: { isListed: false } });
    try {
      const text = (await everyOutput()).join('\n');
      for (const person of await people()) {
        expect(text, person.name).not.toContain(person.name);
        expect(text).not.toContain(person.email);
      }
      const { data } = await json<{ data: ApiNetworkDetail }>(await network('konstgras'));
      expect(data.listedMembers).toEqual([]);
      // The organisation stays: organisations are public, people are not.
      expect(data.memberOrganisations.map((o) => o.slug)).toContain('sveriges-kultur-och-fritidschefsforening');
    } finally {
      await database.prisma.membership.updateMany({ where: { id: { in: listed.map((m) => m.id) } }, data: { isListed: true } });
    }
  });
});
