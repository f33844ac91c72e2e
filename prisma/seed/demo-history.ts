// Two years of history for Konstgräs and two other demo networks (Avancerad rening av
// avloppsvatten, Digitala tjänster inom socialtjänsten), so every panel of a network's dashboard
// (docs/decisions/0024) has something to show: people joining and leaving, held meetings with
// attendance and approved minutes, funding periods (Konstgräs's granted period ends within six
// months; each network has one applied for), and what became of Konstgräs's handed-over need.
// Demo mode only; the people, dates and figures are the demo's, not the report's. Every date is
// counted back from the seeding day (`now`, Stockholm time), so the history stays recent.
// Idempotent like the other demo seeds: a person, meeting, period or result that exists is never
// touched, so a restart undoes nothing.
import type { Prisma } from '@/generated/prisma/client';
import type { Competence, HandoverResultKind, MeetingFormat, MembershipRole } from '@/generated/prisma/enums';
import { stockholmDaysFrom } from '@/i18n/stockholm-time';
import { hasVote } from '@/modules/governance/rules';

import { ensureUser } from './factories';

const KONSTGRAS = 'konstgras';
const RENING = 'avancerad-rening-av-avloppsvatten';
const SOCIAL = 'digitala-tjanster-inom-socialtjansten';

/** People who make the history: they cannot sign in (no password), they only took part. */
type HistoryPerson = {
  email: string;
  name: string;
  title: string;
  organizationKey: string;
  networkSlug: string;
  role: MembershipRole;
  competence: Competence;
  joinedDaysAgo: number;
  leftDaysAgo?: number;
};

const people: HistoryPerson[] = [
  // Konstgräs: two municipalities that joined and left again; its current members are the
  // demo accounts' (prisma/seed/demo-accounts.ts), whom other tests count on.
  { email: 'helsingborg@trappan.test', name: 'Lisa Bergström', title: 'Fritidsstrateg', organizationKey: 'helsingborgs-stad', networkSlug: KONSTGRAS, role: 'MEMBER', competence: 'NEED_OWNER', joinedDaysAgo: 640, leftDaysAgo: 250 },
  { email: 'vasteras@trappan.test', name: 'Ahmed Karimi', title: 'Upphandlare', organizationKey: 'vasteras-stad', networkSlug: KONSTGRAS, role: 'MEMBER', competence: 'PROCURER', joinedDaysAgo: 520, leftDaysAgo: 60 },
  // Avancerad rening av avloppsvatten, coordinated by Svenskt Vatten (vatten@).
  { email: 'stockholmvatten@trappan.test', name: 'Jonas Lindqvist', title: 'Processingenjör', organizationKey: 'stockholm-vatten-och-avfall', networkSlug: RENING, role: 'STEERING', competence: 'SUBJECT_EXPERT', joinedDaysAgo: 700 },
  { email: 'vasteras-va@trappan.test', name: 'Emma Gustafsson', title: 'VA-strateg', organizationKey: 'vasteras-stad', networkSlug: RENING, role: 'MEMBER', competence: 'NEED_OWNER', joinedDaysAgo: 650 },
  { email: 'orebro@trappan.test', name: 'Karl Persson', title: 'Upphandlare', organizationKey: 'orebro-kommun', networkSlug: RENING, role: 'MEMBER', competence: 'PROCURER', joinedDaysAgo: 430 },
  { email: 'jonkoping@trappan.test', name: 'Sofia Nilsson', title: 'Miljöingenjör', organizationKey: 'jonkopings-kommun', networkSlug: RENING, role: 'MEMBER', competence: 'TECHNICIAN', joinedDaysAgo: 340, leftDaysAgo: 120 },
  { email: 'lund@trappan.test', name: 'Oskar Holm', title: 'Jurist', organizationKey: 'lunds-kommun', networkSlug: RENING, role: 'MEMBER', competence: 'LAWYER', joinedDaysAgo: 150 },
  // Digitala tjänster inom socialtjänsten, coordinated by SKL (socialtjanst@); Vinnova observes as its funder.
  { email: 'norrkoping@trappan.test', name: 'Hanna Eriksson', title: 'Digitaliseringsstrateg', organizationKey: 'norrkopings-kommun', networkSlug: SOCIAL, role: 'STEERING', competence: 'IT', joinedDaysAgo: 680 },
  { email: 'vinnova@trappan.test', name: 'Per Lindberg', title: 'Handläggare', organizationKey: 'vinnova', networkSlug: SOCIAL, role: 'OBSERVER', competence: 'SUBJECT_EXPERT', joinedDaysAgo: 680 },
  { email: 'sundsvall@trappan.test', name: 'Mikael Svensson', title: 'Enhetschef, socialtjänsten', organizationKey: 'sundsvalls-kommun', networkSlug: SOCIAL, role: 'MEMBER', competence: 'NEED_OWNER', joinedDaysAgo: 560 },
  { email: 'karlstad@trappan.test', name: 'Eva Larsson', title: 'Upphandlare', organizationKey: 'karlstads-kommun', networkSlug: SOCIAL, role: 'MEMBER', competence: 'PROCURER', joinedDaysAgo: 500, leftDaysAgo: 200 },
  { email: 'orebro-social@trappan.test', name: 'Linnea Johansson', title: 'Socialsekreterare', organizationKey: 'orebro-kommun', networkSlug: SOCIAL, role: 'MEMBER', competence: 'NEED_OWNER', joinedDaysAgo: 400 },
  { email: 'helsingborg-social@trappan.test', name: 'Mohammed Ali', title: 'Verksamhetsutvecklare', organizationKey: 'helsingborgs-stad', networkSlug: SOCIAL, role: 'MEMBER', competence: 'INNOVATION_LEAD', joinedDaysAgo: 250 },
];

