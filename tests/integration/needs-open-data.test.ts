// GET /api/v1/needs through its route handler on a freshly seeded demo database: every answer
// is a valid OCDS 1.1.5 release package (the schema copies in tests/ocds/), only public needs
// are in it, no person is, the budget is the exact sum of the stated costs, paging follows
// links.next, bad parameters are a 400 naming them, and ETags revalidate. Releases are checked
// with Trappan's own OCDS extension merged in, read from where the app serves it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { GET as getNeedsRoute, OPTIONS as needsPreflight } from '@/app/api/v1/needs/route';
import { GET as getExtensionRoute } from '@/app/api/v1/ocds/extension/extension.json/route';
import { GET as getExtensionSchemaRoute } from '@/app/api/v1/ocds/extension/release-schema.json/route';
import { EXAMPLE_NEED_ID, EXAMPLE_NEED_PACKAGE, EXAMPLE_NEED_RELEASE, EXAMPLE_ORIGIN } from '@/modules/open-data/examples';
import type { NeedRelease, NeedReleasePackage } from '@/modules/open-data/needs-ocds';

import { describeErrors, ocdsValidators, type OcdsValidators } from '../ocds/ocds-validator';

import { createDemoDatabaseForApp, type TestDatabase } from './test-database';

let database: TestDatabase;
let ocds: OcdsValidators;
let extensionPatch: JsonSchema;

const EXTENSION_URL = 'http://localhost/api/v1/ocds/extension/extension.json';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema };
type ExtensionMetadata = { schemas: string[]; contactPoint?: { name: string; email: string } };

/** The extension as an OCDS tool reads it: extension.json, then each schema file it names beside it. */
async function servedExtension(): Promise<{ metadata: ExtensionMetadata; patches: JsonSchema[] }> {
  const response = await getExtensionRoute(new Request(EXTENSION_URL));
  expect(response.status).toBe(200);
  const metadata = (await response.json()) as ExtensionMetadata;
  const patches = await Promise.all(
    metadata.schemas.map(async (file) => {
      const url = new URL(file, EXTENSION_URL);
      expect(url.pathname).toBe('/api/v1/ocds/extension/release-schema.json');
      const schema = await getExtensionSchemaRoute(new Request(url));
      expect(schema.status).toBe(200);
      return (await schema.json()) as JsonSchema;
    }),
  );
  return { metadata, patches };
}

beforeAll(async () => {
  database = await createDemoDatabaseForApp();
  const { patches } = await servedExtension();
  extensionPatch = patches[0]!;
  ocds = ocdsValidators(patches);
});
afterAll(async () => {
  await database.drop();
});

const ORIGIN = 'http://localhost';
const needsAt = (url: string, headers: Record<string, string> = {}) => getNeedsRoute(new Request(url, { headers }));
const needs = (params: Record<string, string> = {}, headers?: Record<string, string>, origin = ORIGIN) =>
  needsAt(`${origin}/api/v1/needs${Object.keys(params).length ? `?${new URLSearchParams(params)}` : ''}`, headers);

async function ocdsPackage(response: Response): Promise<NeedReleasePackage> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  expect(response.headers.get('etag')).toMatch(/^W\/"/);
  const body = (await response.json()) as NeedReleasePackage;
  if (body.releases.length > 0) {
    expect(ocds.releasePackage(body), describeErrors(ocds.releasePackage.errors)).toBe(true);
  }
  for (const release of body.releases) {
    expect(ocds.release(release), `${release.tender.title}\n${describeErrors(ocds.release.errors)}`).toBe(true);
    expect(ocds.releaseWithExtensions(release), `${release.tender.title}\n${describeErrors(ocds.releaseWithExtensions.errors)}`).toBe(true);
  }
  return body;
}

async function expectBadRequest(response: Response, parameters: string[]) {
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { code: string; parameters: string[]; message: string } };
  expect(body.error.code).toBe('invalid_parameter');
  expect(body.error.parameters).toEqual(parameters);
  for (const name of parameters) expect(body.error.message).toContain(name);
  expect(response.headers.get('cache-control')).toBe('no-store');
}

