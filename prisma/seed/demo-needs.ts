// Demo needs, seeded only in demo mode: the needs the agency's report describes (rapport
// 2019:3, p. 22-23 and 37), public, each with the organisations behind it, each with the history the portal would have recorded:
// status moves (who, when, why), market-maturity assessments with evidence, checklist entries,
// and for Konstgräs's sustainable pitches the whole way to a buyer group, cost-of-need and
// commitment statements from the demo member municipalities and an acknowledged handover to
// SKL Kommentus. Konstgräs also gets two fresh proposals to prioritise.
//
// Every record obeys the rules the server enforces (need-status.ts, ladder.ts, group rules),
// checked here so the demo cannot show what the application would refuse. Networks without a
// demo coordinator have no actor (null): those records restate the report, nobody in Trappan
// made them. Cost figures are demo figures and say so. Idempotent like the other demo seeds: a
// need that exists (by network and title) is never touched, so a restart undoes nothing.
import type { Prisma } from '@/generated/prisma/client';
import type {
  CommitmentLevel,
  HandoverDocumentKind,
  LadderStep,
  MaturityAnswer,
  NeedStatus,
  OrganizationKind,
  ValueOffer,
} from '@/generated/prisma/enums';
import { getMessages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { isContractingAuthority } from '@/modules/accounts/organization-rules';
import { groupEligibility } from '@/modules/governance/rules';
import { isChecklistKey, suggestedStep } from '@/modules/needs/ladder';
import { parseKronor } from '@/modules/needs/money';
import { canTransition, mayBePublic, mayHandOver, mayHaveBuyerGroup } from '@/modules/needs/need-status';

const at = (local: string) => {
  const instant = parseStockholmInput(local);
  if (!instant) throw new Error(`Not a Stockholm time: ${local}`);
  return instant;
};

/**
 * When the report's own events happened: it dates them no closer than its own publication,
 * March 2019 (p. 2), so they carry that month, a minute apart in the order the report gives.
 */
const REPORT = (order: number) => `2019-03-01T10:${String(order).padStart(2, '0')}`;

type Answer = { answer: MaturityAnswer; evidence: string };

export type DemoNeed = {
  networkSlug: string;
  /** Shown publicly (the default); an internal need names its organisations all the same. */
  isPublic?: boolean;
  title: string;
  problem: string;
  affected?: string;
  currentPractice?: string;
  desiredEffect: string;
  /** Emails; null where the record restates the report and no demo person made it. */
  proposedBy: string | null;
  owner: string | null;
  /** Organisation slugs of the member organisations that share the need (they confirmed it). */
  organizations: string[];
  /** Member organisations the coordinator invited to share it, which have not answered yet. */
  invited?: string[];
  /** The first move is the proposal (from nothing to PROPOSED). */
  transitions: Array<{ to: NeedStatus; at: string; by: string | null; reason: string }>;
  assessments?: Array<{
    at: string;
    by: string | null;
    offersSolutions: Answer;
    prioritisedArea: Answer;
    understandsNeed: Answer;
    evidenceLinks: string[];
    /** Only with a reason, and only when it differs from what the rule suggests. */
    override?: { step: LadderStep; reason: string };
  }>;
  /** Items of the step chosen in the latest assessment (keys of ladder.ts). */
  checklist?: Array<{ key: string; covered: boolean; notes: string; at: string; by: string | null }>;
  valueOffers?: ValueOffer[];
  volumeUnit?: string;
  buyerGroup?: { members: string[]; leadOrganization: string; at: string; by: string };
  commitments?: Array<{
    organization: string;
    by: string;
    at: string;
    /** Kronor as people type them, parsed to öre like the form does. */
    annualCost: string | null;
    costBasis: string;
    expectedVolume: number | null;
    level: CommitmentLevel;
    conditions?: string;
    /** The organisation chose to show its figures publicly (the default is not to). */
    isPublic: boolean;
  }>;
  handover?: {
    receivingOrganization: string;
    recipient: string;
    by: string;
    at: string;
    note: string;
    acknowledged?: { by: string; at: string };
    documents: Array<{ kind: HandoverDocumentKind; title: string; url: string }>;
  };
};

const KONSTGRAS = 'konstgras';
const SECRETARIAT = 'secretariat@trappan.test';
const DEMO_COST = 'Demouppgift:';

const needs: DemoNeed[] = [
  {
    networkSlug: KONSTGRAS,
    title: 'Hållbara konstgräsplaner',
    problem:
      'Många kommuner behöver bygga nya konstgräsplaner, och mikroplaster hotar miljön, framför allt livet i haven (rapporten s. 37). ' +
      'Fyllnadsmaterialet av plast- och gummigranulat sprids från planerna. Det saknas alternativ som håller för spel året runt ' +
      'och som kommunerna kan sköta med den utrustning de har.',
    affected: 'Spelare och föreningar som tränar och spelar på planerna, kommunernas driftpersonal och miljön runt planerna.',
    currentPractice:
      'Planerna byggs med gummigranulat. Spridningen begränsas med sarg, borststationer och uppsamling vid snöröjning, vilket tar ' +
      'driftpersonalens tid utan att stoppa spridningen.',
    desiredEffect:
      'Konstgräsplaner utan plast- och gummigranulat, eller med ett fyllnadsmaterial som stannar på planen, till en livscykelkostnad ' +
      'kommunerna kan bära, och gemensamma miljökrav att använda i upphandlingarna.',
    proposedBy: 'goteborg@trappan.test',
    owner: SECRETARIAT,
    organizations: ['goteborgs-stad', 'malmo-stad', 'umea-kommun', 'linkopings-kommun'],
    transitions: [
      { to: 'PROPOSED', at: '2018-06-02T10:00', by: 'goteborg@trappan.test', reason: 'Föreslaget av Göteborgs Stad inför nätverkets behovsinventering.' },
      { to: 'PRIORITISED', at: '2018-07-14T15:00', by: SECRETARIAT, reason: 'Högst prioriterat av medlemskommunerna i nätverkets prioriteringsrunda.' },
      {
        to: 'MARKET_TESTED',
        at: '2018-11-10T14:00',
        by: SECRETARIAT,
        reason:
          'Marknadsdialogen i projektet Hållbara konstgräsplaner, delfinansierat av Vinnova, pekade ut två lovande alternativ till plast- ' +
          'och gummiprodukter. De testas i nästa steg (rapporten s. 37).',
      },
      {
        to: 'IN_PREPARATION',
        at: '2018-12-05T09:00',
        by: SECRETARIAT,
        reason: 'En beställargrupp med Göteborg, Malmö, Umeå och Linköping förbereder en samordnad upphandling, med Göteborgs Stad som ledande organisation.',
      },
      {
        to: 'HANDED_OVER',
        at: '2019-02-20T10:00',
        by: SECRETARIAT,
        reason:
          'Beställargruppens behovs- och marknadsanalys är överlämnad till SKL Kommentus inköpscentral inför en eventuell gemensam upphandling ' +
          'och ett nationellt ramavtal (rapporten s. 37).',
      },
    ],
    assessments: [
      {
        at: '2018-08-18T13:00',
        by: SECRETARIAT,
        offersSolutions: { answer: 'NO', evidence: 'Det finns inga granulatfria system som håller för spel året runt i svenskt klimat.' },
        prioritisedArea: { answer: 'NO', evidence: 'Leverantörerna säljer i första hand gummigranulat; ingen har alternativen som prioriterat utvecklingsområde.' },
        understandsNeed: { answer: 'PARTLY', evidence: 'Leverantörerna känner till problemet med mikroplaster, men inte kommunernas krav på drift och livslängd.' },
        evidenceLinks: ['https://example.org/konstgras/behovsinventering-2018'],
      },
      {
        at: '2018-11-10T14:00',
        by: SECRETARIAT,
        offersSolutions: { answer: 'PARTLY', evidence: 'Två alternativ till plast- och gummiprodukter finns och testas i nästa steg (rapporten s. 37).' },
        prioritisedArea: { answer: 'YES', evidence: 'Flera leverantörer utvecklar alternativa fyllnadsmaterial och deltog i marknadsdialogen.' },
        understandsNeed: { answer: 'YES', evidence: 'Marknadsdialogen visade att leverantörerna förstår kommunernas krav på miljö, drift och livslängd.' },
        evidenceLinks: ['https://example.org/konstgras/marknadsdialog-hallbara-konstgrasplaner', 'https://example.org/konstgras/projektrapport-hallbara-konstgrasplaner'],
      },
    ],
    checklist: [
      { key: 'method.testbed', covered: true, notes: 'Två alternativ till plast- och gummiprodukter undersöks och testas i nästa steg (rapporten s. 37).', at: '2019-01-15T11:00', by: SECRETARIAT },
      { key: 'method.firstCustomer', covered: true, notes: 'Göteborgs Stad har åtagit sig att köpa om testerna faller väl ut.', at: '2019-01-15T11:05', by: SECRETARIAT },
      { key: 'topic.clarifyingNeeds', covered: true, notes: 'Nätverket formulerar upphandlingskriterier i form av miljökrav för konstgräs (rapporten s. 37).', at: '2019-01-15T11:10', by: SECRETARIAT },
      {
        key: 'topic.procurementProcess',
        covered: true,
        notes: 'Samordnad upphandling och ett nationellt ramavtal via SKL Kommentus inköpscentral (rapporten s. 37).',
        at: '2019-02-20T10:05',
        by: SECRETARIAT,
      },
      {
        key: 'topic.businessModels',
        covered: false,
        notes: 'Tas upp på höstens nätverksmöte: köpa planen, eller köpa en spelbar yta per år.',
        at: '2019-02-20T10:10',
        by: SECRETARIAT,
      },
    ],
    valueOffers: ['TESTBED', 'REAL_ENVIRONMENT_TEST', 'REFERENCE_CUSTOMER'],
    volumeUnit: 'konstgräsplaner',
    buyerGroup: {
      // SKL runs Konstgräs's buyer group (report p. 37): it leads without counting as a buyer.
      members: ['skl@trappan.test', 'goteborg@trappan.test', 'buyer@trappan.test', 'umea@trappan.test', 'linkoping@trappan.test'],
      leadOrganization: 'skl',
      at: '2018-12-05T09:00',
      by: SECRETARIAT,
    },
    // Each municipality chose to show its figures publicly, so the public page and open data
    // show the business case the report describes.
    commitments: [
      {
        organization: 'goteborgs-stad',
        by: 'goteborg@trappan.test',
        at: '2018-12-20T10:00',
        annualCost: '1 150 000',
        costBasis: `${DEMO_COST} påfyllning av granulat, uppsamling och extra skötsel av stadens konstgräsplaner under ett år.`,
        expectedVolume: 6,
        level: 'COMMITTED',
        isPublic: true,
        conditions:
          'Om testerna visar att fyllnadsmaterialet klarar spel året runt och stannar på planen, och livscykelkostnaden inte blir högre än i dag.',
      },
      {
        organization: 'malmo-stad',
        by: 'buyer@trappan.test',
        at: '2018-12-24T14:00',
        annualCost: '820 000',
        costBasis: `${DEMO_COST} granulat som fylls på och samlas upp, och driftpersonalens tid för det, under ett år.`,
        expectedVolume: 4,
        level: 'LETTER_OF_INTENT',
        isPublic: true,
      },
      {
        organization: 'umea-kommun',
        by: 'umea@trappan.test',
        at: '2018-12-27T09:30',
        annualCost: '385 000',
        costBasis: `${DEMO_COST} uppsamling av granulat vid snöröjning och påfyllning efter vintern.`,
        expectedVolume: 2,
        level: 'INTERESTED',
        isPublic: true,
      },
      {
        organization: 'linkopings-kommun',
        by: 'linkoping@trappan.test',
        at: '2019-01-02T13:15',
        annualCost: '540 000',
        costBasis: `${DEMO_COST} påfyllning av granulat och rensning av dagvattenbrunnar vid planerna under ett år.`,
        expectedVolume: 3,
        level: 'INTERESTED',
        isPublic: true,
      },
    ],
    handover: {
      receivingOrganization: 'skl-kommentus',
      recipient: 'kommentus@trappan.test',
      by: SECRETARIAT,
      at: '2019-02-20T10:00',
      note:
        'Beställargruppens behovs- och marknadsanalys inför en eventuell gemensam upphandling och ett nationellt ramavtal (rapporten s. 37). ' +
        'Utkastet till miljökrav följer med.',
      acknowledged: { by: 'kommentus@trappan.test', at: '2019-02-27T09:30' },
      documents: [
        { kind: 'MARKET_ANALYSIS', title: 'Behovs- och marknadsanalys: hållbara konstgräsplaner', url: 'https://example.org/konstgras/behovs-och-marknadsanalys.pdf' },
        { kind: 'REQUIREMENT_SPECIFICATION', title: 'Miljökrav för konstgräsplaner (utkast)', url: 'https://example.org/konstgras/miljokrav-utkast.pdf' },
      ],
    },
  },
  {
    networkSlug: KONSTGRAS,
    title: 'Återvinning av uttjänt konstgräs',
    problem:
      'När en konstgräsplan byts ut efter tio till femton år blir mattan, granulatet och sanden avfall. Mycket går till förbränning ' +
      'eller lagras, eftersom det saknas mottagare som tar hand om materialen vart för sig.',
    affected: 'Kommunernas idrottsförvaltningar och avfallsverksamheter, och miljön.',
    currentPractice: 'Entreprenören river den gamla planen som en del av ombyggnaden; vart materialet tar vägen följs sällan upp.',
    desiredEffect: 'Uttjänta planer tas om hand så att mattan och fyllnadsmaterialet återvinns som material, med spårbarhet från plan till mottagare.',
    proposedBy: 'linkoping@trappan.test',
    owner: null,
    organizations: ['linkopings-kommun'],
    // The secretariat thinks Malmö has the same need and asked; Malmö has not answered yet.
    invited: ['malmo-stad'],
    transitions: [{ to: 'PROPOSED', at: '2026-06-09T10:00', by: 'linkoping@trappan.test', reason: 'Föreslaget av Linköpings kommun inför nästa prioriteringsrunda.' }],
  },
  {
    networkSlug: KONSTGRAS,
    title: 'Minskad spridning av granulat från befintliga planer',
    problem:
      'Kommunerna har många planer med gummigranulat som ska användas i flera år till. Granulat följer med spelarna, snöröjningen och ' +
      'dagvattnet ut från planerna.',
    affected: 'Miljön runt planerna, och driftpersonalen som samlar upp granulatet.',
    currentPractice: 'Borststationer vid utgångarna och sarg runt en del planer. Ingen kommun mäter hur mycket granulat som försvinner.',
    desiredEffect: 'Spridningen från befintliga planer minskar tydligt och mäts på samma sätt i alla kommuner, tills planerna byts ut.',
    proposedBy: 'buyer@trappan.test',
    owner: null,
    organizations: ['malmo-stad', 'umea-kommun'],
    transitions: [{ to: 'PROPOSED', at: '2026-06-16T13:30', by: 'buyer@trappan.test', reason: 'Föreslaget av Malmö stad; Umeå kommun har samma behov.' }],
  },
  {
    networkSlug: 'valfardsteknik',
    title: 'Känsla av sammanhang',
    problem:
      'Känslan av sammanhang påverkar hur invånare som får stöd av kommunen upplever sin livskvalitet. Det finns i dag ingen given ' +
      'lösning för behovet på marknaden (rapporten s. 37).',
    affected: 'Invånare som får stöd av kommunernas välfärdsverksamheter.',
    desiredEffect:
      'Lösningar som stärker känslan av sammanhang och därmed den upplevda livskvaliteten, utvecklade tillsammans med leverantörer och ' +
      'möjliga för kommunerna att köpa.',
    proposedBy: null,
    owner: null,
    // The report does not name the eight municipalities (p. 37); SKL arranges the network (table 1, p. 36).
    organizations: ['skl'],
    transitions: [
      { to: 'PROPOSED', at: REPORT(0), by: null, reason: 'Ett av de 20 större behovsområden som nätverket har kartlagt (rapporten s. 37).' },
      { to: 'PRIORITISED', at: REPORT(1), by: null, reason: 'Prioriterat inför en gemensam innovationsupphandling (rapporten s. 37).' },
      {
        to: 'MARKET_TESTED',
        at: REPORT(2),
        by: null,
        reason: 'Ett av fyra behovsområden som testades mot marknaden. Det finns ingen given lösning för behovet (rapporten s. 37).',
      },
      {
        to: 'IN_PREPARATION',
        at: REPORT(3),
        by: null,
        reason:
          'Åtta kommuner i nätverket genomför en förstudie, finansierad av beställarna, för att kartlägga förutsättningarna för att annonsera ' +
          'ett innovationspartnerskap (rapporten s. 37).',
      },
    ],
    assessments: [
      {
        at: REPORT(2),
        by: null,
        offersSolutions: { answer: 'NO', evidence: 'Det finns i dag ingen given lösning för behovet på marknaden (rapporten s. 37).' },
        prioritisedArea: { answer: 'NO', evidence: 'Behovsområdet testades mot marknaden, och det finns i dag ingen given lösning (rapporten s. 37).' },
        understandsNeed: { answer: 'PARTLY', evidence: 'Nätverket har haft nära dialog med både IT- och robotikföretag (rapporten s. 48).' },
        evidenceLinks: [],
      },
    ],
    // On the initiate step, as the rule suggests: the report gives no more than that the market
    // has no given solution (p. 37), so one topic, and no method the report does not name.
    checklist: [
      {
        key: 'topic.mappingPartialSolutions',
        covered: true,
        notes: 'Ett av fyra behovsområden som testades mot marknaden; det finns i dag ingen given lösning (rapporten s. 37).',
        at: REPORT(3),
        by: null,
      },
    ],
  },
  {
    networkSlug: 'a-challenge-from-sweden',
    title: 'Sustainable Mobility Challenge',
    problem:
      'För att Sverige ska nå målet om en fossilfri transportsektor behöver behovet av att äga egen bil minska. Det saknas enkla, ' +
      'flexibla och hållbara resealternativ som kan ersätta bilen (rapporten s. 22).',
    affected: 'Invånare som i dag behöver egen bil i vardagen.',
    desiredEffect: 'Enkla, flexibla och hållbara resealternativ som gör att behovet av att äga egen bil minskar (rapporten s. 22).',
    proposedBy: null,
    owner: null,
    // Published by Energimyndigheten's network (p. 22), which the agency arranges (table 1, p. 36).
    organizations: ['energimyndigheten'],
    transitions: [
      { to: 'PROPOSED', at: REPORT(0), by: null, reason: 'Nätverkets utmaning inom hållbar mobilitet (rapporten s. 22).' },
      { to: 'PRIORITISED', at: REPORT(1), by: null, reason: 'Utmaningen valdes för att publiceras till marknaden (rapporten s. 22).' },
      {
        to: 'MARKET_TESTED',
        at: REPORT(2),
        by: null,
        reason: 'Utmaningen publicerades till marknaden och genomfördes som innovationstävling (rapporten s. 22 och 26).',
      },
    ],
    assessments: [
      {
        at: REPORT(2),
        by: null,
        offersSolutions: { answer: 'NO', evidence: 'Det finns inga lösningar som möter behovet; utmaningen efterfrågar nya (rapporten s. 22-23).' },
        prioritisedArea: { answer: 'NO', evidence: 'Utmaningen ligger på nivån initiera, där marknaden inte svarar upp mot behovsområdet (rapporten s. 23 och 25).' },
        understandsNeed: { answer: 'NO', evidence: 'Behovet kopplar till en samhällsutmaning, målet om en fossilfri transportsektor (rapporten s. 22).' },
        evidenceLinks: [],
      },
    ],
    checklist: [
      { key: 'method.innovationCompetition', covered: true, notes: 'Utmaningen genomfördes som innovationstävling (rapporten s. 26).', at: REPORT(2), by: null },
      { key: 'topic.marketCreatingActivities', covered: true, notes: 'Utmaningen publicerades till marknaden (rapporten s. 22).', at: REPORT(2), by: null },
    ],
  },
  {
    networkSlug: 'avancerad-rening-av-avloppsvatten',
    title: 'Avancerad rening av avloppsvatten',
    problem:
      'Avloppsvatten innehåller bland annat läkemedelsrester och mikroplaster som dagens reningsverk inte tar bort. Det saknas effektiva ' +
      'lösningar för att rena avloppsvatten från dem (rapporten s. 22).',
    affected: 'Sjöar, vattendrag och hav som tar emot det renade avloppsvattnet, och alla som är beroende av dem.',
    desiredEffect: 'Avloppsvatten renas från läkemedelsrester och mikroplaster med lösningar som är anpassade för avloppsvatten.',
    proposedBy: 'vatten@trappan.test',
    owner: 'vatten@trappan.test',
    // Svenskt Vatten arranges the network (table 1, p. 36); its coordinator proposed the need.
    organizations: ['svenskt-vatten'],
    transitions: [
      { to: 'PROPOSED', at: REPORT(0), by: 'vatten@trappan.test', reason: 'Nätverkets kärnbehov, som kunskapsunderlaget ska belysa (rapporten s. 22).' },
      { to: 'PRIORITISED', at: REPORT(1), by: 'vatten@trappan.test', reason: 'Prioriterat av nätverket som första behov att testa mot marknaden.' },
      {
        to: 'MARKET_TESTED',
        at: REPORT(2),
        by: 'vatten@trappan.test',
        reason: 'Kunskapsunderlaget visar att lösningar för dricksvatten finns, men att de måste anpassas för avloppsvatten (rapporten s. 22).',
      },
    ],
    assessments: [
      {
        at: REPORT(2),
        by: 'vatten@trappan.test',
        offersSolutions: { answer: 'PARTLY', evidence: 'Lösningar för att rena dricksvatten finns, men de måste anpassas för avloppsvatten (rapporten s. 22).' },
        prioritisedArea: { answer: 'PARTLY', evidence: 'Det finns en marknad för en snarlik lösning (rapporten s. 22).' },
        understandsNeed: { answer: 'YES', evidence: 'Det finns en marknad för en snarlik lösning, som behöver anpassas för avloppsvatten (rapporten s. 22).' },
        evidenceLinks: [],
      },
    ],
    checklist: [
      {
        key: 'topic.clarifyingNeeds',
        covered: true,
        notes: 'Kunskapsunderlaget beskriver vad som ska renas bort: bland annat läkemedelsrester och mikroplaster (rapporten s. 22).',
        at: REPORT(3),
        by: 'vatten@trappan.test',
      },
      { key: 'topic.needsBeforeCommercialisation', covered: false, notes: '', at: REPORT(3), by: 'vatten@trappan.test' },
    ],
  },
];

type Lookup = {
  network: (slug: string) => { id: string; areaId: string };
  user: (email: string) => { id: string; organizationId: string | null };
  organization: (slug: string) => { id: string; kind: OrganizationKind };
};

/** The status moves, checked against the rules; the status the need ends in. */
function checkedTransitions(need: DemoNeed): NeedStatus {
  const [first, ...rest] = need.transitions;
  if (!first || first.to !== 'PROPOSED') throw new Error(`Demo need "${need.title}" must start as a proposal`);
  let status: NeedStatus = first.to;
  for (const move of rest) {
    if (!canTransition(status, move.to)) throw new Error(`Demo need "${need.title}": ${status} → ${move.to} is not allowed`);
    if (move.to === 'HANDED_OVER' && !need.handover) throw new Error(`Demo need "${need.title}" is handed over without a handover`);
    status = move.to;
  }
  return status;
}

async function seedNeed(tx: Prisma.TransactionClient, need: DemoNeed, find: Lookup): Promise<void> {
  const network = find.network(need.networkSlug);
  const existing = await tx.need.findFirst({ where: { networkId: network.id, title: need.title }, select: { id: true } });
  if (existing) return;

  const status = checkedTransitions(need);
  const userId = (email: string | null) => (email === null ? null : find.user(email).id);
  const assessments = (need.assessments ?? []).map((a) => {
    const suggested = suggestedStep({ offersSolutions: a.offersSolutions.answer, prioritisedArea: a.prioritisedArea.answer, understandsNeed: a.understandsNeed.answer });
    if (a.override && (a.override.step === suggested || !a.override.reason.trim())) throw new Error(`Demo need "${need.title}": an override needs another step and a reason`);
    return { ...a, suggested, chosen: a.override?.step ?? suggested };
  });
  const ladderStep = assessments.at(-1)?.chosen ?? null;
  for (const item of need.checklist ?? []) {
    if (!ladderStep || !isChecklistKey(ladderStep, item.key)) throw new Error(`Demo need "${need.title}": ${item.key} is not on its step`);
  }
  // A public need names the organisations behind it; the demo names them on internal ones too.
  if (!mayBePublic(need.organizations.length)) throw new Error(`Demo need "${need.title}" is public without an organisation`);
  if (need.buyerGroup && !mayHaveBuyerGroup(status)) throw new Error(`Demo need "${need.title}" has a buyer group too early`);
  // A need handed over may have moved on since (implemented): the move itself was checked above.
  const wasHandedOver = need.transitions.some((t) => t.to === 'HANDED_OVER');
  if (need.handover && !mayHandOver(status) && !wasHandedOver) throw new Error(`Demo need "${need.title}" is handed over too early`);

  const times = [
    ...need.transitions.map((t) => t.at),
    ...(need.assessments ?? []).map((a) => a.at),
    ...(need.buyerGroup ? [need.buyerGroup.at] : []),
  ].map(at);
  const created = times[0]!;
  const updated = new Date(Math.max(...times.map((time) => time.getTime())));

  let buyerGroupId: string | null = null;
  if (need.buyerGroup) {
    const members = await tx.user.findMany({
      where: { email: { in: need.buyerGroup.members } },
      select: { id: true, email: true, memberships: { where: { networkId: network.id, status: 'ACTIVE' }, select: { role: true, organizationId: true, organization: { select: { kind: true } } } } },
    });
    for (const email of need.buyerGroup.members) {
      const membership = members.find((m) => m.email === email)?.memberships[0];
      // The group rule of ADR 0007 and 0018: the buyers, and a central purchasing body or an association running the group.
      const person = { organizationId: membership?.organizationId ?? null, organizationKind: membership?.organization?.kind ?? null };
      if (!groupEligibility('BUYER', person, membership ? { role: membership.role } : null).ok) throw new Error(`Demo buyer group member who may not sit in it: ${email}`);
    }
    const group = await tx.networkGroup.create({
      data: {
        networkId: network.id,
        kind: 'BUYER',
        // Named as the buyer-group form names it (business-case-actions.ts).
        name: getMessages('sv').businessCase.buyerGroup.groupName(need.title),
        createdAt: at(need.buyerGroup.at),
        members: { create: members.map((m) => ({ userId: m.id, addedById: userId(need.buyerGroup!.by), addedAt: at(need.buyerGroup!.at) })) },
      },
      select: { id: true },
    });
    buyerGroupId = group.id;
  }

  const row = await tx.need.create({
    data: {
      networkId: network.id,
      areaId: network.areaId,
      title: need.title,
      problem: need.problem,
      affected: need.affected ?? '',
      currentPractice: need.currentPractice ?? '',
      desiredEffect: need.desiredEffect,
      status,
      ladderStep,
      isPublic: need.isPublic ?? true,
      ownerId: userId(need.owner),
      proposedById: userId(need.proposedBy),
      volumeUnit: need.volumeUnit ?? '',
      valueOffers: need.valueOffers ?? [],
      buyerGroupId,
      leadOrganizationId: need.buyerGroup ? find.organization(need.buyerGroup.leadOrganization).id : null,
      createdAt: created,
      updatedAt: updated,
      organizations: {
        create: [
          ...need.organizations.map((slug) => ({ organizationId: find.organization(slug).id, addedAt: created, status: 'CONFIRMED' as const, answeredAt: created })),
          ...(need.invited ?? []).map((slug) => ({ organizationId: find.organization(slug).id, addedAt: updated, status: 'INVITED' as const })),
        ],
      },
      transitions: {
        create: need.transitions.map((move, i) => ({
          fromStatus: i === 0 ? null : need.transitions[i - 1]!.to,
          toStatus: move.to,
          reason: move.reason,
          actorId: userId(move.by),
          createdAt: at(move.at),
        })),
      },
      assessments: {
        create: assessments.map((a) => ({
          offersSolutions: a.offersSolutions.answer,
          offersSolutionsEvidence: a.offersSolutions.evidence,
          prioritisedArea: a.prioritisedArea.answer,
          prioritisedAreaEvidence: a.prioritisedArea.evidence,
          understandsNeed: a.understandsNeed.answer,
          understandsNeedEvidence: a.understandsNeed.evidence,
          evidenceLinks: a.evidenceLinks,
          suggestedStep: a.suggested,
          chosenStep: a.chosen,
          overrideReason: a.override?.reason ?? null,
          assessedById: userId(a.by),
          createdAt: at(a.at),
        })),
      },
      checklist: {
        create: (need.checklist ?? []).map((item) => ({
          step: ladderStep!,
          itemKey: item.key,
          covered: item.covered,
          notes: item.notes,
          updatedById: userId(item.by),
          updatedAt: at(item.at),
        })),
      },
      commitments: {
        create: (need.commitments ?? []).map((c) => {
          const stater = find.user(c.by);
          const organizationId = find.organization(c.organization).id;
          // Only a person of the organisation states its figures (maySpeakForBuyer).
          if (stater.organizationId !== organizationId) throw new Error(`Demo commitment for ${c.organization} stated by someone else: ${c.by}`);
          const annualCostOre = c.annualCost === null ? null : parseKronor(c.annualCost);
          if (c.annualCost !== null && annualCostOre === null) throw new Error(`Demo commitment cost is not an amount: ${c.annualCost}`);
          return {
            organizationId,
            annualCostOre,
            costBasis: c.costBasis,
            expectedVolume: c.expectedVolume,
            level: c.level,
            conditions: c.conditions ?? '',
            isPublic: c.isPublic,
            statedById: stater.id,
            statedAt: at(c.at),
          };
        }),
      },
    },
    select: { id: true },
  });

  if (need.handover) {
    const h = need.handover;
    const receiver = find.organization(h.receivingOrganization);
    if (!isContractingAuthority(receiver.kind)) throw new Error(`Demo handover to an organisation that does not procure: ${h.receivingOrganization}`);
    const recipient = find.user(h.recipient);
    if (recipient.organizationId !== receiver.id) throw new Error(`Demo handover recipient is not of the receiving organisation: ${h.recipient}`);
    if (h.acknowledged && find.user(h.acknowledged.by).organizationId !== receiver.id) throw new Error('Demo handover acknowledged by someone of another organisation');
    await tx.handover.create({
      data: {
        needId: row.id,
        receivingOrganizationId: receiver.id,
        recipientId: recipient.id,
        note: h.note,
        handedOverById: userId(h.by),
        handedOverAt: at(h.at),
        acknowledgedById: h.acknowledged ? userId(h.acknowledged.by) : null,
        acknowledgedAt: h.acknowledged ? at(h.acknowledged.at) : null,
        documents: { create: h.documents },
      },
    });
  }
}

export async function seedDemoNeeds(tx: Prisma.TransactionClient): Promise<void> {
  await seedNeedList(tx, needs);
}

/** Seeds the given needs (skipping those that exist), checked against the server's rules. */
export async function seedNeedList(tx: Prisma.TransactionClient, needs: readonly DemoNeed[]): Promise<void> {
  const emails = [
    ...new Set(
      needs.flatMap((n) => [
        n.proposedBy,
        n.owner,
        ...n.transitions.map((t) => t.by),
        ...(n.assessments ?? []).map((a) => a.by),
        ...(n.checklist ?? []).map((c) => c.by),
        ...(n.buyerGroup ? [n.buyerGroup.by, ...n.buyerGroup.members] : []),
        ...(n.commitments ?? []).map((c) => c.by),
        ...(n.handover ? [n.handover.by, n.handover.recipient, n.handover.acknowledged?.by ?? null] : []),
      ]),
    ),
  ].filter((email): email is string => email !== null);
  const slugs = [
    ...new Set(needs.flatMap((n) => [...n.organizations, ...(n.invited ?? []), ...(n.commitments ?? []).map((c) => c.organization), n.buyerGroup?.leadOrganization, n.handover?.receivingOrganization])),
  ].filter((slug): slug is string => slug !== undefined);
  const [networks, users, organizations] = await Promise.all([
    tx.network.findMany({ where: { slug: { in: [...new Set(needs.map((n) => n.networkSlug))] } }, select: { id: true, slug: true, areaId: true } }),
    tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, organizationId: true } }),
    tx.organization.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, kind: true } }),
  ]);
  const find: Lookup = {
    network: (slug) => networks.find((n) => n.slug === slug) ?? fail(`network ${slug}`),
    user: (email) => users.find((u) => u.email === email) ?? fail(`account ${email}`),
    organization: (slug) => organizations.find((o) => o.slug === slug) ?? fail(`organisation ${slug}`),
  };
  for (const need of needs) await seedNeed(tx, need, find);
}

function fail(what: string): never {
  throw new Error(`Demo needs name an unknown ${what}`);
}
