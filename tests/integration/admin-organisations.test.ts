// The platform admin's work on organisations: details, email domains and merging a duplicate
// into the organisation to keep, with every reference moved and nothing lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addDomain, mergeOrganisation, removeDomain, updateOrganisation, verifyDomain } from '@/modules/admin/organisation-actions';
import { listOrganisations } from '@/modules/admin/organisation-queries';
import { listAuditEvents } from '@/modules/audit/audit-queries';

import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';
import { actAs } from './support/fake-session';

let fixture: Fixture;
const idle = { status: 'idle' as const };
const prisma = () => fixture.database.prisma;
const bySlug = (slug: string) => prisma().organization.findUniqueOrThrow({ where: { slug } });

beforeAll(async () => {
  fixture = await createGovernanceFixture();
});
afterAll(async () => {
  await fixture.database.drop();
});

let counter = 0;
const newOrganisation = async (data: { organizationNumber?: string } = {}) => {
  counter += 1;
  return prisma().organization.create({ data: { name: `Dubblett ${counter}`, slug: `dubblett-${counter}`, kind: 'MUNICIPALITY', ...data } });
};

describe('refusals', () => {
  it('refuses every action for a buyer and for signed-out posts, changing nothing', async () => {
    const organisation = await newOrganisation();
    await prisma().organizationDomain.create({ data: { domain: `d${counter}.example.se`, organizationId: organisation.id } });
    const kept = await bySlug('uppsala-kommun');
    const attempts = [
      () => updateOrganisation(idle, fixture.form({ organisationId: organisation.id, name: 'Nytt namn', kind: 'REGION' })),
      () => addDomain(idle, fixture.form({ organisationId: organisation.id, domain: 'ny.example.se' })),
      () => verifyDomain(idle, fixture.form({ domain: `d${counter}.example.se` })),
      () => removeDomain(idle, fixture.form({ domain: `d${counter}.example.se` })),
      () => mergeOrganisation(idle, fixture.form({ organisationId: organisation.id, target: kept.slug })),
    ];
    for (const actor of [await fixture.userId('buyer@trappan.test'), null]) {
      actAs(actor);
      for (const attempt of attempts) expect((await attempt()).status).toBe('error');
    }
    expect(await prisma().organization.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({ name: organisation.name, kind: 'MUNICIPALITY' });
    expect(await prisma().organizationDomain.findMany({ where: { organizationId: organisation.id } })).toEqual([
      expect.objectContaining({ domain: `d${counter}.example.se`, verifiedAt: null }),
    ]);
  });
});

describe('details and domains', () => {
  it('saves name, kind, county and a normalised organisation number', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    const result = await updateOrganisation(
      idle,
      fixture.form({ organisationId: organisation.id, name: 'Region Test', kind: 'REGION', countyCode: '03', scbCode: '03', organisationNumber: '2321000024' }),
    );
    expect(result.status).toBe('success');
    expect(await prisma().organization.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      name: 'Region Test',
      kind: 'REGION',
      countyCode: '03',
      organizationNumber: '232100-0024',
    });
  });

  it('logs only the fields a save changed, and says so when it changed nothing', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    const saved = { organisationId: organisation.id, name: organisation.name, kind: 'MUNICIPALITY' };
    const eventsOf = () => prisma().auditEvent.findMany({ where: { action: 'admin.organisation.update', entityId: organisation.id } });

    const unchanged = await updateOrganisation(idle, fixture.form(saved));
    expect(unchanged).toMatchObject({ status: 'success', message: 'Inget ändrades: uppgifterna var redan de du sparade.' });
    expect(await eventsOf()).toEqual([]);

    expect((await updateOrganisation(idle, fixture.form({ ...saved, countyCode: '03' }))).status).toBe('success');
    const [event] = await eventsOf();
    expect(event).toMatchObject({ before: { countyCode: null }, after: { countyCode: '03' } });

    // The log names the organisation and the county, not its id and code.
    const { events } = await listAuditEvents('all', { outcome: null, cursor: null }, 'sv');
    expect(events.find((e) => e.id === event!.id)).toMatchObject({
      actionLabel: 'Ändrade organisationsuppgifter',
      subject: organisation.name,
      entityTypeLabel: 'Organisation',
      changes: [{ field: 'Län', from: '–', to: 'Uppsala län' }],
    });
  });

  it('refuses an invalid organisation number and one another organisation has', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    const base = { organisationId: organisation.id, name: organisation.name, kind: 'MUNICIPALITY' };
    expect((await updateOrganisation(idle, fixture.form({ ...base, organisationNumber: '123' }))).fieldErrors?.organisationNumber).toBeTruthy();
    expect((await updateOrganisation(idle, fixture.form({ ...base, organisationNumber: '212000-1124' }))).fieldErrors?.organisationNumber).toBeTruthy();
  });

  it('says an empty name is required and refuses a long one whole, in the admin\'s language, changing nothing', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    const base = { organisationId: organisation.id, kind: 'MUNICIPALITY' };
    expect((await updateOrganisation(idle, fixture.form({ ...base, name: '  ' }))).fieldErrors).toEqual({ name: 'Fyll i namn.' });
    const long = `${organisation.name} ${'och dess bolag '.repeat(14)}`.trim();
    const tooLong = await updateOrganisation(idle, fixture.form({ ...base, name: long }));
    expect(tooLong.fieldErrors?.name).toBe(`Texten är ${long.length} tecken, högst 200 får plats. Korta den med ${long.length - 200} tecken.`);
    expect(tooLong.values?.name).toBe(long);
    const inEnglish = fixture.form({ ...base, name: '' });
    inEnglish.set('locale', 'en');
    expect((await updateOrganisation(idle, inEnglish)).fieldErrors).toEqual({ name: 'Fill in name.' });
    expect((await prisma().organization.findUniqueOrThrow({ where: { id: organisation.id } })).name).toBe(organisation.name);
  });

  it('adds a domain in lower case, verifies and removes it, and refuses a domain that is taken', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await addDomain(idle, fixture.form({ organisationId: organisation.id, domain: 'https://x' }))).fieldErrors?.domain).toBeTruthy();
    expect((await addDomain(idle, fixture.form({ organisationId: organisation.id, domain: ' Ny-Kommun.SE ' }))).status).toBe('success');
    expect((await verifyDomain(idle, fixture.form({ domain: 'ny-kommun.se' }))).status).toBe('success');
    expect((await prisma().organizationDomain.findUniqueOrThrow({ where: { domain: 'ny-kommun.se' } })).verifiedAt).not.toBeNull();
    const taken = await addDomain(idle, fixture.form({ organisationId: organisation.id, domain: 'malmo.se' }));
    expect(taken.fieldErrors?.domain).toMatch(/Malmö stad/);
    expect((await removeDomain(idle, fixture.form({ domain: 'ny-kommun.se' }))).status).toBe('success');
    expect(await prisma().organizationDomain.count({ where: { domain: 'ny-kommun.se' } })).toBe(0);
  });

  it('refuses a public mail service as an organisation’s domain, with the reason at the field', async () => {
    const organisation = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    for (const domain of ['gmail.com', ' Outlook.com ', '@hotmail.com', 'live.se', 'telia.com']) {
      const result = await addDomain(idle, fixture.form({ organisationId: organisation.id, domain }));
      expect(result.status).toBe('error');
      expect(result.fieldErrors?.domain).toMatch(/allmän e-posttjänst/);
      expect(result.values?.domain).toBe(domain);
    }
    expect(await prisma().organizationDomain.count({ where: { organizationId: organisation.id } })).toBe(0);
  });
});

