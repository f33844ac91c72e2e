// The ten buyer networks Upphandlingsmyndigheten identified in 2019 (rapport 2019:3, table 1
// on p. 36 and sections 8.2-8.4 on p. 37-40), as seed data. Every text restates the report;
// page numbers refer to it. Nothing here goes beyond what the report says.
import {
  FundingKind,
  MembershipPolicy,
  NetworkInitiator,
  NetworkStatus,
  OrganizationKind,
} from '@/generated/prisma/enums';

export type SeedOrganization = {
  key: string;
  name: string;
  kind: OrganizationKind;
  organizationNumber?: string;
  countyCode?: string;
  scbCode?: string;
};

export type SeedFact = { textSv: string; textEn: string; sourcePage: number | null };

export type SeedNetwork = {
  slug: string;
  name: string;
  descriptionSv: string;
  descriptionEn: string;
  area: { slug: string; nameSv: string; nameEn: string };
  initiator: NetworkInitiator;
  status: NetworkStatus;
  startYear: number | null;
  arrangerKey: string;
  funders: Array<{ organizationKey: string | null; kind: FundingKind }>;
  membershipPolicy: MembershipPolicy;
  facts: SeedFact[];
};

export const SOURCE_REPORT = 'Upphandlingsmyndigheten, rapport 2019:3';

/**
 * The last time anything is known of the report's networks before Trappan: the report's
 * publication, March 2019 (p. 2). Their latest activity starts there, and only activity
 * recorded in Trappan (members joining, meetings held, decisions, needs moved) moves it on,
 * so a network nobody has used sorts as quiet rather than as active on the day of seeding.
 */
export const REPORT_PUBLISHED = new Date('2019-03-01T09:00:00Z');

// Organisation numbers are only given where the number is known to be the organisation's own
// and its check digit passes; county codes only where the seat is certain.
export const organizations: SeedOrganization[] = [
  {
    key: 'upphandlingsmyndigheten',
    name: 'Upphandlingsmyndigheten',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-6552',
    countyCode: '01',
  },
  {
    key: 'energimyndigheten',
    name: 'Energimyndigheten',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-5000',
    countyCode: '04',
  },
  {
    key: 'naturvardsverket',
    name: 'Naturvårdsverket',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-1975',
    countyCode: '01',
  },
  {
    key: 'vinnova',
    name: 'Vinnova',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-5521',
    countyCode: '01',
  },
  {
    key: 'sgu',
    name: 'Sveriges geologiska undersökning',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-2254',
    countyCode: '03',
  },
  {
    key: 'msb',
    name: 'Myndigheten för samhällsskydd och beredskap',
    kind: OrganizationKind.STATE_AGENCY,
    organizationNumber: '202100-5984',
    countyCode: '17',
  },
  {
    key: 'skl',
    name: 'Sveriges Kommuner och Landsting',
    kind: OrganizationKind.ASSOCIATION,
    organizationNumber: '222000-0315',
    countyCode: '01',
  },
  {
    key: 'skl-kommentus',
    name: 'SKL Kommentus',
    kind: OrganizationKind.CENTRAL_PURCHASING_BODY,
    countyCode: '01',
  },
  {
    // Table 1 names the arranger of BeBo "Byggherrarna/WSP" and of Belok "Byggherrarna/CIT":
    // Byggherrarna is the arranging organisation, WSP and CIT are named in the descriptions.
    key: 'byggherrarna',
    name: 'Byggherrarna',
    kind: OrganizationKind.ASSOCIATION,
  },
  {
    // Named "Stockholm Vatten" in the report; the company's name since 2017.
    key: 'stockholm-vatten-och-avfall',
    name: 'Stockholm Vatten och Avfall',
    kind: OrganizationKind.PUBLIC_COMPANY,
    countyCode: '01',
  },
  {
    key: 'svenskt-vatten',
    name: 'Svenskt Vatten',
    kind: OrganizationKind.ASSOCIATION,
    countyCode: '01',
  },
  {
    key: 'sveriges-kultur-och-fritidschefsforening',
    name: 'Sveriges kultur- och fritidschefsförening',
    kind: OrganizationKind.ASSOCIATION,
  },
  {
    key: 'winguard',
    name: 'WinGuard',
    kind: OrganizationKind.COMPANY,
  },
];