type HistoryMeeting = { title: string; daysAgo: number; format: MeetingFormat; place: string; attended: string[]; isPublic?: boolean };

const COORDINATORS: Record<string, string> = { [KONSTGRAS]: 'secretariat@trappan.test', [RENING]: 'vatten@trappan.test', [SOCIAL]: 'socialtjanst@trappan.test' };

// About the charter's four physical meetings a year for Konstgräs (prisma/seed/demo-governance.ts),
// besides its meetings in demo-meetings.ts; fewer for the two networks without a charter.
const meetings: Record<string, HistoryMeeting[]> = {
  [KONSTGRAS]: [
    { title: 'Nätverksmöte om testplanerna', daysAgo: 140, format: 'PHYSICAL', place: 'Göteborgs stadshus, Gustaf Adolfs torg 1, Göteborg', attended: ['secretariat@trappan.test', 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'vasteras@trappan.test', 'funder@trappan.test'] },
    { title: 'Nätverksmöte om livscykelkostnaderna', daysAgo: 230, format: 'HYBRID', place: 'Umeå stadshus, Skolgatan 31, Umeå', attended: ['secretariat@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'linkoping@trappan.test', 'fotboll@trappan.test', 'vasteras@trappan.test'] },
    { title: 'Nätverksmöte om vinterdriften', daysAgo: 320, format: 'PHYSICAL', place: 'Umeå stadshus, Skolgatan 31, Umeå', attended: ['secretariat@trappan.test', 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'helsingborg@trappan.test', 'vasteras@trappan.test', 'skl@trappan.test', 'funder@trappan.test'] },
    { title: 'Nätverksmöte om återvinningen', daysAgo: 410, format: 'PHYSICAL', place: 'Linköpings stadshus, Stora torget 1, Linköping', attended: ['secretariat@trappan.test', 'goteborg@trappan.test', 'linkoping@trappan.test', 'helsingborg@trappan.test', 'vasteras@trappan.test'] },
    { title: 'Nätverksmöte om upphandlingskriterierna', daysAgo: 500, format: 'HYBRID', place: 'Malmö stadshus, August Palms plats 1, Malmö', attended: ['secretariat@trappan.test', 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'linkoping@trappan.test', 'helsingborg@trappan.test', 'vasteras@trappan.test', 'funder@trappan.test'] },
    { title: 'Nätverksmöte om marknadsdialogen', daysAgo: 590, format: 'PHYSICAL', place: 'Stockholms stadshus, Hantverkargatan 1, Stockholm', attended: ['secretariat@trappan.test', 'buyer@trappan.test', 'goteborg@trappan.test', 'helsingborg@trappan.test', 'skl@trappan.test', 'fotboll@trappan.test'] },
    { title: 'Årsmöte och verksamhetsplan', daysAgo: 680, format: 'PHYSICAL', place: 'Stockholms stadshus, Hantverkargatan 1, Stockholm', attended: ['secretariat@trappan.test', 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'linkoping@trappan.test', 'funder@trappan.test'] },
  ],
  [RENING]: [
    { title: 'Nätverksmöte om pilotanläggningarna', daysAgo: 60, format: 'HYBRID', place: 'Henriksdals reningsverk, Stockholm', attended: ['vatten@trappan.test', 'stockholmvatten@trappan.test', 'vasteras-va@trappan.test', 'orebro@trappan.test', 'lund@trappan.test'] },
    { title: 'Studiebesök vid ozonpiloten', daysAgo: 200, format: 'PHYSICAL', place: 'Kungsängsverket, Västerås', attended: ['vatten@trappan.test', 'stockholmvatten@trappan.test', 'vasteras-va@trappan.test', 'jonkoping@trappan.test'] },
    { title: 'Nätverksmöte om kunskapsunderlaget', daysAgo: 330, format: 'PHYSICAL', place: 'Svenskt Vatten, Stockholm', attended: ['vatten@trappan.test', 'stockholmvatten@trappan.test', 'vasteras-va@trappan.test', 'orebro@trappan.test', 'jonkoping@trappan.test'] },
    { title: 'Nätverksmöte om reningsteknikerna', daysAgo: 470, format: 'HYBRID', place: 'Svenskt Vatten, Stockholm', attended: ['vatten@trappan.test', 'stockholmvatten@trappan.test', 'vasteras-va@trappan.test'] },
    { title: 'Uppstart av arbetet med läkemedelsrester', daysAgo: 620, format: 'PHYSICAL', place: 'Svenskt Vatten, Stockholm', attended: ['vatten@trappan.test', 'stockholmvatten@trappan.test', 'vasteras-va@trappan.test'] },
  ],
  [SOCIAL]: [
    { title: 'Nätverksmöte om digitala ansökningar', daysAgo: 45, format: 'HYBRID', place: 'SKL, Hornsgatan 20, Stockholm', attended: ['socialtjanst@trappan.test', 'skl@trappan.test', 'norrkoping@trappan.test', 'sundsvall@trappan.test', 'orebro-social@trappan.test', 'helsingborg-social@trappan.test', 'vinnova@trappan.test'] },
    { title: 'Nätverksmöte om behovsområdena', daysAgo: 170, format: 'PHYSICAL', place: 'Norrköpings rådhus, Drottninggatan 2, Norrköping', attended: ['socialtjanst@trappan.test', 'skl@trappan.test', 'norrkoping@trappan.test', 'orebro-social@trappan.test', 'helsingborg-social@trappan.test'] },
    { title: 'Workshop om ekonomiskt bistånd', daysAgo: 300, format: 'PHYSICAL', place: 'Sundsvalls stadshus, Storgatan 35, Sundsvall', attended: ['socialtjanst@trappan.test', 'norrkoping@trappan.test', 'sundsvall@trappan.test', 'karlstad@trappan.test', 'orebro-social@trappan.test'] },
    { title: 'Nätverksmöte om förstudien', daysAgo: 430, format: 'HYBRID', place: 'SKL, Hornsgatan 20, Stockholm', attended: ['socialtjanst@trappan.test', 'skl@trappan.test', 'norrkoping@trappan.test', 'sundsvall@trappan.test', 'karlstad@trappan.test', 'vinnova@trappan.test'] },
    { title: 'Uppstartsmöte för nätverkets andra år', daysAgo: 600, format: 'PHYSICAL', place: 'SKL, Hornsgatan 20, Stockholm', attended: ['socialtjanst@trappan.test', 'skl@trappan.test', 'norrkoping@trappan.test', 'vinnova@trappan.test'], isPublic: false },
  ],
};

/** Funding periods in months from the seeding day; the end is the day before the month it names. */
type HistoryPeriod = { fromMonths: number; toMonths: number | null; status: 'APPLIED' | 'GRANTED' | 'ENDED'; amountSek: number | null; note: string };
type HistoryFunder = { networkSlug: string; organizationKey: string; kind: 'BASE' | 'PROJECT'; periods: HistoryPeriod[] };

const funders: HistoryFunder[] = [
  // Naturvårdsverket funds Konstgräs one year at a time (report p. 40): this year's grant ends
  // within six months and next year's is applied for, so the dashboard warns.
  {
    networkSlug: KONSTGRAS,
    organizationKey: 'naturvardsverket',
    kind: 'PROJECT',
    periods: [
      { fromMonths: -32, toMonths: -20, status: 'ENDED', amountSek: 600_000, note: 'Demouppgift: tester av alternativa fyllnadsmaterial.' },
      { fromMonths: -20, toMonths: -8, status: 'ENDED', amountSek: 650_000, note: 'Demouppgift: miljökrav och marknadsdialog.' },
      { fromMonths: -8, toMonths: 4, status: 'GRANTED', amountSek: 700_000, note: 'Demouppgift: samordnad upphandling och idétävling.' },
      { fromMonths: 4, toMonths: 16, status: 'APPLIED', amountSek: 750_000, note: 'Demouppgift: ansökan om fortsatt projektfinansiering.' },
    ],
  },
  // Svenskt Vatten pays the secretariat without an end date (base funding); Naturvårdsverket's
  // project grant covers the next year and more.
  { networkSlug: RENING, organizationKey: 'svenskt-vatten', kind: 'BASE', periods: [{ fromMonths: -30, toMonths: null, status: 'GRANTED', amountSek: null, note: 'Demouppgift: sekretariatet, tills vidare.' }] },
  {
    networkSlug: RENING,
    organizationKey: 'naturvardsverket',
    kind: 'PROJECT',
    periods: [
      { fromMonths: -30, toMonths: -6, status: 'ENDED', amountSek: 1_200_000, note: 'Demouppgift: kunskapsunderlaget.' },
      { fromMonths: -6, toMonths: 18, status: 'GRANTED', amountSek: 1_800_000, note: 'Demouppgift: pilotanläggningar.' },
    ],
  },
  {
    networkSlug: SOCIAL,
    organizationKey: 'vinnova',
    kind: 'PROJECT',
    periods: [
      { fromMonths: -36, toMonths: -12, status: 'ENDED', amountSek: 2_000_000, note: 'Demouppgift: uppstart och etablering.' },
      { fromMonths: -12, toMonths: 9, status: 'GRANTED', amountSek: 2_400_000, note: 'Demouppgift: förstudie och behovsområden.' },
      { fromMonths: 9, toMonths: 33, status: 'APPLIED', amountSek: 3_000_000, note: 'Demouppgift: ansökan om en gemensam innovationsupphandling.' },
    ],
  },
];

/** What became of Konstgräs's handover to SKL Kommentus (prisma/seed/demo-needs.ts). */
const HANDED_OVER_NEED = 'Hållbara konstgräsplaner';
type HistoryResult = { kind: HandoverResultKind; daysAgo: number; by: string; reference?: string; url?: string; supplierName?: string; valueSek?: number; organizationKey?: string; description?: string };
const results: HistoryResult[] = [
  { kind: 'ADVERTISED', daysAgo: 600, by: 'kommentus@trappan.test', reference: 'TED 101-318442 (demo)', url: 'https://example.org/konstgras/annons-ramavtal-konstgrasplaner' },
  { kind: 'CONTRACT', daysAgo: 480, by: 'kommentus@trappan.test', url: 'https://example.org/konstgras/tilldelning-ramavtal', supplierName: 'Gräsytor Syd AB (demoföretag)', valueSek: 24_000_000, description: 'Nationellt ramavtal om granulatfria konstgräsplaner, fyra år.' },
  { kind: 'CALL_OFF', daysAgo: 400, by: 'kommentus@trappan.test', organizationKey: 'goteborgs-stad', valueSek: 6_400_000, description: 'Två planer.' },
  { kind: 'CALL_OFF', daysAgo: 300, by: 'kommentus@trappan.test', organizationKey: 'malmo-stad', valueSek: 4_100_000 },
  { kind: 'CALL_OFF', daysAgo: 150, by: 'kommentus@trappan.test', organizationKey: 'umea-kommun', valueSek: 1_900_000 },
  { kind: 'EFFECT', daysAgo: 60, by: 'secretariat@trappan.test', description: 'Demouppgift: mätningarna vid Göteborgs två nya planer visar ingen spridning av fyllnadsmaterial efter ett års spel.' },
];

export async function seedDemoHistory(tx: Prisma.TransactionClient, organizationIds: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const day = (daysAgo: number, time: string) => stockholmDaysFrom(now, -daysAgo, time);
  const networks = await tx.network.findMany({ where: { slug: { in: [KONSTGRAS, RENING, SOCIAL] } }, select: { id: true, slug: true } });
  const networkId = (slug: string) => networks.find((n) => n.slug === slug)?.id ?? fail(`network ${slug}`);
  const organizationId = (key: string) => organizationIds.get(key) ?? fail(`organisation ${key}`);

  for (const person of people) {
    const user = await ensureUser(tx, { email: person.email, name: person.name, title: person.title, password: null, organizationId: organizationId(person.organizationKey) });
    const id = networkId(person.networkSlug);
    if (await tx.membership.findFirst({ where: { userId: user.id, networkId: id }, select: { id: true } })) continue;
    const left = person.leftDaysAgo === undefined ? null : day(person.leftDaysAgo, '17:00');
    await tx.membership.create({
      data: {
        userId: user.id,
        networkId: id,
        organizationId: organizationId(person.organizationKey),
        role: person.role,
        competence: person.competence,
        joinedAt: day(person.joinedDaysAgo, '09:00'),
        status: left ? 'LEFT' : 'ACTIVE',
        leftAt: left,
      },
    });
  }

  for (const [slug, list] of Object.entries(meetings)) await seedMeetings(tx, networkId(slug), COORDINATORS[slug]!, list, day);
  await seedFunding(tx, networkId, organizationId, now);
  await seedResults(tx, networkId(KONSTGRAS), organizationId, day);
}

async function seedMeetings(tx: Prisma.TransactionClient, networkId: string, coordinatorEmail: string, list: readonly HistoryMeeting[], day: (daysAgo: number, time: string) => Date): Promise<void> {
  const charter = await tx.charterVersion.findFirst({ where: { networkId }, orderBy: { version: 'desc' }, select: { associationsVote: true } });
  const votingRules = { associationsVote: charter?.associationsVote ?? false };
  const emails = [...new Set([coordinatorEmail, ...list.flatMap((m) => m.attended)])];
  const users = await tx.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true, memberships: { where: { networkId }, select: { role: true, joinedAt: true, leftAt: true, organization: { select: { kind: true } } } } },
  });
  const user = (email: string) => users.find((u) => u.email === email) ?? fail(`account ${email}`);
  const coordinatorId = user(coordinatorEmail).id;

  for (const meeting of list) {
    if (await tx.meeting.findFirst({ where: { networkId, title: meeting.title }, select: { id: true } })) continue;
    const startsAt = day(meeting.daysAgo, '10:00');
    const endsAt = day(meeting.daysAgo, '15:00');
    const isDigitalToo = meeting.format === 'HYBRID';
    const created = await tx.meeting.create({
      data: {
        networkId,
        title: meeting.title,
        description: 'Nätverkets möte enligt årsplanen.',
        startsAt,
        endsAt,
        format: meeting.format,
        place: meeting.place,
        onlineUrl: isDigitalToo ? `https://meet.example.se/${networkId.slice(-6)}-${meeting.daysAgo}` : null,
        isPublic: meeting.isPublic ?? true,
        createdById: coordinatorId,
        createdAt: day(meeting.daysAgo + 30, '09:00'),
      },
      select: { id: true },
    });
    const present = meeting.attended.map((email) => {
      const person = user(email);
      // Only someone who was a member on the day attended (what recordAttendance checks).
      const membership = person.memberships.find((m) => m.joinedAt <= startsAt && (m.leftAt === null || m.leftAt > endsAt));
      if (!membership) throw new Error(`Demo attendance by someone who was not a member then: ${email} at ${meeting.title}`);
      return { person, membership };
    });
    await tx.meetingAttendance.createMany({
      data: present.map(({ person, membership }) => ({
        meetingId: created.id,
        userId: person.id,
        role: membership.role,
        hasVote: hasVote(membership.role, membership.organization?.kind ?? null, votingRules),
        arrivedAt: startsAt,
        recordedById: coordinatorId,
      })),
    });
    // Approved a week later by the coordinator and the first other person present with a vote.
    const adjuster = present.find((p) => p.person.id !== coordinatorId && p.membership.role !== 'OBSERVER') ?? fail(`adjuster for ${meeting.title}`);
    const approvedAt = new Date(endsAt.getTime() + 7 * 24 * 60 * 60 * 1000);
    await tx.minutes.create({
      data: {
        meetingId: created.id,
        status: 'APPROVED',
        adjusterId: adjuster.person.id,
        coordinatorApprovedById: coordinatorId,
        coordinatorApprovedAt: approvedAt,
        adjusterApprovedAt: approvedAt,
        approvedAt,
        entries: { create: [{ agendaItemId: null, text: `Närvarande: ${present.map((p) => p.person.name).join(', ')}.`, createdById: coordinatorId, createdAt: endsAt }] },
      },
    });
  }
}