describe('merging a duplicate', () => {
  it('moves every reference to the kept organisation and deletes the duplicate', async () => {
    const kept = await bySlug('uppsala-kommun');
    const duplicate = await newOrganisation();
    const network = await prisma().network.findUniqueOrThrow({ where: { slug: 'konstgras' } });
    const need = await prisma().need.findFirstOrThrow({ where: { networkId: network.id } });
    const otherNeed = await prisma().need.findFirstOrThrow({ where: { networkId: network.id, id: { not: need.id } } });

    const user = await prisma().user.create({
      data: { email: `merge-${counter}@trappan.test`, name: 'Dubblettperson', organizationId: duplicate.id, affiliation: 'CONFIRMED', emailVerifiedAt: new Date() },
    });
    const membership = await prisma().membership.create({ data: { userId: user.id, networkId: network.id, organizationId: duplicate.id, role: 'MEMBER' } });
    const joinRequest = await prisma().joinRequest.create({
      data: { userId: user.id, networkId: network.id, organizationId: duplicate.id, motivation: 'Vi vill vara med.', competence: 'PROCURER', status: 'DECLINED' },
    });
    // One need both share (a collision) and one only the duplicate has.
    await prisma().needOrganization.upsert({ where: { needId_organizationId: { needId: need.id, organizationId: kept.id } }, create: { needId: need.id, organizationId: kept.id }, update: {} });
    await prisma().needOrganization.create({ data: { needId: need.id, organizationId: duplicate.id } });
    await prisma().needOrganization.deleteMany({ where: { needId: otherNeed.id, organizationId: kept.id } });
    await prisma().needOrganization.create({ data: { needId: otherNeed.id, organizationId: duplicate.id } });
    await prisma().organizationDomain.create({ data: { domain: 'dubblett.example.se', organizationId: duplicate.id, verifiedAt: new Date() } });
    // Commitments on the shared need from both: the kept organisation's stays.
    await prisma().needCommitment.deleteMany({ where: { needId: need.id, organizationId: kept.id } });
    const keptCommitment = await prisma().needCommitment.create({ data: { needId: need.id, organizationId: kept.id, level: 'COMMITTED' } });
    await prisma().needCommitment.create({ data: { needId: need.id, organizationId: duplicate.id, level: 'INTERESTED', costBasis: 'Dubblettens uppskattning' } });
    const movedCommitment = await prisma().needCommitment.create({ data: { needId: otherNeed.id, organizationId: duplicate.id, level: 'LETTER_OF_INTENT' } });

    const count = async () => ({
      users: await prisma().user.count(),
      memberships: await prisma().membership.count(),
      joinRequests: await prisma().joinRequest.count(),
      domains: await prisma().organizationDomain.count(),
      organisations: await prisma().organization.count(),
    });
    const before = await count();
    const keptNeedLinksBefore = await prisma().needOrganization.count({ where: { organizationId: kept.id } });

    actAs(await fixture.userId('admin@trappan.test'));
    const result = await mergeOrganisation(idle, fixture.form({ organisationId: duplicate.id, target: kept.organizationNumber! }));
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'success' });

    expect(await prisma().organization.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).organizationId).toBe(kept.id);
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: membership.id } })).organizationId).toBe(kept.id);
    expect((await prisma().joinRequest.findUniqueOrThrow({ where: { id: joinRequest.id } })).organizationId).toBe(kept.id);
    expect((await prisma().organizationDomain.findUniqueOrThrow({ where: { domain: 'dubblett.example.se' } })).organizationId).toBe(kept.id);
    expect(await prisma().needOrganization.count({ where: { organizationId: kept.id } })).toBe(keptNeedLinksBefore + 1);
    expect(await prisma().needOrganization.count({ where: { organizationId: duplicate.id } })).toBe(0);
    expect(await count()).toEqual({ ...before, organisations: before.organisations - 1 });

    expect((await prisma().needCommitment.findUniqueOrThrow({ where: { id: keptCommitment.id } })).level).toBe('COMMITTED');
    expect((await prisma().needCommitment.findUniqueOrThrow({ where: { id: movedCommitment.id } })).organizationId).toBe(kept.id);
    expect(result.detail).toMatch(/1 röst eller åtagande/);

    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'admin.organisation.merge', outcome: 'ALLOWED' } });
    expect(event.entityId).toBe(kept.id);
    expect(event.before).toMatchObject({ duplicate: { id: duplicate.id, name: duplicate.name } });
    expect(event.after).toMatchObject({ kept: { id: kept.id, name: kept.name } });
    // The removed commitment's content is kept in the audit event.
    expect(JSON.stringify(event.after)).toContain('Dubblettens uppskattning');
  });

  it('moves the organisation number to a kept organisation that has none', async () => {
    const kept = await newOrganisation();
    const duplicate = await newOrganisation({ organizationNumber: '556016-0680' });
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await mergeOrganisation(idle, fixture.form({ organisationId: duplicate.id, target: kept.slug }))).status).toBe('success');
    expect((await prisma().organization.findUniqueOrThrow({ where: { id: kept.id } })).organizationNumber).toBe('556016-0680');
  });

  it('refuses merging an organisation with itself or with one that does not exist', async () => {
    const duplicate = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await mergeOrganisation(idle, fixture.form({ organisationId: duplicate.id, target: duplicate.slug }))).fieldErrors?.target).toBeTruthy();
    expect((await mergeOrganisation(idle, fixture.form({ organisationId: duplicate.id, target: 'finns-inte' }))).fieldErrors?.target).toBeTruthy();
    expect(await prisma().organization.findUnique({ where: { id: duplicate.id } })).not.toBeNull();

    // The refused merge reads as refused, names the organisation and says why in words.
    const { events } = await listAuditEvents('all', { outcome: 'DENIED', cursor: null }, 'sv');
    expect(events.find((e) => e.action === 'admin.organisation.merge' && e.subject === duplicate.name)).toMatchObject({
      actionLabel: 'Nekad sammanslagning av organisationer',
      changes: [{ field: 'Skäl', to: 'En organisation kan inte slås ihop med sig själv.' }],
    });
  });

  it('names the organisations of a merge in the log, the duplicate after it is gone', async () => {
    const kept = await newOrganisation();
    const duplicate = await newOrganisation();
    actAs(await fixture.userId('admin@trappan.test'));
    expect((await mergeOrganisation(idle, fixture.form({ organisationId: duplicate.id, target: kept.slug }))).status).toBe('success');
    const { events } = await listAuditEvents('all', { outcome: 'ALLOWED', cursor: null }, 'sv');
    const merge = events.find((e) => e.action === 'admin.organisation.merge' && e.subject === kept.name);
    expect(merge?.changes).toEqual(
      expect.arrayContaining([
        { field: 'Dubbletten', from: duplicate.name },
        { field: 'Finns kvar', to: kept.name },
      ]),
    );
    expect(JSON.stringify(merge?.changes)).not.toContain(duplicate.id);
  });
});

describe('the organisation list', () => {
  it('finds organisations by name and by organisation number, with or without the hyphen', async () => {
    const names = async (q: string) => (await listOrganisations({ q, cursor: null }, 100)).organisations.map((o) => o.name);
    expect(await names('malmö')).toContain('Malmö stad');
    expect(await names('2120001124')).toEqual(['Malmö stad']);
    expect(await names('212000-3005')).toEqual(['Uppsala kommun']);
  });
});