// Funding kinds, only where the report gives them: Naturvårdsverket funds its networks with
// project funding one year at a time (p. 40), and Vinnova's grants to Välfärdsteknik and
// Digitala tjänster are external grants (p. 39), which are always time-limited (p. 35): both
// PROJECT. Energimyndigheten's networks have relatively permanent funding (p. 54) and some
// agency-initiated networks long-term funding of central functions (p. 35): BASE. Where the
// report names a funder without saying how it funds (SGU for Renare mark och vatten, MSB for
// Räddningstjänst, table 1 on p. 36), no funding row is seeded: the table's fact says it.
export const networks: SeedNetwork[] = [
  {
    slug: 'bebo',
    name: 'BeBo',
    descriptionSv:
      'BeBo är ett beställarnätverk för energieffektiva bostäder som har initierats och ' +
      'finansieras av Energimyndigheten. Nätverket arrangeras av Byggherrarna tillsammans med ' +
      'WSP och arbetar branschinriktat med att hitta tekniska lösningar som ska användas i ' +
      'olika delar av ett system eller en process. Energimyndigheten har bildat strategiska ' +
      'råd med experter, men förbehåller sig rätten att som finansiär besluta om ' +
      'fördjupningsområden.',
    descriptionEn:
      'BeBo is a buyer network for energy-efficient housing, initiated and funded by ' +
      'Energimyndigheten (the Swedish Energy Agency). It is arranged by Byggherrarna together ' +
      'with WSP and works along industry lines to find technical solutions for use in ' +
      'different parts of a system or a process. Energimyndigheten has set up strategic ' +
      'councils of experts but, as funder, reserves the right to decide the focus areas.',
    area: {
      slug: 'energieffektiva-bostader',
      nameSv: 'Energieffektiva bostäder',
      nameEn: 'Energy-efficient housing',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 1989,
    arrangerKey: 'byggherrarna',
    funders: [{ organizationKey: 'energimyndigheten', kind: FundingKind.BASE }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 1989. Arrangör är Byggherrarna/WSP ' +
          'och finansiär är Energimyndigheten.',
        textEn:
          'According to table 1 of the report, the network started in 1989. Its arranger is ' +
          'Byggherrarna/WSP and its funder is Energimyndigheten.',
        sourcePage: 36,
      },
      {
        textSv:
          'Energimyndigheten har i BeBo valt att inte ha en lika stark ledarroll som i A ' +
          'Challenge from Sweden. Nätverket arbetar mer branschinriktat med att hitta tekniska ' +
          'lösningar. Myndigheten har bildat strategiska råd med experter, men förbehåller sig ' +
          'rätten att som finansiär vara övergripande ansvarig för måluppfyllelsen och besluta ' +
          'om fördjupningsområden.',
        textEn:
          'In BeBo, Energimyndigheten has chosen not to take as strong a leading role as in A ' +
          'Challenge from Sweden. The network works more along industry lines to find technical ' +
          'solutions. The agency has set up strategic councils of experts but, as funder, ' +
          'reserves the right to hold overall responsibility for goal achievement and to decide ' +
          'the focus areas.',
        sourcePage: 40,
      },
    ],
  },
  {
    slug: 'belok',
    name: 'Belok',
    descriptionSv:
      'Belok är ett beställarnätverk för energieffektiva lokaler som har initierats och ' +
      'finansieras av Energimyndigheten. Nätverket arrangeras av Byggherrarna tillsammans med ' +
      'CIT och styrs på samma sätt som BeBo: det arbetar branschinriktat med tekniska ' +
      'lösningar, och myndigheten har bildat strategiska råd med experter men förbehåller sig ' +
      'rätten att som finansiär besluta om fördjupningsområden.',
    descriptionEn:
      'Belok is a buyer network for energy-efficient commercial premises, initiated and funded ' +
      'by Energimyndigheten (the Swedish Energy Agency). It is arranged by Byggherrarna ' +
      'together with CIT and governed in the same way as BeBo: the network works along ' +
      'industry lines on technical solutions, and the agency has set up strategic councils of ' +
      'experts but, as funder, reserves the right to decide the focus areas.',
    area: {
      slug: 'energieffektiva-lokaler',
      nameSv: 'Energieffektiva lokaler',
      nameEn: 'Energy-efficient commercial premises',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 2001,
    arrangerKey: 'byggherrarna',
    funders: [{ organizationKey: 'energimyndigheten', kind: FundingKind.BASE }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2001. Arrangör är Byggherrarna/CIT ' +
          'och finansiär är Energimyndigheten.',
        textEn:
          'According to table 1 of the report, the network started in 2001. Its arranger is ' +
          'Byggherrarna/CIT and its funder is Energimyndigheten.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket har samma styrmodell som BeBo: Energimyndigheten har valt att inte ha en ' +
          'lika stark ledarroll som i A Challenge from Sweden, har bildat strategiska råd med ' +
          'experter och förbehåller sig rätten att som finansiär besluta om ' +
          'fördjupningsområden.',
        textEn:
          'The network has the same governance model as BeBo: Energimyndigheten has chosen not ' +
          'to take as strong a leading role as in A Challenge from Sweden, has set up strategic ' +
          'councils of experts and, as funder, reserves the right to decide the focus areas.',
        sourcePage: 40,
      },
    ],
  },
  {
    slug: '4s-ledningsnat',
    name: '4S Ledningsnät',
    descriptionSv:
      '4S Ledningsnät är ett beställarnätverk inom vatten- och avloppsledningsnät som startade ' +
      '2012. Arrangör är Stockholm Vatten och Avfall ' +
      '(i rapporten Stockholm Vatten). Nätverket är det enda av de tio beställarnätverk som ' +
      'Upphandlingsmyndigheten identifierade 2019 som finansieras av medlemsavgifter i stället ' +
      'för av en statlig myndighet.',
    descriptionEn:
      '4S Ledningsnät is a buyer network for water and sewer pipe networks that started in ' +
      '2012. Its arranger is Stockholm Vatten och Avfall ' +
      '(called Stockholm Vatten in the report). Of the ten buyer networks that ' +
      'Upphandlingsmyndigheten identified in 2019, it is the only one financed by membership ' +
      'fees rather than by a state agency.',
    area: {
      slug: 'vatten-och-avloppsledningsnat',
      nameSv: 'Vatten- och avloppsledningsnät',
      nameEn: 'Water and sewer pipe networks',
    },
    // The report does not say who started 4S; a buyer arranges it and its members pay for it
    // (table 1, p. 36), so the registry counts it as buyer-initiated without saying so in words.
    initiator: NetworkInitiator.BUYER,
    status: NetworkStatus.ACTIVE,
    startYear: 2012,
    arrangerKey: 'stockholm-vatten-och-avfall',
    funders: [{ organizationKey: null, kind: FundingKind.MEMBERSHIP_FEES }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2012. Arrangör är Stockholm Vatten och ' +
          'nätverket finansieras av medlemsavgifter.',
        textEn:
          'According to table 1 of the report, the network started in 2012. Its arranger is ' +
          'Stockholm Vatten and it is financed by membership fees.',
        sourcePage: 36,
      },
      {
        textSv:
          'De allra flesta beställarnätverk finansieras av statliga myndigheter, men 4S ' +
          'Ledningsnät är det enda som finansieras av medlemsavgifter.',
        textEn:
          'Almost all buyer networks are funded by state agencies, but 4S Ledningsnät is the ' +
          'only one financed by membership fees.',
        sourcePage: 36,
      },
    ],
  },
  {
    slug: 'valfardsteknik',
    name: 'Välfärdsteknik',
    descriptionSv:
      'Beställarnätverket för välfärdsteknik är ett beställarinitierat nätverk där kommuner ' +
      'samverkar kring gemensamma behov inom välfärdsteknik. Sveriges Kommuner och Landsting ' +
      '(SKL) är arrangör och Vinnova finansiär, medan kommunerna bidrar med sina ' +
      'representanters arbetstid. Nätverket är en liten och effektiv grupp utan ' +
      'tydlig styrande struktur: deltagarna beslutar tillsammans med projektledningen om syfte ' +
      'och inriktning.',
    descriptionEn:
      'The buyer network for welfare technology is a buyer-initiated network in which ' +
      'municipalities work together on shared needs in welfare technology. Sveriges Kommuner ' +
      'och Landsting (SKL, the Swedish Association of Local Authorities and Regions) is the ' +
      "arranger and Vinnova (Sweden's innovation agency) its funder, while the municipalities " +
      "contribute their representatives' working time. The network is a " +
      'small, effective group without a clear steering structure: the participants decide its ' +
      'purpose and direction together with the project management.',
    area: {
      slug: 'valfardsteknik',
      nameSv: 'Välfärdsteknik',
      nameEn: 'Welfare technology',
    },
    initiator: NetworkInitiator.BUYER,
    status: NetworkStatus.ACTIVE,
    startYear: 2016,
    arrangerKey: 'skl',
    funders: [{ organizationKey: 'vinnova', kind: FundingKind.PROJECT }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2016. Arrangör är SKL och finansiär är ' +
          'Vinnova.',
        textEn:
          'According to table 1 of the report, the network started in 2016. Its arranger is SKL ' +
          'and its funder is Vinnova.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket har tagit fram vägledningen ”Upphandling av trygghetsskapande teknik”. Den ' +
          'behandlar terminologi, allmän upphandlingskunskap för beställare, betydelsen av ' +
          'funktionskrav samt hur prövning, utvärdering och avtalsuppföljning kan ske vid ' +
          'upphandling.',
        textEn:
          'The network has produced the guidance “Upphandling av trygghetsskapande teknik” ' +
          '(procurement of safety and security technology). It covers terminology, general ' +
          'procurement knowledge for buyers, the importance of functional requirements, and how ' +
          'assessment, evaluation and contract follow-up can be done in procurement.',
        sourcePage: 37,
      },
      {
        textSv:
          'Nätverket har kartlagt 20 större behovsområden och prioriterat dem inför en gemensam ' +
          'innovationsupphandling. Fyra av behovsområdena testades mot marknaden.',
        textEn:
          'The network has mapped 20 larger need areas and prioritised them ahead of a joint ' +
          'innovation procurement. Four of the need areas were tested against the market.',
        sourcePage: 37,
      },
      {
        textSv:
          'För behovsområdet ”Känsla av sammanhang”, som påverkar upplevelsen av livskvalitet, ' +
          'finns ingen given lösning på marknaden. Åtta kommuner i nätverket genomför en ' +
          'förstudie, som beställarna själva finansierar, för att kartlägga förutsättningarna ' +
          'för att annonsera en innovationsupphandling med förfarandet inrättande av ' +
          'innovationspartnerskap.',
        textEn:
          'For the need area “Känsla av sammanhang” (sense of coherence), which affects the ' +
          'experienced quality of life, there is no given solution on the market. Eight ' +
          'municipalities in the network are running a pre-study, financed by the buyers ' +
          'themselves, to map the conditions for advertising an innovation procurement using ' +
          'the innovation partnership procedure.',
        sourcePage: 37,
      },
      {
        textSv:
          'Nätverket är en liten, effektiv grupp som är både strategisk och taktisk. Det har ' +
          'ingen tydlig styrande struktur, utan deltagarna definierar tillsammans med ' +
          'projektledningen syfte och inriktning och fattar besluten.',
        textEn:
          'The network is a small, effective group that is both strategic and tactical. It has ' +
          'no clear steering structure: the participants, together with the project management, ' +
          'define its purpose and direction and take the decisions.',
        sourcePage: 39,
      },
      {
        textSv:
          'Kommunerna bidrar med nätverksmedlemmarnas arbetstid, medan nätverkets ' +
          'ledningsfunktion finansieras av en extern organisation. Nätverket är inne i en ny ' +
          'ansökningsprocess hos Vinnova, och när rapporten skrevs var det oklart om ' +
          'finansieringen skulle fortsätta.',
        textEn:
          "The municipalities contribute their network members' working time, while the " +
          "network's management function is financed by an external organisation. The network " +
          'is in a new application process at Vinnova, and when the report was written it was ' +
          'unclear whether its funding would continue.',
        sourcePage: 39,
      },
    ],
  },
  {
    slug: 'konstgras',
    name: 'Konstgräs',
    descriptionSv:
      'Beställarnätverket för konstgräs arbetar för att utbyggnaden av konstgräsplaner i ' +
      'Sveriges kommuner ska bli hållbar, eftersom mikroplaster hotar miljön. Nätverket ' +
      'arrangeras av Sveriges kultur- och fritidschefsförening, och i det ingår också ett ' +
      'flertal kommuner, Sveriges Kommuner och Landsting (SKL) samt Svenska Fotbollförbundet. ' +
      'Naturvårdsverket ' +
      'finansierar nätverket med projektmedel ett år i taget och följer arbetet som observatör ' +
      'vid nätverksmötena.',
    descriptionEn:
      'The buyer network for artificial turf works to make the expansion of artificial turf ' +
      'pitches in Swedish municipalities sustainable, since microplastics threaten the ' +
      'environment. It is arranged by Sveriges kultur- och fritidschefsförening (the ' +
      'association of culture and leisure directors), and its members also include several ' +
      'municipalities, Sveriges Kommuner och Landsting (SKL) and the Swedish Football ' +
      'Association. Naturvårdsverket (the ' +
      'Swedish Environmental Protection Agency) funds the network with project funding one year ' +
      'at a time and follows its work as an observer at network meetings.',
    area: {
      slug: 'hallbara-konstgrasplaner',
      nameSv: 'Hållbara konstgräsplaner',
      nameEn: 'Sustainable artificial turf pitches',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 2017,
    arrangerKey: 'sveriges-kultur-och-fritidschefsforening',
    funders: [{ organizationKey: 'naturvardsverket', kind: FundingKind.PROJECT }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2017. Arrangör är Sveriges kultur- och ' +
          'fritidschefsförening och finansiär är Naturvårdsverket.',
        textEn:
          'According to table 1 of the report, the network started in 2017. Its arranger is ' +
          'Sveriges kultur- och fritidschefsförening and its funder is Naturvårdsverket.',
        sourcePage: 36,
      },
      {
        textSv:
          'I nätverket ingår Sveriges kultur- och fritidschefsförening, ett flertal kommuner, ' +
          'Sveriges Kommuner och Landsting samt Svenska Fotbollförbundet.',
        textEn:
          'The network consists of Sveriges kultur- och fritidschefsförening (the association ' +
          'of culture and leisure directors), several municipalities, Sveriges Kommuner och ' +
          'Landsting and the Swedish Football Association.',
        sourcePage: 37,
      },
      {
        textSv:
          'Nätverket har genomfört projektet ”Hållbara konstgräsplaner”, delfinansierat av ' +
          'Vinnova, för att identifiera lovande och mer miljövänliga alternativ till plast- och ' +
          'gummiprodukter i konstgräs. Två alternativ undersöks och testas i nästa steg.',
        textEn:
          'The network has carried out the project “Hållbara konstgräsplaner” (sustainable ' +
          'artificial turf pitches), co-financed by Vinnova, to identify promising and more ' +
          'environmentally friendly alternatives to plastic and rubber products in artificial ' +
          'turf. Two alternatives are being examined and tested in the next step.',
        sourcePage: 37,
      },
      {
        textSv:
          'Nätverket diskuterar att genomföra en idétävling om nya system för hållbara ' +
          'fotbollsplaner och formulerar upphandlingskriterier i form av miljökrav för konstgräs.',
        textEn:
          'The network is discussing holding an idea competition on new systems for sustainable ' +
          'football pitches and is drafting procurement criteria in the form of environmental ' +
          'requirements for artificial turf.',
        sourcePage: 37,
      },
      {
        textSv:
          'För att påskynda upphandlingsarbetet driver SKL en särskild beställargrupp för ' +
          'konstgräs. Beställargruppens behovs- och marknadsanalys har lämnats över till SKL ' +
          'Kommentus inköpscentral inför en eventuell gemensam upphandling och ett nationellt ' +
          'ramavtal, medan utvecklingsarbetet fortsätter i nätverket.',
        textEn:
          'To speed up the procurement work, SKL runs a dedicated buyer group for artificial ' +
          "turf. The buyer group's need and market analysis has been handed over to the central " +
          'purchasing body SKL Kommentus ahead of a possible joint procurement and a national ' +
          'framework agreement, while development work continues in the network.',
        sourcePage: 37,
      },
      {
        textSv:
          'Naturvårdsverkets beställarnätverk har kortsiktig projektfinansiering, ett år i ' +
          'taget. Myndigheten har en mer passiv roll i styrningen och följer utvecklingen bland ' +
          'annat genom att vara närvarande på nätverksmötena som observatör.',
        textEn:
          "Naturvårdsverket's buyer networks have short-term project funding, one year at a " +
          'time. The agency takes a more passive role in steering and follows developments, ' +
          'among other things by attending network meetings as an observer.',
        sourcePage: 40,
      },
    ],
  },
  {
    slug: 'a-challenge-from-sweden',
    name: 'A Challenge from Sweden',
    descriptionSv:
      'A Challenge from Sweden är Energimyndighetens beställarnätverk för energi och hållbar ' +
      'mobilitet, och myndigheten är både arrangör och finansiär. Nätverket kan liknas vid ett ' +
      'internt program inom myndigheten, som tillsätter styrgrupper för de olika projekten och ' +
      'ger tydliga direktiv för hur de ska hanteras. Satsningarna är långsiktiga och siktar på ' +
      'att möta stora globala hållbarhetsutmaningar med lösningar på systemnivå. Nätverket har ' +
      'bland annat genomfört innovationstävlingarna Sustainable Mobility Challenge och ' +
      'Intelligent Energy Management.',
    descriptionEn:
      'A Challenge from Sweden is the buyer network of Energimyndigheten (the Swedish Energy ' +
      'Agency) for energy and sustainable mobility; the agency is both its arranger and its ' +
      'funder. The network can be likened to an internal programme of the agency, which ' +
      'appoints steering groups for the different projects and gives clear directives on how ' +
      'they are to be handled. Its efforts are long-term and aim to meet major global ' +
      'sustainability challenges with system-level solutions. Among other things, the network ' +
      'has run the innovation competitions Sustainable Mobility Challenge and Intelligent ' +
      'Energy Management.',
    area: {
      slug: 'energi-och-hallbar-mobilitet',
      nameSv: 'Energi och hållbar mobilitet',
      nameEn: 'Energy and sustainable mobility',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 2018,
    arrangerKey: 'energimyndigheten',
    funders: [{ organizationKey: 'energimyndigheten', kind: FundingKind.BASE }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2018. Energimyndigheten är både ' +
          'arrangör och finansiär.',
        textEn:
          'According to table 1 of the report, the network started in 2018. Energimyndigheten ' +
          'is both its arranger and its funder.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket publicerade utmaningen Sustainable Mobility Challenge, som efterfrågade ' +
          'enkla, flexibla och hållbara resealternativ som minskar behovet av att äga egen bil, ' +
          'så att Sverige kan nå målet om en fossilfri transportsektor.',
        textEn:
          'The network published the Sustainable Mobility Challenge, asking for simple, flexible ' +
          'and sustainable travel options that reduce the need to own a car, so that Sweden can ' +
          'reach its goal of a fossil-free transport sector.',
        sourcePage: 22,
      },
      {
        textSv: 'På innovationstrappan ligger utmaningen om hållbara resealternativ på nivån initiera.',
        textEn: 'On the innovation ladder, the challenge of sustainable travel options is at the initiate step.',
        sourcePage: 23,
      },
      {
        textSv:
          'Nätverket har genomfört innovationstävlingen Intelligent Energy Management, och delar ' +
          'av resultaten ska tas vidare av beställargruppen för lokala energisystem.',
        textEn:
          'The network has run the innovation competition Intelligent Energy Management, and ' +
          'parts of the results are to be taken further by the buyer group for local energy ' +
          'systems.',
        sourcePage: 38,
      },
      {
        textSv:
          'Nätverket kan liknas vid en enhet eller ett program internt inom Energimyndigheten. ' +
          'Myndigheten driver nätverket aktivt genom att tillsätta styrgrupper för de olika ' +
          'projekten och ge tydliga direktiv för hur de ska hanteras.',
        textEn:
          'The network can be likened to a unit or an internal programme within ' +
          'Energimyndigheten. The agency drives it actively by appointing steering groups for ' +
          'the different projects and giving clear directives on how they are to be handled.',
        sourcePage: 40,
      },
    ],
  },
  {
    // Table 1 names SGU and Naturvårdsverket as funders, while p. 40 says the network has no
    // dedicated funding; both statements are kept as facts, as in the report.
    slug: 'renare-mark-och-vatten',
    name: 'Renare mark och vatten',
    descriptionSv:
      'Renare mark och vatten är ett myndighetsinitierat beställarnätverk för sanering av ' +
      'förorenad mark och vatten. Nätverket har initierats av Naturvårdsverket och styrs och ' +
      'drivs tillsammans med Sveriges geologiska undersökning (SGU), som är arrangör. Både ' +
      'länsstyrelser och kommuner deltar, men nätverket har ingen riktad finansiering: all ' +
      'nedlagd arbetstid bekostas av de organisationer där deltagarna är anställda.',
    descriptionEn:
      'Renare mark och vatten (cleaner soil and water) is an agency-initiated buyer network ' +
      'for the remediation of contaminated land and water. It was initiated by ' +
      'Naturvårdsverket (the Swedish Environmental Protection Agency) and is steered and run ' +
      'together with Sveriges geologiska undersökning (SGU, the Geological Survey of Sweden), ' +
      'its arranger. County administrative boards and municipalities take part, but the ' +
      'network has no dedicated funding: all working time is paid for by the organisations ' +
      'that employ the participants.',
    area: {
      slug: 'sanering-av-fororenad-mark-och-vatten',
      nameSv: 'Sanering av förorenad mark och vatten',
      nameEn: 'Remediation of contaminated land and water',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 2018,
    arrangerKey: 'sgu',
    funders: [
      // Naturvårdsverket funds its networks with project funding (p. 40); for SGU the report
      // gives no kind of funding, and p. 40 says the network has no dedicated funding.
      { organizationKey: 'naturvardsverket', kind: FundingKind.PROJECT },
    ],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2018. Arrangör är SGU och finansiärer ' +
          'är SGU och Naturvårdsverket.',
        textEn:
          'According to table 1 of the report, the network started in 2018. Its arranger is SGU ' +
          'and its funders are SGU and Naturvårdsverket.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket styrs och drivs tillsammans med SGU. Både länsstyrelser och kommuner deltar, ' +
          'men nätverket har ingen riktad finansiering: all nedlagd arbetstid finansieras av de ' +
          'organisationer där deltagarna är anställda.',
        textEn:
          'The network is steered and run together with SGU. Both county administrative boards ' +
          'and municipalities take part, but the network has no dedicated funding: all working ' +
          'time is paid for by the organisations that employ the participants.',
        sourcePage: 40,
      },
    ],
  },
  {
    slug: 'digitala-tjanster-inom-socialtjansten',
    name: 'Digitala tjänster inom socialtjänsten',
    descriptionSv:
      'Nätverket för digitala tjänster inom socialtjänsten är ett beställarinitierat nätverk ' +
      'där kommuner samverkar kring digitala lösningar för socialtjänsten. Sveriges Kommuner ' +
      'och Landsting (SKL) är arrangör, och efter en förstudie som avslutades i slutet av 2018 ' +
      'fick nätverket fortsatt delfinansiering från Vinnova för att starta upp och etablera ' +
      'sig. Totalt har 140 kommuner visat intresse av att delta, och nätverket ska ha en ' +
      'styrgrupp med deltagare i första hand från SKL, men också från SKL Kommentus och Inera.',
    descriptionEn:
      'The network for digital services in social services is a buyer-initiated network in ' +
      'which municipalities work together on digital solutions for social services. Sveriges ' +
      'Kommuner och Landsting (SKL, the Swedish Association of Local Authorities and Regions) ' +
      'is the arranger; after a pre-study completed at the end of 2018, the network received ' +
      "continued part-funding from Vinnova (Sweden's innovation agency) to start up and " +
      'establish itself. In total 140 municipalities have shown interest in taking part, and ' +
      'the network is to have a steering group drawn mainly from SKL, but also from SKL ' +
      'Kommentus and Inera.',
    area: {
      slug: 'digitala-tjanster-inom-socialtjansten',
      nameSv: 'Digitala tjänster inom socialtjänsten',
      nameEn: 'Digital services in social services',
    },
    initiator: NetworkInitiator.BUYER,
    status: NetworkStatus.ACTIVE,
    startYear: 2018,
    arrangerKey: 'skl',
    funders: [{ organizationKey: 'vinnova', kind: FundingKind.PROJECT }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2018. Arrangör är SKL och finansiär är ' +
          'Vinnova.',
        textEn:
          'According to table 1 of the report, the network started in 2018. Its arranger is SKL ' +
          'and its funder is Vinnova.',
        sourcePage: 36,
      },
      {
        textSv:
          'Totalt har 140 kommuner visat intresse av att delta i nätverket, och ett hundratal ' +
          'vill delta i innovationsupphandlingar.',
        textEn:
          'In total 140 municipalities have shown interest in taking part in the network, and ' +
          'about a hundred want to take part in innovation procurements.',
        sourcePage: 39,
      },
      {
        textSv:
          'Nätverket ska ha en styrgrupp med deltagare i första hand från SKL, men också från ' +
          'SKL Kommentus och Inera. Dessutom startas externa arbets- och referensgrupper med ' +
          'leverantörer och med experter från SKL och från myndigheter som Socialstyrelsen, ' +
          'E-hälsomyndigheten, Datainspektionen och Upphandlingsmyndigheten.',
        textEn:
          'The network is to have a steering group drawn mainly from SKL, but also from SKL ' +
          'Kommentus and Inera. External working and reference groups are also being set up ' +
          'with suppliers and with experts from SKL and from agencies such as Socialstyrelsen, ' +
          'E-hälsomyndigheten, Datainspektionen and Upphandlingsmyndigheten.',
        sourcePage: 39,
      },
      {
        textSv:
          'En utmaning för nätverket är att kommunerna har olika behov och att deras pågående ' +
          'avtal löper ut vid olika tidpunkter. En av nätverkets uppgifter blir att skapa ' +
          'förståelse för hur komplext det är att upphandla nya innovativa lösningar och för ' +
          'möjligheten att utveckla i etapper.',
        textEn:
          "A challenge for the network is that the municipalities' needs differ and that their " +
          'current contracts end at different times. One of its tasks will be to build ' +
          'understanding of how complex it is to procure new innovative solutions and of the ' +
          'possibility of developing in stages.',
        sourcePage: 39,
      },
    ],
  },
  {
    slug: 'avancerad-rening-av-avloppsvatten',
    name: 'Avancerad rening av avloppsvatten',
    descriptionSv:
      'Beställarnätverket för avancerad rening av avloppsvatten tar fram ett kunskapsunderlag ' +
      'för att rena avloppsvatten från bland annat läkemedelsrester och mikroplaster. ' +
      'Nätverket är myndighetsinitierat, arrangeras av Svenskt Vatten och finansieras av ' +
      'Naturvårdsverket. Det finns redan lösningar för att rena dricksvatten, men de måste ' +
      'anpassas för avloppsvatten. På innovationstrappan ligger behovet på nivån introducera.',
    descriptionEn:
      'The buyer network for advanced wastewater treatment is building a knowledge base for ' +
      'removing pharmaceutical residues, microplastics and other substances from wastewater. ' +
      'It is agency-initiated, arranged by Svenskt Vatten (the Swedish Water and Wastewater ' +
      'Association) and funded by Naturvårdsverket (the Swedish Environmental Protection ' +
      'Agency). Solutions already exist for purifying drinking water but must be adapted for ' +
      'wastewater. On the innovation ladder, the need is at the introduce step.',
    area: {
      slug: 'avancerad-rening-av-avloppsvatten',
      nameSv: 'Avancerad rening av avloppsvatten',
      nameEn: 'Advanced wastewater treatment',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.ACTIVE,
    startYear: 2018,
    arrangerKey: 'svenskt-vatten',
    funders: [{ organizationKey: 'naturvardsverket', kind: FundingKind.PROJECT }],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 startade nätverket 2018. Arrangör är Svenskt Vatten och ' +
          'finansiär är Naturvårdsverket.',
        textEn:
          'According to table 1 of the report, the network started in 2018. Its arranger is ' +
          'Svenskt Vatten and its funder is Naturvårdsverket.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket arbetar med ett kunskapsunderlag för att rena avloppsvatten från bland ' +
          'annat läkemedelsrester och mikroplaster. Lösningar för att rena dricksvatten finns ' +
          'redan, men de måste anpassas för avloppsvatten.',
        textEn:
          'The network is working on a knowledge base for removing pharmaceutical residues, ' +
          'microplastics and other substances from wastewater. Solutions for purifying drinking ' +
          'water already exist but must be adapted for wastewater.',
        sourcePage: 22,
      },
      {
        textSv: 'På innovationstrappan ligger avancerad rening av avloppsvatten på nivån introducera.',
        textEn: 'On the innovation ladder, advanced wastewater treatment is at the introduce step.',
        sourcePage: 23,
      },
    ],
  },
  {
    slug: 'raddningstjanst',
    name: 'Räddningstjänst',
    descriptionSv:
      'Beställarnätverket för räddningstjänst är myndighetsinitierat och var under uppstart ' +
      'när Upphandlingsmyndigheten lämnade sin rapport 2019. Arrangör är WinGuard och ' +
      'finansiär är Myndigheten för samhällsskydd och beredskap (MSB).',
    descriptionEn:
      'The buyer network for rescue services is agency-initiated and was being set up when ' +
      'Upphandlingsmyndigheten submitted its report in 2019. Its arranger is WinGuard and its ' +
      'funder is Myndigheten för samhällsskydd och beredskap (MSB, the Swedish Civil ' +
      'Contingencies Agency).',
    area: {
      slug: 'raddningstjanst',
      nameSv: 'Räddningstjänst',
      nameEn: 'Rescue services',
    },
    initiator: NetworkInitiator.AGENCY,
    status: NetworkStatus.FORMING,
    startYear: null,
    arrangerKey: 'winguard',
    // Table 1 names MSB as funder but not how it funds: no funding row (see above).
    funders: [],
    membershipPolicy: MembershipPolicy.APPROVAL,
    facts: [
      {
        textSv:
          'Enligt rapportens tabell 1 är nätverket under uppstart, och något startår anges ' +
          'inte. Arrangör är WinGuard och finansiär är MSB.',
        textEn:
          'According to table 1 of the report, the network is being set up, and no start year ' +
          'is given. Its arranger is WinGuard and its funder is MSB.',
        sourcePage: 36,
      },
      {
        textSv:
          'Nätverket var under uppstart 2019 och är ett av de tio beställarnätverk som ' +
          'Upphandlingsmyndigheten identifierade i rapporten.',
        textEn:
          'The network was being set up in 2019 and is one of the ten buyer networks that ' +
          'Upphandlingsmyndigheten identified in the report.',
        sourcePage: 36,
      },
    ],
  },
];
