import { describe, expect, it } from 'vitest';

import { needParties, needReleasePackage, oreToKronorJsonNumber, partyId, toNeedRelease, type NeedOrganisationSource, type NeedSource } from './needs-ocds';
import { encodeNeedCursor, parseNeedParams } from './needs-params';

const ORIGIN = 'https://trappan.example';
const PREFIX = 'trappan';
const malmo: NeedOrganisationSource = { slug: 'malmo-stad', name: 'Malmö stad', kind: 'MUNICIPALITY', organizationNumber: '212000-1124' };
const linkoping: NeedOrganisationSource = { slug: 'linkopings-kommun', name: 'Linköpings kommun', kind: 'MUNICIPALITY', organizationNumber: null };
const association: NeedOrganisationSource = { slug: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening', kind: 'ASSOCIATION', organizationNumber: null };
const kommentus: NeedOrganisationSource = { slug: 'skl-kommentus', name: 'SKL Kommentus', kind: 'CENTRAL_PURCHASING_BODY', organizationNumber: null };

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 9));

function need(overrides: Partial<NeedSource> = {}): NeedSource {
  return {
    id: 'need1',
    title: 'Hållbara konstgräsplaner',
    problem: 'Granulat sprids.',
    desiredEffect: 'Inget granulat.',
    status: 'PROPOSED',
    ladderStep: null,
    valueOffers: [],
    volumeUnit: '',
    createdAt: day(1),
    updatedAt: day(2),
    network: { slug: 'konstgras', name: 'Konstgräs' },
    area: { slug: 'hallbara-konstgrasplaner', nameSv: 'Hållbara konstgräsplaner', nameEn: 'Sustainable artificial turf pitches' },
    organizations: [],
    leadOrganization: null,
    commitments: [],
    handovers: [],
    assessments: [],
    transitions: [],
    dialogues: [],
    ...overrides,
  };
}