/** Every release, page by page through links.next. */
async function allReleases(params: Record<string, string> = {}): Promise<NeedRelease[]> {
  const releases: NeedRelease[] = [];
  let url: string | undefined = `${ORIGIN}/api/v1/needs?${new URLSearchParams(params)}`;
  while (url) {
    const page: NeedReleasePackage = await ocdsPackage(await needsAt(url));
    releases.push(...page.releases);
    expect(page.nextCursor === null).toBe(page.links === undefined);
    url = page.links?.next;
  }
  return releases;
}

const byTitle = (releases: NeedRelease[], title: string) => releases.find((r) => r.tender.title === title);

describe('GET /api/v1/needs', () => {
  it('is a valid OCDS release package of planning releases, one per public need', async () => {
    const body = await ocdsPackage(await needs({ limit: '100' }));
    expect(body).toMatchObject({
      uri: `${ORIGIN}/api/v1/needs?limit=100`,
      version: '1.1',
      publisher: { name: 'Trappan' },
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      nextCursor: null,
    });
    expect(body.links).toBeUndefined();
    const publicNeeds = await database.prisma.need.count({ where: { isPublic: true } });
    expect(body.releases).toHaveLength(publicNeeds);
    expect(body.releases.length).toBeGreaterThanOrEqual(6);
    expect(new Set(body.releases.map((r) => r.ocid)).size).toBe(body.releases.length);
    for (const release of body.releases) {
      expect(release).toMatchObject({ tag: ['planning'], initiationType: 'tender', language: 'sv' });
      // Every public need names the organisations behind it.
      expect(release.parties.length, release.tender.title).toBeGreaterThan(0);
      expect(release.ocid).toBe(`trappan-need-${release.trappan.needId}`);
      expect(release.id).not.toContain('#');
      expect(release.planning.documents[0]).toMatchObject({ documentType: 'needsAssessment', url: release.trappan.url });
    }
    // The package is as new as its newest release.
    expect(body.publishedDate).toBe(body.releases.map((r) => r.date).sort().at(-1));
  });

  it('names the organisations behind the report’s needs: Energimyndigheten buys, associations are interested parties', async () => {
    const releases = await allReleases();
    expect(byTitle(releases, 'Sustainable Mobility Challenge')!.parties).toEqual([
      { id: 'SE-BLV-2021005000', name: 'Energimyndigheten', identifier: { scheme: 'SE-BLV', id: '2021005000' }, roles: ['buyer'] },
    ]);
    expect(byTitle(releases, 'Avancerad rening av avloppsvatten')!.parties).toEqual([{ id: 'svenskt-vatten', name: 'Svenskt Vatten', roles: ['interestedParty'] }]);
    expect(byTitle(releases, 'Känsla av sammanhang')!.parties).toEqual([
      { id: 'SE-BLV-2220000315', name: 'Sveriges Kommuner och Landsting', identifier: { scheme: 'SE-BLV', id: '2220000315' }, roles: ['interestedParty'] },
    ]);
  });

  it('maps Konstgräs’s handed-over need: parties with their roles, the lead buyer, the budget, the documents', async () => {
    const release = byTitle(await allReleases(), 'Hållbara konstgräsplaner')!;
    expect(release.parties).toEqual([
      { id: 'SE-BLV-2120001355', name: 'Göteborgs Stad', identifier: { scheme: 'SE-BLV', id: '2120001355' }, roles: ['buyer'] },
      { id: 'linkopings-kommun', name: 'Linköpings kommun', roles: ['buyer'] },
      { id: 'SE-BLV-2120001124', name: 'Malmö stad', identifier: { scheme: 'SE-BLV', id: '2120001124' }, roles: ['buyer'] },
      { id: 'skl-kommentus', name: 'SKL Kommentus', roles: ['procuringEntity', 'centralPurchasingBody'] },
      // SKL runs the buyer group (report p. 37): it procures but spends no budget of its own.
      { id: 'SE-BLV-2220000315', name: 'Sveriges Kommuner och Landsting', identifier: { scheme: 'SE-BLV', id: '2220000315' }, roles: ['procuringEntity'] },
      { id: 'SE-BLV-2120002627', name: 'Umeå kommun', identifier: { scheme: 'SE-BLV', id: '2120002627' }, roles: ['buyer'] },
    ]);
    // No single organisation's budget: the municipalities are the buyers among the parties.
    expect(release.buyer).toBeUndefined();
    // 1 150 000 + 820 000 + 385 000 + 540 000 kr, stated by four municipalities.
    expect(release.planning.budget).toEqual({ description: expect.stringContaining('4 organisationer'), amount: { amount: 2_895_000, currency: 'SEK' } });
    expect(release.planning.documents.map((d) => d.documentType)).toEqual(['needsAssessment', 'marketStudies', 'marketStudies']);
    expect(release.trappan).toMatchObject({
      network: { slug: 'konstgras' },
      status: 'handedOver',
      ladderStep: 'introduce',
      valueOffers: ['testbed', 'realEnvironmentTest', 'referenceCustomer'],
      potentialMarket: { statedBy: 4, annualCostStatedBy: 4, expectedVolume: 15, volumeStatedBy: 4, volumeUnit: 'konstgräsplaner' },
    });
    expect(release.planning.rationale).toContain('Önskad effekt:');

    // A need without figures has no budget rather than a budget of zero.
    const wastewater = byTitle(await allReleases(), 'Avancerad rening av avloppsvatten')!;
    expect(wastewater.planning.budget).toBeUndefined();
    expect(wastewater.buyer).toBeUndefined();
  });

  it('matches the documented example (examples.ts)', async () => {
    const releases = await allReleases();
    const real = byTitle(releases, EXAMPLE_NEED_RELEASE.tender.title)!;
    const body = await ocdsPackage(await needs({ network: 'konstgras', status: 'handedOver' }, {}, EXAMPLE_ORIGIN));
    expect(body.releases.map((r) => r.ocid)).toEqual([real.ocid]);
    const normalised = JSON.parse(JSON.stringify(body).replaceAll(real.trappan.needId, EXAMPLE_NEED_ID)) as NeedReleasePackage;
    expect(normalised).toEqual(EXAMPLE_NEED_PACKAGE);
    expect(EXAMPLE_NEED_PACKAGE.releases[0]).toBe(EXAMPLE_NEED_RELEASE);
  });

  it('sums the stated costs exactly, in kronor, whatever floating point would make of them', async () => {
    const p = database.prisma;
    const need = await p.need.findFirstOrThrow({ where: { title: 'Återvinning av uttjänt konstgräs' }, select: { id: true } });
    const org = (slug: string) => p.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // 0,10 kr + 0,20 kr is 0,30 kr (0.1 + 0.2 is not 0.3 in floating point), and a large sum
    // keeps its öre.
    await p.needCommitment.createMany({
      data: [
        { needId: need.id, organizationId: (await org('linkopings-kommun')).id, annualCostOre: 10n, level: 'INTERESTED', isPublic: true },
        { needId: need.id, organizationId: (await org('malmo-stad')).id, annualCostOre: 20n, level: 'INTERESTED', isPublic: true },
      ],
    });
    let release = byTitle(await allReleases({ network: 'konstgras' }), 'Återvinning av uttjänt konstgräs')!;
    expect(release.planning.budget?.amount).toEqual({ amount: 0.3, currency: 'SEK' });
    expect(release.planning.budget?.description).toContain('2 organisationer');

    await p.needCommitment.create({ data: { needId: need.id, organizationId: (await org('umea-kommun')).id, annualCostOre: 123_456_789_012_345n, level: 'INTERESTED', isPublic: true } });
    release = byTitle(await allReleases({ network: 'konstgras' }), 'Återvinning av uttjänt konstgräs')!;
    expect(release.planning.budget?.amount.amount).toBe(1_234_567_890_123.75);
    expect(JSON.stringify(release.planning.budget?.amount)).toBe('{"amount":1234567890123.75,"currency":"SEK"}');
    await p.needCommitment.deleteMany({ where: { needId: need.id } });
  });

  it('lists only the needs a network made public, with and without the network filter', async () => {
    const hidden = await database.prisma.need.update({
      where: { id: (await database.prisma.need.findFirstOrThrow({ where: { title: 'Minskad spridning av granulat från befintliga planer' } })).id },
      data: { isPublic: false },
      select: { id: true, title: true },
    });
    try {
      for (const params of [{}, { network: 'konstgras' }, { network: 'konstgras', status: 'proposed' }] as Array<Record<string, string>>) {
        const releases = await allReleases(params);
        expect(releases.length).toBeGreaterThan(0);
        expect(releases.map((r) => r.trappan.needId)).not.toContain(hidden.id);
        expect(JSON.stringify(releases)).not.toContain(hidden.title);
      }
    } finally {
      await database.prisma.need.update({ where: { id: hidden.id }, data: { isPublic: true } });
    }
  });

  it('names no person and shows no email address or members-only text', async () => {
    const body = JSON.stringify(await allReleases());
    const people = await database.prisma.user.findMany({ select: { name: true, email: true } });
    expect(people.length).toBeGreaterThan(5);
    for (const person of people) {
      expect(body).not.toContain(person.name);
      expect(body).not.toContain(person.email);
    }
    expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    // Cost bases, conditions, handover notes and checklist notes stay on the need's page.
    const [commitment, handover, checklist] = await Promise.all([
      database.prisma.needCommitment.findFirstOrThrow({ where: { level: 'COMMITTED' }, select: { costBasis: true, conditions: true } }),
      database.prisma.handover.findFirstOrThrow({ select: { note: true } }),
      database.prisma.ladderChecklistEntry.findFirstOrThrow({ where: { notes: { not: '' } }, select: { notes: true } }),
    ]);
    for (const text of [commitment.costBasis, commitment.conditions, handover.note, checklist.notes]) expect(body).not.toContain(text);
  });

  it('carries the market dialogues: notice, engagement milestone and answered questions, never a supplier', async () => {
    const { prisma } = database;
    const dialogue = await prisma.marketDialogue.findFirstOrThrow({
      where: { form: 'RFI', status: 'OPEN' },
      select: { id: true, closesAt: true, needs: { select: { needId: true } }, questions: { select: { text: true, answers: { select: { id: true } } } } },
    });
    // A written answer with a business secret: the network's, never open data's.
    const supplier = await prisma.user.findUniqueOrThrow({ where: { email: 'supplier@trappan.test' }, select: { id: true, organizationId: true } });
    await prisma.dialogueResponse.create({
      data: { dialogueId: dialogue.id, organizationId: supplier.organizationId!, submittedById: supplier.id, parts: { create: [{ position: 0, text: 'Hemlig korkkälla i Alentejo.', secret: true, secretReason: 'Leverantören.' }] } },
    });
    const releases = await allReleases({ limit: '100' });
    const release = releases.find((r) => r.trappan.needId === dialogue.needs[0]!.needId)!;
    expect(release.planning.documents).toContainEqual(expect.objectContaining({ documentType: 'marketEngagementNotice', url: `${ORIGIN}/sv/dialogues/${dialogue.id}` }));
    expect(release.planning.milestones).toContainEqual(expect.objectContaining({ type: 'engagement', status: 'scheduled', dueDate: dialogue.closesAt.toISOString() }));
    const answered = dialogue.questions.filter((q) => q.answers.length > 0).map((q) => q.text);
    const waiting = dialogue.questions.filter((q) => q.answers.length === 0).map((q) => q.text);
    expect(release.tender.enquiries!.map((enquiry) => enquiry.description).sort()).toEqual([...answered].sort());
    for (const enquiry of release.tender.enquiries!) expect(enquiry).not.toHaveProperty('author');

    const body = JSON.stringify(releases);
    for (const text of waiting) expect(body).not.toContain(text);
    expect(body).not.toContain('Alentejo');
    const companies = await prisma.organization.findMany({ where: { kind: 'COMPANY' }, select: { name: true } });
    expect(companies.length).toBeGreaterThanOrEqual(3);
    for (const company of companies) expect(body).not.toContain(company.name);
    // The package declares the extension its enquiries follow, and Trappan's own.
    const page = (await (await needs({ limit: '1' })).json()) as NeedReleasePackage;
    expect(page.extensions).toEqual(['https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json', EXTENSION_URL]);
  });

  it('filters by network, step and status', async () => {
    const konstgras = await allReleases({ network: 'konstgras' });
    expect(konstgras.length).toBeGreaterThanOrEqual(3);
    expect(konstgras.every((r) => r.trappan.network.slug === 'konstgras')).toBe(true);

    const initiate = await allReleases({ step: 'initiate' });
    expect(initiate.every((r) => r.trappan.ladderStep === 'initiate')).toBe(true);
    expect(initiate.map((r) => r.tender.title)).toEqual(expect.arrayContaining(['Känsla av sammanhang', 'Sustainable Mobility Challenge']));
    const introduce = await allReleases({ step: 'introduce' });
    expect(introduce.every((r) => r.trappan.ladderStep === 'introduce')).toBe(true);
    expect(introduce.map((r) => r.tender.title)).toEqual(expect.arrayContaining(['Hållbara konstgräsplaner', 'Avancerad rening av avloppsvatten']));

    const marketTested = await allReleases({ status: 'marketTested' });
    expect(marketTested.every((r) => r.trappan.status === 'marketTested')).toBe(true);
    expect(marketTested.map((r) => r.tender.title)).toEqual(expect.arrayContaining(['Avancerad rening av avloppsvatten', 'Sustainable Mobility Challenge']));
    expect(await allReleases({ network: 'valfardsteknik', step: 'introduce' })).toEqual([]);
  });

  it('pages newest first with links.next and nextCursor through every public need once', async () => {
    const all = (await ocdsPackage(await needs({ limit: '100' }))).releases.map((r) => r.ocid);
    const first = await ocdsPackage(await needs({ limit: '2', network: 'konstgras' }));
    expect(first.releases).toHaveLength(2);
    expect(first.links?.next).toBe(`${ORIGIN}/api/v1/needs?limit=2&network=konstgras&cursor=${first.nextCursor}`);

    const paged: string[] = [];
    let url: string | undefined = `${ORIGIN}/api/v1/needs?limit=2`;
    let pages = 0;
    while (url) {
      const page: NeedReleasePackage = await ocdsPackage(await needsAt(url));
      paged.push(...page.releases.map((r) => r.ocid));
      url = page.links?.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(all.length);
  });

  it('answers bad parameters with a 400 naming them, never a 500', async () => {
    await expectBadRequest(await needs({ limit: '0' }), ['limit']);
    await expectBadRequest(await needs({ limit: '101' }), ['limit']);
    await expectBadRequest(await needs({ limit: 'many' }), ['limit']);
    await expectBadRequest(await needs({ step: 'climb' }), ['step']);
    await expectBadRequest(await needs({ status: 'active' }), ['status']);
    await expectBadRequest(await needs({ network: 'Not A Slug' }), ['network']);
    await expectBadRequest(await needs({ network: 'no-such-network' }), ['network']);
    await expectBadRequest(await needs({ cursor: 'not-a-cursor' }), ['cursor']);
    await expectBadRequest(await needs({ stauts: 'proposed' }), ['stauts']);
    await expectBadRequest(await needsAt(`${ORIGIN}/api/v1/needs?step=initiate&step=introduce`), ['step']);
    await expectBadRequest(await needs({ step: 'climb', limit: '0' }), ['step', 'limit']);
    const message = ((await (await needs({ status: 'active' })).json()) as { error: { message: string } }).error.message;
    expect(message).toContain('handedOver');
  });

  it('revalidates with a weak ETag, and a change to a need changes it', async () => {
    const first = await needs({ network: 'avancerad-rening-av-avloppsvatten' });
    const etag = first.headers.get('etag')!;
    const again = await needs({ network: 'avancerad-rening-av-avloppsvatten' }, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const need = await database.prisma.need.findFirstOrThrow({ where: { network: { slug: 'avancerad-rening-av-avloppsvatten' }, isPublic: true }, select: { id: true, desiredEffect: true } });
    await database.prisma.need.update({ where: { id: need.id }, data: { desiredEffect: `${need.desiredEffect} Ändrad.` } });
    const changed = await needs({ network: 'avancerad-rening-av-avloppsvatten' }, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const release = (await ocdsPackage(changed)).releases.find((r) => r.ocid === `trappan-need-${need.id}`)!;
    // The release id moves with the release's date, the ocid stays.
    expect(release.ocid).toBe(`trappan-need-${need.id}`);
    expect(release.id).toBe(`${need.id}-${release.date.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
  });

  it('answers a CORS preflight', async () => {
    const response = needsPreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

/** The paths of the fields in `value` that `schema` does not describe. */
function undescribedFields(value: unknown, schema: JsonSchema | undefined, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => undescribedFields(item, schema?.items, `${at}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) =>
    schema?.properties?.[key] ? undescribedFields(field, schema.properties[key], `${at}/${key}`) : [`${at}/${key}`],
  );
}

describe('Trappan’s OCDS extension', () => {
  it('is an extension.json that OCDS’s extension schema accepts, with a contact point from the configuration', async () => {
    vi.stubEnv('TRAPPAN_OPERATOR_NAME', 'Malmö stad');
    vi.stubEnv('TRAPPAN_CONTACT_EMAIL', 'oppnadata@malmo.example');
    try {
      const { metadata } = await servedExtension();
      expect(ocds.extensionMetadata(metadata), describeErrors(ocds.extensionMetadata.errors)).toBe(true);
      expect(metadata.contactPoint).toEqual({ name: 'Malmö stad', email: 'oppnadata@malmo.example' });
      expect(metadata.schemas).toEqual(['release-schema.json']);
    } finally {
      vi.unstubAllEnvs();
    }
    // The demo has its own open-data address, so its extension is complete too.
    vi.stubEnv('TRAPPAN_DEMO', 'true');
    vi.stubEnv('TRAPPAN_CONTACT_EMAIL', '');
    try {
      const { metadata } = await servedExtension();
      expect(ocds.extensionMetadata(metadata), describeErrors(ocds.extensionMetadata.errors)).toBe(true);
      expect(metadata.contactPoint?.email).toBe('oppnadata@trappan.test');
    } finally {
      vi.unstubAllEnvs();
    }
    // Without a contact address a real installation gets none made up; that is all OCDS then misses.
    vi.stubEnv('TRAPPAN_DEMO', 'false');
    vi.stubEnv('TRAPPAN_CONTACT_EMAIL', '');
    try {
      const { metadata } = await servedExtension();
      expect(metadata.contactPoint).toBeUndefined();
      expect(ocds.extensionMetadata(metadata)).toBe(false);
      expect(ocds.extensionMetadata.errors!.map((e) => e.params)).toEqual([{ missingProperty: 'contactPoint' }]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('describes every field a release has under trappan', async () => {
    const releases = await allReleases();
    expect(releases.length).toBeGreaterThanOrEqual(6);
    const trappan = extensionPatch.properties!.trappan;
    for (const release of releases) expect(undescribedFields(release.trappan, trappan, 'trappan'), release.tender.title).toEqual([]);
  });

  it('makes the schema check the added fields: a wrong code fails only with the extension', async () => {
    const [release] = (await ocdsPackage(await needs({ limit: '1' }))).releases;
    const broken = { ...release!, trappan: { ...release!.trappan, status: 'bogus', potentialMarket: { ...release!.trappan.potentialMarket, statedBy: -1 } } };
    expect(ocds.release(broken)).toBe(true);
    expect(ocds.releaseWithExtensions(broken)).toBe(false);
    expect(ocds.releaseWithExtensions.errors!.map((e) => e.instancePath).sort()).toEqual(['/trappan/potentialMarket/statedBy', '/trappan/status']);
  });

  it('publishes under a registered ocid prefix once the operator sets one, and never under a malformed one', async () => {
    vi.stubEnv('TRAPPAN_OCDS_PREFIX', 'ocds-abc123');
    try {
      const body = await ocdsPackage(await needs({ limit: '100' }));
      for (const release of body.releases) {
        expect(release.ocid).toBe(`ocds-abc123-need-${release.trappan.needId}`);
        expect(release.tender.id).toBe(release.ocid);
      }
      vi.stubEnv('TRAPPAN_OCDS_PREFIX', 'ocds-abc');
      const refused = await needs({ limit: '1' });
      expect(refused.status).toBe(500);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('internal_error');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