async function seedFunding(tx: Prisma.TransactionClient, networkId: (slug: string) => string, organizationId: (key: string) => string, now: Date): Promise<void> {
  // Periods are calendar days: counted in whole months from the seeding day's Swedish date.
  const [year, month, date] = stockholmDaysFrom(now, 0, '12:00').toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
  const monthsFrom = (months: number, dayOffset = 0) => new Date(Date.UTC(year, month - 1 + months, Math.min(date, 28) + dayOffset));
  for (const funder of funders) {
    const where = { networkId: networkId(funder.networkSlug), kind: funder.kind, funderOrganizationId: organizationId(funder.organizationKey) };
    const row = (await tx.networkFunder.findFirst({ where, select: { id: true, periods: { select: { id: true } } } })) ?? (await tx.networkFunder.create({ data: where, select: { id: true, periods: { select: { id: true } } } }));
    if (row.periods.length > 0) continue;
    await tx.fundingPeriod.createMany({
      data: funder.periods.map((p) => ({
        funderId: row.id,
        periodStart: monthsFrom(p.fromMonths),
        periodEnd: p.toMonths === null ? null : monthsFrom(p.toMonths, -1),
        status: p.status,
        amountSek: p.amountSek,
        note: p.note,
      })),
    });
  }
}

async function seedResults(tx: Prisma.TransactionClient, networkId: string, organizationId: (key: string) => string, day: (daysAgo: number, time: string) => Date): Promise<void> {
  const handover = await tx.handover.findFirst({ where: { need: { networkId, title: HANDED_OVER_NEED } }, select: { id: true, _count: { select: { results: true } } } });
  if (!handover || handover._count.results > 0) return;
  const recorders = await tx.user.findMany({ where: { email: { in: [...new Set(results.map((r) => r.by))] } }, select: { id: true, email: true } });
  await tx.handoverResult.createMany({
    data: results.map((r) => ({
      handoverId: handover.id,
      kind: r.kind,
      // A date column: the Swedish day, at midnight UTC.
      occurredOn: new Date(`${day(r.daysAgo, '12:00').toISOString().slice(0, 10)}T00:00:00Z`),
      reference: r.reference ?? '',
      url: r.url ?? null,
      supplierName: r.supplierName ?? '',
      valueSek: r.valueSek ?? null,
      organizationId: r.organizationKey ? organizationId(r.organizationKey) : null,
      description: r.description ?? '',
      recordedById: recorders.find((u) => u.email === r.by)?.id ?? fail(`account ${r.by}`),
      createdAt: day(r.daysAgo, '14:00'),
    })),
  });
}

function fail(what: string): never {
  throw new Error(`Demo history names an unknown ${what}`);
}
