// Needs at every status and step of the ladder for the two networks that get a history beside
// Konstgräs (prisma/seed/demo-history.ts), so their dashboards show a funnel from proposal to
// implemented, time per step and an archived need. Demo mode only; the needs are the demo's, not
// the report's, and every date is counted back from the seeding day. Seeded, checked and kept
// idempotent by the same code as the report's needs (demo-needs.ts); some are internal to the
// network, so the public dashboard shows fewer than the participants'.
import type { Prisma } from '@/generated/prisma/client';
import type { MaturityAnswer } from '@/generated/prisma/enums';
import { stockholmDaysFrom, toStockholmInput } from '@/i18n/stockholm-time';

import { type DemoNeed, seedNeedList } from './demo-needs';

const RENING = 'avancerad-rening-av-avloppsvatten';
const SOCIAL = 'digitala-tjanster-inom-socialtjansten';
const VATTEN = 'vatten@trappan.test';
const SOCIALTJANST = 'socialtjanst@trappan.test';

type Answers = [offersSolutions: MaturityAnswer, prioritisedArea: MaturityAnswer, understandsNeed: MaturityAnswer];

function historyNeeds(now: Date): DemoNeed[] {
  const at = (daysAgo: number) => toStockholmInput(stockholmDaysFrom(now, -daysAgo, '10:00'));
  const assessed = (daysAgo: number, by: string, [offers, prioritised, understands]: Answers) => ({
    at: at(daysAgo),
    by,
    offersSolutions: { answer: offers, evidence: 'Demouppgift: bedömt efter nätverkets marknadsdialog.' },
    prioritisedArea: { answer: prioritised, evidence: 'Demouppgift: leverantörernas svar i dialogen.' },
    understandsNeed: { answer: understands, evidence: 'Demouppgift: leverantörernas frågor i dialogen.' },
    evidenceLinks: [],
  });
  return [
    {
      networkSlug: RENING,
      title: 'Mätning av mikroplaster i utgående vatten',
      problem: 'Reningsverken mäter inte mikroplaster i det renade vattnet på samma sätt, så ingen vet hur mycket som släpps ut.',
      desiredEffect: 'En gemensam mätmetod som alla medlemmars reningsverk kan använda.',
      proposedBy: 'orebro@trappan.test',
      owner: null,
      organizations: ['orebro-kommun'],
      transitions: [{ to: 'PROPOSED', at: at(40), by: 'orebro@trappan.test', reason: 'Föreslaget av Örebro kommun.' }],
    },
    {
      networkSlug: RENING,
      title: 'Rening av PFAS i lakvatten',
      problem: 'Lakvatten från deponier leds till reningsverken och för med sig PFAS, som verken inte tar bort.',
      desiredEffect: 'Lakvattnet renas från PFAS innan det når reningsverket.',
      proposedBy: 'vasteras-va@trappan.test',
      owner: VATTEN,
      organizations: ['vasteras-stad', 'stockholm-vatten-och-avfall'],
      transitions: [
        { to: 'PROPOSED', at: at(400), by: 'vasteras-va@trappan.test', reason: 'Föreslaget av Västerås stad.' },
        { to: 'PRIORITISED', at: at(300), by: VATTEN, reason: 'Prioriterat på nätverksmötet om kunskapsunderlaget.' },
      ],
      assessments: [assessed(290, VATTEN, ['NO', 'NO', 'PARTLY'])],
    },
    {
      networkSlug: RENING,
      title: 'Ozonering för läkemedelsrester',
      problem: 'Läkemedelsrester passerar reningsverken; ozonering finns, men är inte prövad i verk av medlemmarnas storlek.',
      desiredEffect: 'Ett ozonsteg som tar bort de flesta läkemedelsrester till en kostnad medlemmarna kan bära.',
      proposedBy: 'stockholmvatten@trappan.test',
      owner: VATTEN,
      organizations: ['stockholm-vatten-och-avfall', 'vasteras-stad', 'orebro-kommun'],
      transitions: [
        { to: 'PROPOSED', at: at(650), by: 'stockholmvatten@trappan.test', reason: 'Föreslaget av Stockholm Vatten och Avfall.' },
        { to: 'PRIORITISED', at: at(560), by: VATTEN, reason: 'Högst prioriterat av medlemmarna.' },
        { to: 'MARKET_TESTED', at: at(420), by: VATTEN, reason: 'Marknadsdialogen visade två leverantörer med anläggningar i drift utomlands.' },
        { to: 'IN_PREPARATION', at: at(250), by: VATTEN, reason: 'Stockholm och Västerås förbereder en gemensam upphandling av pilotanläggningar.' },
      ],
      assessments: [assessed(420, VATTEN, ['PARTLY', 'YES', 'YES'])],
    },
    {
      networkSlug: RENING,
      isPublic: false,
      title: 'Energieffektiv luftning i biosteget',
      problem: 'Luftningen i biosteget är verkens största elkostnad.',
      desiredEffect: 'Luftning som styrs efter behov och halverar elförbrukningen.',
      proposedBy: 'vasteras-va@trappan.test',
      owner: VATTEN,
      organizations: ['vasteras-stad'],
      transitions: [
        { to: 'PROPOSED', at: at(690), by: 'vasteras-va@trappan.test', reason: 'Föreslaget av Västerås stad.' },
        { to: 'PRIORITISED', at: at(600), by: VATTEN, reason: 'Prioriterat av medlemmarna.' },
        { to: 'MARKET_TESTED', at: at(480), by: VATTEN, reason: 'Flera leverantörer har färdiga styrsystem.' },
        { to: 'IN_PREPARATION', at: at(360), by: VATTEN, reason: 'Västerås stad förbereder upphandlingen.' },
        { to: 'IN_PROCUREMENT', at: at(90), by: VATTEN, reason: 'Upphandlingen är annonserad av Västerås stad.' },
      ],
      assessments: [assessed(480, VATTEN, ['YES', 'YES', 'YES'])],
    },
    {
      networkSlug: RENING,
      title: 'Onlinemätning av kväve och fosfor',
      problem: 'Prover på kväve och fosfor analyseras på labb i efterhand, så driften kan inte styras efter dem.',
      desiredEffect: 'Mätare i processen som visar halterna direkt.',
      proposedBy: 'stockholmvatten@trappan.test',
      owner: VATTEN,
      organizations: ['stockholm-vatten-och-avfall'],
      transitions: [
        { to: 'PROPOSED', at: at(700), by: 'stockholmvatten@trappan.test', reason: 'Föreslaget av Stockholm Vatten och Avfall.' },
        { to: 'PRIORITISED', at: at(640), by: VATTEN, reason: 'Prioriterat av medlemmarna.' },
        { to: 'MARKET_TESTED', at: at(590), by: VATTEN, reason: 'Mätarna finns på marknaden.' },
        { to: 'IN_PREPARATION', at: at(540), by: VATTEN, reason: 'Stockholm Vatten och Avfall förbereder upphandlingen.' },
        { to: 'HANDED_OVER', at: at(450), by: VATTEN, reason: 'Kravspecifikationen är överlämnad till Stockholm Vatten och Avfall, som upphandlar.' },
        { to: 'IMPLEMENTED', at: at(100), by: VATTEN, reason: 'Demouppgift: mätarna är i drift vid två av bolagets reningsverk.' },
      ],
      assessments: [assessed(590, VATTEN, ['YES', 'YES', 'YES'])],
      handover: {
        receivingOrganization: 'stockholm-vatten-och-avfall',
        recipient: 'stockholmvatten@trappan.test',
        by: VATTEN,
        at: at(450),
        note: 'Kravspecifikationen för onlinemätare.',
        acknowledged: { by: 'stockholmvatten@trappan.test', at: at(445) },
        documents: [{ kind: 'REQUIREMENT_SPECIFICATION', title: 'Krav på onlinemätare för kväve och fosfor', url: 'https://example.org/rening/krav-onlinematare.pdf' }],
      },
    },
    {
      networkSlug: RENING,
      isPublic: false,
      title: 'Slamhantering med fosforåtervinning',
      problem: 'Fosforn i slammet går förlorad.',
      desiredEffect: 'Fosforn återvinns ur slammet.',
      proposedBy: 'orebro@trappan.test',
      owner: null,
      organizations: ['orebro-kommun'],
      transitions: [
        { to: 'PROPOSED', at: at(420), by: 'orebro@trappan.test', reason: 'Föreslaget av Örebro kommun.' },
        { to: 'ARCHIVED', at: at(380), by: VATTEN, reason: 'Tas om hand i Svenskt Vattens nationella arbete med slam i stället.' },
      ],
    },
    {
      networkSlug: SOCIAL,
      title: 'Digital ansökan om ekonomiskt bistånd',
      problem: 'Ansökan om ekonomiskt bistånd görs på papper och kompletteras flera gånger, vilket tar tid för både den sökande och handläggaren.',
      desiredEffect: 'En digital ansökan som hämtar uppgifter den sökande redan lämnat och som handläggaren kan ta emot direkt.',
      proposedBy: 'norrkoping@trappan.test',
      owner: SOCIALTJANST,
      organizations: ['norrkopings-kommun', 'sundsvalls-kommun', 'orebro-kommun'],
      transitions: [
        { to: 'PROPOSED', at: at(650), by: 'norrkoping@trappan.test', reason: 'Föreslaget av Norrköpings kommun.' },
        { to: 'PRIORITISED', at: at(540), by: SOCIALTJANST, reason: 'Prioriterat av medlemskommunerna.' },
        { to: 'MARKET_TESTED', at: at(380), by: SOCIALTJANST, reason: 'Dialogen visade lösningar i andra länder som behöver anpassas.' },
        { to: 'IN_PREPARATION', at: at(120), by: SOCIALTJANST, reason: 'Tre kommuner förbereder ett innovationspartnerskap.' },
      ],
      assessments: [assessed(380, SOCIALTJANST, ['PARTLY', 'PARTLY', 'YES'])],
    },
    {
      networkSlug: SOCIAL,
      title: 'Videomöten med socialsekreterare',
      problem: 'Den som bor långt från kontoret måste resa för varje möte med sin socialsekreterare.',
      desiredEffect: 'Säkra videomöten som fungerar på den sökandes egen telefon.',
      proposedBy: 'sundsvall@trappan.test',
      owner: SOCIALTJANST,
      organizations: ['sundsvalls-kommun'],
      transitions: [
        { to: 'PROPOSED', at: at(560), by: 'sundsvall@trappan.test', reason: 'Föreslaget av Sundsvalls kommun.' },
        { to: 'PRIORITISED', at: at(430), by: SOCIALTJANST, reason: 'Prioriterat av medlemskommunerna.' },
        { to: 'MARKET_TESTED', at: at(200), by: SOCIALTJANST, reason: 'Färdiga tjänster finns; frågan är säkerheten.' },
      ],
      assessments: [assessed(200, SOCIALTJANST, ['YES', 'YES', 'PARTLY'])],
    },
    {
      networkSlug: SOCIAL,
      isPublic: false,
      title: 'Automatiserad handläggning av enklare ärenden',
      problem: 'Handläggarna lägger mycket tid på ärenden som följer samma regler varje gång.',
      desiredEffect: 'Enklare ärenden beslutas automatiskt, med en människa som granskar.',
      proposedBy: 'orebro-social@trappan.test',
      owner: null,
      organizations: ['orebro-kommun'],
      transitions: [
        { to: 'PROPOSED', at: at(300), by: 'orebro-social@trappan.test', reason: 'Föreslaget av Örebro kommun.' },
        { to: 'PRIORITISED', at: at(170), by: SOCIALTJANST, reason: 'Prioriterat på nätverksmötet om behovsområdena.' },
      ],
      assessments: [assessed(160, SOCIALTJANST, ['NO', 'NO', 'NO'])],
    },
    {
      networkSlug: SOCIAL,
      title: 'Säker digital kommunikation med klienter',
      problem: 'Socialtjänsten får inte skicka känsliga uppgifter med vanlig e-post, så klienterna får brev.',
      desiredEffect: 'Ett säkert sätt att skriva till och från klienterna.',
      proposedBy: 'helsingborg-social@trappan.test',
      owner: null,
      organizations: ['helsingborgs-stad'],
      transitions: [{ to: 'PROPOSED', at: at(80), by: 'helsingborg-social@trappan.test', reason: 'Föreslaget av Helsingborgs stad.' }],
    },
  ];
}

export async function seedDemoHistoryNeeds(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  await seedNeedList(tx, historyNeeds(now));
}