describe('oreToKronorJsonNumber', () => {
  it('gives the number the exact decimal denotes', () => {
    expect(oreToKronorJsonNumber(0n)).toBe(0);
    expect(oreToKronorJsonNumber(1n)).toBe(0.01);
    expect(oreToKronorJsonNumber(30n)).toBe(0.3);
    expect(oreToKronorJsonNumber(10n + 20n)).not.toBe(0.1 + 0.2);
    expect(oreToKronorJsonNumber(289_500_000n)).toBe(2_895_000);
    expect(oreToKronorJsonNumber(123_456_789_012_375n)).toBe(1_234_567_890_123.75);
    expect(oreToKronorJsonNumber(-150n)).toBe(-1.5);
  });

  it('refuses an amount JSON cannot carry to the öre', () => {
    expect(oreToKronorJsonNumber(BigInt(Number.MAX_SAFE_INTEGER))).toBe(90_071_992_547_409.91);
    expect(() => oreToKronorJsonNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
  });
});

describe('parties', () => {
  it('identifies an organisation by its number in the SE-BLV scheme, else by its slug', () => {
    expect(partyId(malmo)).toBe('SE-BLV-2120001124');
    expect(partyId(linkoping)).toBe('linkopings-kommun');
  });

  it('gives each organisation one entry with the roles it has', () => {
    const parties = needParties(
      need({
        organizations: [
          { addedAt: day(1), organization: malmo },
          { addedAt: day(1), organization: association },
        ],
        commitments: [
          { annualCostOre: 100n, expectedVolume: null, statedAt: day(3), organization: malmo },
          { annualCostOre: null, expectedVolume: 2, statedAt: day(3), organization: linkoping },
        ],
        leadOrganization: linkoping,
        handovers: [{ handedOverAt: day(4), acknowledgedAt: null, receivingOrganization: kommentus }],
      }),
    );
    expect(parties).toEqual([
      { id: 'linkopings-kommun', name: 'Linköpings kommun', roles: ['buyer', 'procuringEntity'] },
      { id: 'SE-BLV-2120001124', name: 'Malmö stad', identifier: { scheme: 'SE-BLV', id: '2120001124' }, roles: ['buyer'] },
      { id: 'skl-kommentus', name: 'SKL Kommentus', roles: ['procuringEntity', 'centralPurchasingBody'] },
      // Not a contracting authority: it shares the need but will not buy.
      { id: 'sveriges-kultur-och-fritidschefsforening', name: 'Sveriges kultur- och fritidschefsförening', roles: ['interestedParty'] },
    ]);
  });

  it('makes a lead that does not buy for itself a procuring entity, not the buyer', () => {
    const skl = { slug: 'skl', name: 'Sveriges Kommuner och Landsting', kind: 'ASSOCIATION' as const, organizationNumber: null };
    const led = need({ organizations: [{ addedAt: day(1), organization: malmo }], leadOrganization: skl });
    expect(needParties(led)).toEqual([
      { id: 'SE-BLV-2120001124', name: 'Malmö stad', identifier: { scheme: 'SE-BLV', id: '2120001124' }, roles: ['buyer'] },
      { id: 'skl', name: 'Sveriges Kommuner och Landsting', roles: ['procuringEntity'] },
    ]);
    expect(toNeedRelease(led, ORIGIN, PREFIX).buyer).toBeUndefined();
    const viaKommentus = need({ leadOrganization: kommentus });
    expect(needParties(viaKommentus)).toEqual([{ id: 'skl-kommentus', name: 'SKL Kommentus', roles: ['procuringEntity', 'centralPurchasingBody'] }]);
    expect(toNeedRelease(viaKommentus, ORIGIN, PREFIX).buyer).toBeUndefined();
    expect(toNeedRelease(need({ leadOrganization: linkoping }), ORIGIN, PREFIX).buyer).toEqual({ id: 'linkopings-kommun', name: 'Linköpings kommun' });
  });
});

describe('toNeedRelease', () => {
  it('is a planning release dated by the latest change, whose id moves with that date', () => {
    const release = toNeedRelease(need({ transitions: [{ createdAt: day(5) }] }), ORIGIN, PREFIX);
    expect(release).toMatchObject({
      ocid: 'trappan-need-need1',
      id: 'need1-20260105T090000Z',
      date: '2026-01-05T09:00:00.000Z',
      tag: ['planning'],
      initiationType: 'tender',
      language: 'sv',
      tender: { id: 'trappan-need-need1', title: 'Hållbara konstgräsplaner', status: 'planning' },
    });
    expect(release.planning.rationale).toBe('Granulat sprids.\n\nÖnskad effekt: Inget granulat.');
    expect(toNeedRelease(need({ desiredEffect: ' ' }), ORIGIN, PREFIX).planning.rationale).toBe('Granulat sprids.');
  });

  it('states a budget only when an organisation stated a cost, as the exact sum in kronor', () => {
    expect(toNeedRelease(need(), ORIGIN, PREFIX).planning.budget).toBeUndefined();
    const volumeOnly = need({ commitments: [{ annualCostOre: null, expectedVolume: 3, statedAt: day(3), organization: malmo }] });
    expect(toNeedRelease(volumeOnly, ORIGIN, PREFIX).planning.budget).toBeUndefined();
    expect(toNeedRelease(volumeOnly, ORIGIN, PREFIX).trappan.potentialMarket).toEqual({ statedBy: 1, annualCostStatedBy: 0, expectedVolume: 3, volumeStatedBy: 1, volumeUnit: null });

    const release = toNeedRelease(
      need({
        commitments: [
          { annualCostOre: 10n, expectedVolume: null, statedAt: day(3), organization: malmo },
          { annualCostOre: 20n, expectedVolume: null, statedAt: day(3), organization: linkoping },
        ],
      }),
      ORIGIN,
      PREFIX,
    );
    expect(release.planning.budget).toEqual({ description: expect.stringContaining('de 2 organisationer'), amount: { amount: 0.3, currency: 'SEK' } });
    expect(release.buyer).toBeUndefined();
  });

  it('links the need’s page and the latest assessment’s evidence that are web addresses', () => {
    const release = toNeedRelease(
      need({ assessments: [{ evidenceLinks: ['https://example.org/a', 'anteckning i pärmen', 'ftp://example.org/b'], createdAt: day(3) }] }),
      ORIGIN,
      PREFIX,
    );
    expect(release.planning.documents).toEqual([
      {
        id: 'needsAssessment',
        documentType: 'needsAssessment',
        title: 'Hållbara konstgräsplaner',
        url: 'https://trappan.example/sv/networks/konstgras/needs/need1',
        format: 'text/html',
        language: 'sv',
      },
      {
        id: 'marketStudies-1',
        documentType: 'marketStudies',
        title: 'Underlag till marknadsmognadsbedömningen (1 av 1)',
        url: 'https://example.org/a',
        datePublished: '2026-01-03T09:00:00.000Z',
      },
    ]);
  });

  it('carries the step, status and value offer as codes under trappan', () => {
    const release = toNeedRelease(need({ status: 'HANDED_OVER', ladderStep: 'INTRODUCE', valueOffers: ['TESTBED', 'EXPERTISE'] }), ORIGIN, PREFIX);
    expect(release.trappan).toMatchObject({ status: 'handedOver', ladderStep: 'introduce', valueOffers: ['testbed', 'expertise'] });
  });

  it('carries its market dialogues: a notice, the summary, a milestone each, and the answered questions without an author', () => {
    const open = { id: 'd1', title: 'RFI om fyllnad', status: 'OPEN' as const, closesAt: day(20), closedAt: null, publishedAt: day(5), summaryPublishedAt: null, questions: [] };
    const done = {
      id: 'd2',
      title: 'Leverantörsträff',
      status: 'SUMMARY_PUBLISHED' as const,
      closesAt: day(10),
      closedAt: day(11),
      publishedAt: day(3),
      summaryPublishedAt: day(12),
      questions: [{ id: 'q1', text: 'Gäller det inomhus för vår Turf-X?', publicText: 'Gäller det inomhus?', askedAt: day(4), answers: [{ text: 'Nej, rättat.', publishedAt: day(8) }, { text: 'Nej.', publishedAt: day(6) }] }],
    };
    const cancelled = { ...open, id: 'd3', status: 'CANCELLED' as const };
    const release = toNeedRelease(need({ dialogues: [{ dialogue: open }, { dialogue: done }, { dialogue: cancelled }] }), ORIGIN, PREFIX);
    expect(release.planning.documents.filter((d) => d.documentType === 'marketEngagementNotice').map((d) => d.url)).toEqual([
      `${ORIGIN}/sv/dialogues/d1`,
      `${ORIGIN}/sv/dialogues/d2`,
      `${ORIGIN}/sv/dialogues/d3`,
    ]);
    expect(release.planning.documents).toContainEqual(expect.objectContaining({ id: 'marketStudies-d2', url: `${ORIGIN}/sv/dialogues/d2#summary`, datePublished: day(12).toISOString() }));
    expect(release.planning.milestones).toEqual([
      { id: 'engagement-d1', title: 'RFI om fyllnad', type: 'engagement', dueDate: day(20).toISOString(), status: 'scheduled' },
      { id: 'engagement-d2', title: 'Leverantörsträff', type: 'engagement', dueDate: day(10).toISOString(), status: 'met', dateMet: day(11).toISOString() },
      { id: 'engagement-d3', title: 'RFI om fyllnad', type: 'engagement', dueDate: day(20).toISOString(), status: 'notMet' },
    ]);
    expect(release.tender.enquiries).toEqual([
      { id: 'q1', date: day(4).toISOString(), description: 'Gäller det inomhus?', answer: 'Nej, rättat.', dateAnswered: day(6).toISOString(), threadID: 'd2' },
    ]);
    // The dialogues' latest event (the summary) dates the release.
    expect(release.date).toBe(day(12).toISOString());
  });

  it('builds the ocid from the installation’s prefix, registered or not', () => {
    expect(toNeedRelease(need(), ORIGIN, 'ocds-b5fd17')).toMatchObject({ ocid: 'ocds-b5fd17-need-need1', tender: { id: 'ocds-b5fd17-need-need1' } });
  });

  it('has no milestones or enquiries without dialogues', () => {
    const release = toNeedRelease(need(), ORIGIN, PREFIX);
    expect(release.planning).not.toHaveProperty('milestones');
    expect(release.tender).not.toHaveProperty('enquiries');
  });
});

describe('needReleasePackage', () => {
  it('is dated by its newest release and links the next page only when there is one', () => {
    const releases = [toNeedRelease(need({ id: 'a' }), ORIGIN, PREFIX), toNeedRelease(need({ id: 'b', updatedAt: day(9) }), ORIGIN, PREFIX)];
    const last = needReleasePackage({ selfUrl: `${ORIGIN}/api/v1/needs`, origin: ORIGIN, releases, fallbackDate: day(1), next: null });
    expect(last).toMatchObject({ version: '1.1', publishedDate: '2026-01-09T09:00:00.000Z', nextCursor: null, publisher: { name: 'Trappan' } });
    expect(last).not.toHaveProperty('links');
    // The enquiries extension and Trappan's own, served by the installation itself.
    expect(last.extensions).toEqual([
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json',
      `${ORIGIN}/api/v1/ocds/extension/extension.json`,
    ]);

    const next = { url: `${ORIGIN}/api/v1/needs?cursor=abc`, cursor: 'abc' };
    expect(needReleasePackage({ selfUrl: `${ORIGIN}/api/v1/needs`, origin: ORIGIN, releases, fallbackDate: day(1), next })).toMatchObject({
      links: { next: next.url },
      nextCursor: 'abc',
    });
    expect(needReleasePackage({ selfUrl: `${ORIGIN}/api/v1/needs`, origin: ORIGIN, releases: [], fallbackDate: day(1), next: null }).publishedDate).toBe(
      '2026-01-01T09:00:00.000Z',
    );
  });
});

describe('parseNeedParams', () => {
  const parse = (query: string) => parseNeedParams(new URLSearchParams(query));

  it('turns the codes into the database’s values', () => {
    const cursor = encodeNeedCursor({ at: day(2), id: 'need1' });
    expect(parse(`network=konstgras&step=introduce&status=handedOver&limit=10&cursor=${cursor}`)).toEqual({
      value: { networkSlug: 'konstgras', ladderStep: 'INTRODUCE', status: 'HANDED_OVER', after: { at: day(2), id: 'need1' }, limit: 10 },
      invalid: [],
      unknown: [],
    });
    expect(parse('').value).toEqual({ networkSlug: undefined, ladderStep: undefined, status: undefined, after: undefined, limit: 50 });
  });

  it('names every bad, unknown or repeated parameter', () => {
    expect(parse('step=climb&status=HANDED_OVER&limit=101&network=Konstgräs&cursor=x').invalid).toEqual(['network', 'step', 'status', 'limit', 'cursor']);
    expect(parse('sort=name&step=initiate&step=introduce').unknown).toEqual(['sort', 'step']);
  });
});
