// The profile's links and history kept by the secretariat: a report and a dated event with
// its source reach the network's page (both languages) and open data at once; bad input is
// answered beside the field with what was typed kept and nothing written; removing is audited.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { GET as getNetworkRoute } from '@/app/api/v1/networks/[slug]/route';
import { getMessages } from '@/i18n/messages';
import { addNetworkFactAction, addNetworkLinkAction, removeNetworkFactAction, removeNetworkLinkAction } from '@/modules/networks/actions/profile-record-actions';
import { getNetworkProfile } from '@/modules/networks/queries';
import type { FormState } from '@/server/actions/network-action';

import { actAs } from './support/fake-session';
import { createGovernanceFixture } from './governance/fixture';
import type { Fixture } from './governance/roles';

const IDLE: FormState = { status: 'idle' };
const sv = getMessages('sv');
let fixture: Fixture;
let networkId: string;

beforeAll(async () => {
  fixture = await createGovernanceFixture();
  networkId = await fixture.networkId('konstgras');
});
beforeEach(async () => {
  actAs(await fixture.userId('secretariat@trappan.test'));
});
afterAll(async () => {
  await fixture.database.drop();
});

const apiNetwork = async () => {
  const response = await getNetworkRoute(new Request('http://localhost/api/v1/networks/konstgras'), { params: Promise.resolve({ slug: 'konstgras' }) });
  const body = (await response.json()) as { data: { links: unknown[]; facts: Array<{ date: string | null; source: string; sourceUrl: string | null; text: { sv: string } }> } };
  return body.data;
};

describe('links to results and reports', () => {
  it('adds a report that the page and open data show at once, and audits it', async () => {
    const result = await addNetworkLinkAction(
      IDLE,
      fixture.form({ networkId, kind: 'REPORT', title: 'Slutrapport: hållbara konstgräsplaner', url: 'https://www.example.se/rapporter/slutrapport 2026.pdf', publishedOn: '2026-06-15' }),
    );
    expect(result).toMatchObject({ status: 'success', message: sv.profileRecords.linkAdded('Slutrapport: hållbara konstgräsplaner') });

    const page = await getNetworkProfile('konstgras', 'sv', null);
    expect(page!.links).toEqual([
      { id: expect.any(String), kind: 'REPORT', title: 'Slutrapport: hållbara konstgräsplaner', url: 'https://www.example.se/rapporter/slutrapport%202026.pdf', publishedOn: '2026-06-15' },
    ]);
    expect((await apiNetwork()).links).toEqual([
      { kind: 'report', title: 'Slutrapport: hållbara konstgräsplaner', url: 'https://www.example.se/rapporter/slutrapport%202026.pdf', published: '2026-06-15' },
    ]);
    expect(await fixture.database.prisma.auditEvent.count({ where: { networkId, action: 'network.link.add', outcome: 'ALLOWED' } })).toBe(1);
  });

  it('refuses an address that is not a web page, and a date ahead, keeping what was typed', async () => {
    const before = await fixture.database.prisma.networkLink.count();
    const result = await addNetworkLinkAction(IDLE, fixture.form({ networkId, kind: 'RESULT', title: 'Kravbilaga', url: 'javascript:alert(1)', publishedOn: '2999-01-01' }));
    expect(result).toMatchObject({
      status: 'error',
      fieldErrors: { url: sv.input.webAddress, publishedOn: sv.profileRecords.errors.dateInFuture },
      values: { title: 'Kravbilaga', url: 'javascript:alert(1)' },
    });
    const untitled = await addNetworkLinkAction(IDLE, fixture.form({ networkId, kind: 'SECRET', title: '   ', url: 'https://www.example.se/' }));
    expect(untitled).toMatchObject({ status: 'error', fieldErrors: { kind: sv.profileRecords.errors.kindRequired, title: 'Fyll i titel.' } });
    expect(await fixture.database.prisma.networkLink.count()).toBe(before);
  });

  it('stores an address typed without https:// as https', async () => {
    const result = await addNetworkLinkAction(IDLE, fixture.form({ networkId, kind: 'RESULT', title: 'Resultat utan https', url: 'www.example.se' }));
    expect(result).toMatchObject({ status: 'success' });
    // Stored as the browser writes an address, as https://www.example.se typed in full is.
    expect(await fixture.database.prisma.networkLink.findFirstOrThrow({ where: { networkId, title: 'Resultat utan https' } })).toMatchObject({ url: 'https://www.example.se/' });
    await fixture.database.prisma.networkLink.deleteMany({ where: { networkId, title: 'Resultat utan https' } });
  });

  it('removes a link, and says which', async () => {
    const link = await fixture.database.prisma.networkLink.findFirstOrThrow({ where: { networkId } });
    const result = await removeNetworkLinkAction(IDLE, fixture.form({ linkId: link.id }));
    expect(result).toMatchObject({ status: 'success', message: sv.profileRecords.linkRemoved(link.title) });
    expect((await getNetworkProfile('konstgras', 'sv', null))!.links).toEqual([]);
  });
});

