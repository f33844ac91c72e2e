// Swedish texts of the privacy notice (/{locale}/privacy) and the accessibility statement
// (/{locale}/accessibility). English (messages.en.ts) must have the same shape. A section is a
// heading and its paragraphs: one is shown as a paragraph, more as a list. Every sentence must
// stay true of what Trappan does (prisma/schema.prisma, src/server/purge.ts, tests/e2e/).
import type { RetentionPeriods } from '@/server/retention';

const number = new Intl.NumberFormat('sv-SE');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const yearsSv = (n: number) => (n === 1 ? 'ett år' : `${number.format(n)} år`);
const daysSv = (n: number) => (n % 365 === 0 ? yearsSv(n / 365) : n === 1 ? 'en dag' : `${number.format(n)} dagar`);
const hoursSv = (n: number) => (n % 24 === 0 ? (n === 24 ? 'ett dygn' : `${number.format(n / 24)} dygn`) : n === 1 ? 'en timme' : `${number.format(n)} timmar`);

export const legalSv = {
  privacy: {
    title: 'Personuppgifter i Trappan',
    lead: 'Så här hanterar Trappan uppgifter om dig: vad som sparas, varför, hur länge och vem du kontaktar.',
    /** The sections before how long data is kept (`retention`), and those after it (`laterSections`). */
    sections: [
      {
        heading: 'Vem som ansvarar',
        items: [
          'Personuppgiftsansvarig är den organisation som driver den här installationen av Trappan. Hur du når den står under Kontakt längst ned.',
        ],
      },
      {
        heading: 'Vad vi sparar',
        items: [
          'Ditt konto: namn, titel, e-postadress, språk, din organisation och om organisationen har bekräftat dig, din roll i Trappan, vilka slags brev du valt bort och när du senast loggade in. Lösenordet sparas bara som en Argon2id-hash, aldrig i klartext.',
          'Inloggningar: en rad per inloggad webbläsare. Den tas bort när du loggar ut och gäller i högst åtta timmar.',
          'Engångslänkar för att bekräfta e-postadressen (gäller 24 timmar) och välja nytt lösenord (gäller en timme). Bara en hash av länken sparas, och den raderas sju dagar efter att länken gått ut.',
          'Räknare som bromsar gissning av lösenord och för många förfrågningar, per e-postadress och per nätverksadress (IP-adress).',
          'Om du använder din personliga kalenderlänk: bara en hash av länken.',
          'Det du gör i nätverken: medlemskap och grupper, ansökningar och inbjudningar, anmälningar och närvaro vid möten, förslag till dagordningar, protokoll, beslut och röster, behov, prioriteringar, åtaganden och överlämningar.',
          'En logg över ändringar: vem som gjorde vad, och när.',
          'Breven Trappan skickar till dig (utkorgen): mottagare, ämne, text och när brevet skickades.',
        ],
      },
      {
        heading: 'Varför, och med vilken rätt',
        items: [
          'Kontot behövs för att du ska kunna logga in och delta. Grunden är avtal: du skapar kontot för att använda tjänsten.',
          'Nätverkens arbete med gemensamma upphandlingar och innovationsupphandlingar är en uppgift av allmänt intresse för de offentliga organisationer som deltar.',
          'Varje organisation som driver en installation av Trappan anger själv sin rättsliga grund.',
          'Loggen och räknarna finns för att skydda tjänsten och för att nätverkens beslut ska kunna följas upp.',
        ],
      },
    ],
    /** How long, from the periods this installation is configured with (src/server/retention.ts). */
    retention: {
      heading: 'Hur länge',
      items: (p: RetentionPeriods): string[] => [
        'Konton som aldrig bekräftat sin e-postadress raderas efter sju dagar, med sina brev. Loggens rader finns kvar, utan namn.',
        'Ditt konto finns kvar tills det tas bort.',
        `Räknarna som bromsar gissning av lösenord och för många förfrågningar raderas ${hoursSv(p.throttleHours)} efter att de senast användes.`,
        `Breven i utkorgen raderas ${daysSv(p.mailDays)} efter att de skickades (eller inte kunde skickas). Brev som ännu inte skickats raderas inte.`,
        p.auditYears === null
          ? 'Loggen raderas inte: den sparas lika länge som nätverkets handlingar, eftersom den visar vem som beslutade vad.'
          : `Loggen sparas i ${yearsSv(p.auditYears)} och raderas sedan: den visar vem som beslutade vad, och tio år är den allmänna preskriptionstiden.`,
        'Protokoll och beslut är nätverkens handlingar och raderas inte, inte heller om ditt konto tas bort.',
        p.endedMembershipDays === null
          ? 'Ett avslutat medlemskap finns kvar i nätverkets historik, med alla uppgifter.'
          : `Ett avslutat medlemskap finns kvar i nätverkets historik (vem, för vilken organisation, i vilken roll, när det började och slutade), som nätverkets statistik bygger på. ${capitalise(daysSv(p.endedMembershipDays))} efter att det slutade tas varför och av vem det avslutades bort, liksom din kompetens och om du visades på nätverkets sida.`,
      ],
    },
    laterSections: [
      {
        heading: 'Dina rättigheter',
        items: [
          'Du kan själv rätta namn, titel, språk, e-postadress och brevval under Mitt konto.',
          'Under Mitt konto laddar du ned allt Trappan har om dig (en JSON-fil) och tar bort ditt konto. Då avslutas dina medlemskap och inloggningar, och ditt namn och din adress ersätts med ”Tidigare användare” i nätverkens protokoll, beslut och logg, som finns kvar.',
          'Varje brev av ett slag du kan välja bort har en länk för att avsluta just det slaget, utan att logga in.',
          'Du har också rätt att begära att uppgifter rättas eller raderas på annat sätt: kontakta den som driver tjänsten (nedan).',
          'Du kan klaga hos Integritetsskyddsmyndigheten (IMY), imy.se.',
        ],
      },
      {
        heading: 'Kakor',
        items: [
          'Trappan använder bara de kakor som inloggningen kräver: sessionskakan, en kaka som skyddar formulären mot förfalskade anrop och en som minns vilken sida du ska tillbaka till efter inloggningen. Ingen statistik, ingen spårning, inga tredjepartstjänster.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    lead: 'Den här redogörelsen gäller den här installationen av Trappan och står för den organisation som driver den. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.',
    beforeContact: [
      {
        heading: 'Hur tillgänglig är webbplatsen?',
        items: ['Vi vet att webbplatsen inte är helt tillgänglig: den är delvis förenlig med WCAG 2.1 på nivå AA. Bristerna står under Innehåll som inte är tillgängligt.'],
      },
      {
        heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
        items: ['Hör av dig till oss (nedan), så ger vi dig informationen på ett annat sätt.'],
      },
      {
        heading: 'Rapportera brister i webbplatsens tillgänglighet',
        items: ['Vi försöker hela tiden göra webbplatsen bättre. Hittar du något som hindrar dig, eller som inte uppfyller lagen, berätta det för oss så att vi kan rätta det.'],
      },
    ],
    afterContact: [
      {
        heading: 'Tillsyn',
        items: [
          'Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital offentlig service. Är du inte nöjd med hur vi har hanterat dina synpunkter kan du anmäla det till DIGG, digg.se.',
        ],
      },
      {
        heading: 'Teknisk information om webbplatsens tillgänglighet',
        items: ['Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.'],
      },
      {
        heading: 'Innehåll som inte är tillgängligt',
        items: [
          'Ingen extern granskning har gjorts, så vi kan inte säga att webbplatsen uppfyller alla krav.',
          'Webbplatsen har inte testats av användare med skärmläsare.',
          'Automatiska tester hittar bara en del av alla brister; de bedömer till exempel inte om texterna är lätta att förstå.',
          'Trappan har inga PDF-filer eller bifogade filer. Dokument i överlämningar är länkar till andra webbplatser, som svarar för sin egen tillgänglighet.',
          'Diagrammen på översikten visas som tabeller, med siffrorna i text.',
          'Kalenderflödet (.ics) och öppna data (JSON, CSV) är filformat för andra program, inte sidor.',
        ],
      },
      {
        heading: 'Hur vi har testat webbplatsen',
        items: [
          'Sidorna i våra end-to-end-tester kontrolleras automatiskt med axe-core i webbläsaren Chromium, mot WCAG 2.1 A och AA. Ett test underkänns om axe-core hittar ett allvarligt eller kritiskt fel.',
          'Delar av testerna använder bara tangentbordet: länken förbi menyn, att flytta punkter på dagordningen och att skicka formulär.',
          'Webbplatsen har ännu inte granskats av någon extern part. Den senaste bedömningen gjorde vi själva den 3 december 2026.',
        ],
      },
    ],
    date: 'Redogörelsen upprättades den 3 december 2026.',
  },
  about: {
    title: 'Om Trappan',
    lead: 'Trappan är en webbportal med öppen källkod för offentliga beställarnätverk: kommuner, regioner och statliga myndigheter som delar ett behov och tillsammans förbereder innovationsupphandling.',
    sections: [
      {
        heading: 'Vad ett beställarnätverk är',
        items: [
          'Ett beställarnätverk är en permanent grupp av beställare som samverkar kring ett behov eller för att lösa en utmaning. Deltagarna är potentiella köpare inom ett avgränsat område (s. 13).',
          'Nätverket arbetar med det som förbereder en innovationsupphandling: behovsarbete, marknadsundersökning och kompetenshöjande aktiviteter, test och verifiering av nya lösningar, att samla och sprida kunskap och att vara ämnesexpert i samordnade upphandlingar (s. 13).',
          'Inköpen görs inte av nätverket utan inom varje upphandlande organisation (s. 6).',
          'Ett nätverk kan initieras av en statlig myndighet, som då finansierar en sekretariatsfunktion, eller av beställarna själva, som då söker finansiering från tredje part (s. 6).',
        ],
      },
      {
        heading: 'Innovationstrappan',
        items: [
          'Innovationsupphandling delas in i tre nivåer efter hur mogen marknaden är att möta behovet: initiera när ingen marknad svarar mot behovet, introducera när nya lösningar finns eller är på väg, införa när det finns en relativt ny marknad som svarar mot behovet (s. 14–15).',
        ],
      },
      {
        heading: 'Vem Trappan är till för',
        items: [
          'Upphandlare och behovsägare i kommuner, regioner och andra upphandlande organisationer, som hittar nätverk, går med och arbetar med behov, prioriteringar och beslut.',
          'Nätverkens sekretariat, som samordnar möten, protokoll, medlemmar och nätverkets sida i registret.',
          'Handläggare på myndigheter, som följer nätverken i landet och kan starta nya.',
          'Leverantörer, som deltar i nätverkens marknadsdialoger. De är aldrig medlemmar: rapporten säger att leverantörssidan inte bör delta som deltagare i nätverken (s. 33).',
        ],
      },
      {
        heading: 'Varför en portal',
        items: [
          'Rapporten föreslår en nationell arena för innovationsupphandling, som samlar kompetens, verkliga projekt, metoder och verktyg och ger praktiskt stöd till beställarnätverk (s. 8).',
          'Uppgifterna om de tio nätverk som fanns 2019 kommer från rapporten (s. 7). Registret är öppna data som vem som helst får använda.',
        ],
      },
    ],
    source: 'Sidhänvisningarna gäller Upphandlingsmyndighetens slutrapport ”Uppdrag att främja innovationsupphandling genom stöd i form av upphandlings- och innovationskompetens för beställare”, rapport 2019:3, mars 2019.',
    openSourceHeading: 'Öppen källkod',
    openSource: 'Trappan är fri programvara under European Union Public Licence 1.2 (EUPL-1.2). Vem som helst får använda, ändra och driva den.',
    operatorHeading: 'Vem som driver den här installationen',
    openDataLink: 'Om öppna data',
    contactLink: 'Kontakt',
  },
  operator: {
    runBy: (name: string) => `Den här installationen av Trappan drivs av ${name}.`,
    runByUnnamed: 'Den här installationen av Trappan drivs av den organisation som står för webbplatsen.',
    demo: 'Det här är en demo: kontona är påhittade och det som skrivs här används inte på riktigt.',
    website: 'Webbplats',
  },
  contact: {
    title: 'Kontakt',
    lead: 'Så når du dem som driver den här installationen av Trappan.',
    email: 'E-post',
    noEmail: 'Installationen har inte angett någon e-postadress. Kontakta den via dess administratör.',
    networkHeading: 'Frågor om ett nätverk',
    network: 'Frågor om ett visst nätverks arbete besvaras av nätverket självt. Nätverkets sida i registret visar vem som arrangerar det.',
    registryLink: 'Till registret',
    otherHeading: 'Personuppgifter och tillgänglighet',
    privacyLink: 'Hur Trappan hanterar personuppgifter',
    accessibilityLink: 'Tillgänglighetsredogörelsen och hur du rapporterar brister',
  },
  legalContact: {
    heading: 'Kontakt',
    withEmail: 'Kontakta den organisation som driver den här installationen av Trappan:',
    withoutEmail: 'Kontakta den organisation som driver den här installationen av Trappan, genom dess administratör.',
  },
};

export type LegalMessages = typeof legalSv;