describe('facts and history entries', () => {
  it('adds a dated event with its source after the report’s facts, shown in Swedish on the English page when it has no English text', async () => {
    const result = await addNetworkFactAction(
      IDLE,
      fixture.form({
        networkId,
        occurredOn: '2026-03-12',
        textSv: 'Styrgruppen antog en gemensam kravspecifikation för konstgräsplaner.',
        textEn: '',
        source: 'Protokoll från styrgruppen 2026-03-12',
        sourceUrl: 'https://www.example.se/protokoll/2026-03-12.pdf',
      }),
    );
    expect(result).toMatchObject({ status: 'success', message: sv.profileRecords.factAdded });

    const english = await getNetworkProfile('konstgras', 'en', null);
    const last = english!.facts.at(-1)!;
    expect(last).toMatchObject({
      occurredOn: '2026-03-12',
      text: 'Styrgruppen antog en gemensam kravspecifikation för konstgräsplaner.',
      source: 'Protokoll från styrgruppen 2026-03-12',
      sourceUrl: 'https://www.example.se/protokoll/2026-03-12.pdf',
    });
    // The report's facts keep their places before it, undated and with their pages.
    expect(english!.facts.slice(0, -1).every((fact) => fact.occurredOn === null && fact.sourcePage !== null)).toBe(true);

    const api = await apiNetwork();
    expect(api.facts.at(-1)).toEqual({
      date: '2026-03-12',
      text: { sv: 'Styrgruppen antog en gemensam kravspecifikation för konstgräsplaner.', en: '' },
      source: 'Protokoll från styrgruppen 2026-03-12',
      sourcePage: null,
      sourceUrl: 'https://www.example.se/protokoll/2026-03-12.pdf',
    });
  });

  it('needs a date that has passed and a source', async () => {
    const before = await fixture.database.prisma.networkFact.count({ where: { networkId } });
    const result = await addNetworkFactAction(IDLE, fixture.form({ networkId, occurredOn: '2026-02-30', textSv: 'Något hände.', source: '' }));
    expect(result).toMatchObject({
      status: 'error',
      fieldErrors: { occurredOn: sv.profileRecords.errors.dateInvalid, source: 'Fyll i källa.' },
      values: { textSv: 'Något hände.' },
    });
    expect(await fixture.database.prisma.networkFact.count({ where: { networkId } })).toBe(before);
  });

  it('stores a source link typed without https:// as https', async () => {
    const result = await addNetworkFactAction(IDLE, fixture.form({ networkId, occurredOn: '2026-01-15', textSv: 'Källa utan https.', source: 'Protokoll', sourceUrl: 'www.example.se' }));
    expect(result).toMatchObject({ status: 'success' });
    expect(await fixture.database.prisma.networkFact.findFirstOrThrow({ where: { networkId, textSv: 'Källa utan https.' } })).toMatchObject({ sourceUrl: 'https://www.example.se/' });
    await fixture.database.prisma.networkFact.deleteMany({ where: { networkId, textSv: 'Källa utan https.' } });
  });

  it('removes an entry and keeps what it said in the audit log', async () => {
    const fact = await fixture.database.prisma.networkFact.findFirstOrThrow({ where: { networkId, occurredOn: { not: null } } });
    expect((await removeNetworkFactAction(IDLE, fixture.form({ factId: fact.id }))).status).toBe('success');
    expect(await fixture.database.prisma.networkFact.count({ where: { id: fact.id } })).toBe(0);
    const event = await fixture.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'network.fact.remove', entityId: fact.id } });
    expect(event.before).toMatchObject({ occurredOn: '2026-03-12', textSv: fact.textSv, source: fact.source });
  });
});
