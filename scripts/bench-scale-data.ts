// Loads an EU-scale registry into the PostgreSQL database named by DATABASE_URL, for the
// scale benchmark (`npm run bench -- --scale`) and the query plans in
// docs/performance/registry.md: 10,000 networks, 25,000 organisations,
// 300,000 users and 600,000 memberships, on top of the migrated and seeded database.
//   DATABASE_URL=postgresql://... npx tsx scripts/bench-scale-data.ts
//
// Everything is generated inside PostgreSQL with generate_series, in one transaction. The
// row triggers that keep the derived data (search document, counts, counties, activity) would
// run once per row, so they are off during the load and the derived data is computed
// afterwards in a few set-based statements, the same way the triggers define it.
// Names and descriptions come from Swedish word lists, so full-text search finds realistic
// numbers of hits (e.g. "avloppsvatten" in a few percent of the networks). The random
// numbers are seeded: every run builds the same data.
import pg from 'pg';

const SCALE = {
  networks: Number(process.env.SCALE_NETWORKS ?? 10_000),
  organizations: Number(process.env.SCALE_ORGANIZATIONS ?? 25_000),
  users: Number(process.env.SCALE_USERS ?? 300_000),
  memberships: Number(process.env.SCALE_MEMBERSHIPS ?? 600_000),
};

// Organisations are numbered by kind: the public-sector ones first (they are the members,
// arrangers and funders), companies last. Fractions of the organisations.
const KIND_BANDS: Array<[kind: string, upTo: number]> = [
  ['MUNICIPALITY', 0.116],
  ['REGION', 0.128],
  ['STATE_AGENCY', 0.188],
  ['PUBLIC_COMPANY', 0.36],
  ['CENTRAL_PURCHASING_BODY', 0.38],
  ['ACADEMIA', 0.44],
  ['ASSOCIATION', 0.56],
  ['OTHER', 0.6],
  ['COMPANY', 1],
];

const PLACES = [
  'Ale', 'Alingsås', 'Arboga', 'Borås', 'Borlänge', 'Eskilstuna', 'Falun', 'Gävle', 'Göteborg', 'Halmstad',
  'Helsingborg', 'Härnösand', 'Jönköping', 'Kalmar', 'Karlskrona', 'Karlstad', 'Kiruna', 'Kristianstad', 'Kungsbacka',
  'Linköping', 'Luleå', 'Lund', 'Malmö', 'Mora', 'Motala', 'Norrköping', 'Nyköping', 'Örebro', 'Örnsköldsvik',
  'Östersund', 'Piteå', 'Sandviken', 'Skellefteå', 'Skövde', 'Sollentuna', 'Stockholm', 'Sundsvall', 'Södertälje',
  'Trollhättan', 'Uddevalla', 'Umeå', 'Uppsala', 'Varberg', 'Visby', 'Västerås', 'Växjö', 'Ystad', 'Åre', 'Älmhult',
  'Värnamo', 'Vänersborg', 'Lidköping', 'Ludvika', 'Hudiksvall', 'Kramfors', 'Gällivare', 'Tranås', 'Vetlanda',
];
const AGENCY_WORDS = [
  'Trafik', 'Miljö', 'Energi', 'Livsmedels', 'Läkemedels', 'Kultur', 'Skol', 'Vård', 'Bostads', 'Digital',
  'Vatten', 'Skogs', 'Fastighets', 'Transport', 'Arbetsmiljö', 'Folkhälso', 'Konsument', 'Jordbruks',
];
const COMPANY_WORDS = [
  'Energi', 'Bygg', 'Vatten', 'Teknik', 'Miljö', 'Data', 'Fastigheter', 'Logistik', 'Konsult', 'Mekaniska',
  'Skog', 'Städ', 'Belysning', 'Medicinteknik', 'Livsmedel', 'Trafik', 'Solkraft', 'Avfall', 'Textil', 'Möbler',
];
const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Johanna', 'Linnea', 'Fatima',
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Mikael', 'Nils', 'Ahmed', 'Oskar', 'Jonas', 'Mohammed',
];
const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindqvist', 'Berg', 'Holm', 'Ek', 'Lund', 'Ström', 'Hassan',
];
const REGIONS = ['Norr', 'Syd', 'Väst', 'Öst', 'Mitt', 'Skåne', 'Norrland', 'Mälardalen', 'Västkusten', 'Sverige', 'Norden', 'Bergslagen'];
const PREFIXES = ['Beställarnätverket', 'Beställargruppen', 'Nätverket', 'Samverkan', 'Innovationsnätverket', 'Upphandlingsnätverket'];

// Thematic areas: name in Swedish and English, and a phrase of what its networks buy.
const AREAS: Array<[nameSv: string, nameEn: string, phraseSv: string, phraseEn: string]> = [
  ['Avancerad rening av avloppsvatten', 'Advanced wastewater treatment', 'rening av läkemedelsrester i avloppsvatten', 'removal of pharmaceutical residues from wastewater'],
  ['Vatten och avlopp', 'Water and sewerage', 'ledningsnät för dricksvatten och avloppsvatten', 'pipe networks for drinking water and wastewater'],
  ['Dagvatten och klimatanpassning', 'Stormwater and climate adaptation', 'hantering av dagvatten och skyfall', 'stormwater and cloudburst management'],
  ['Energieffektiva skolor', 'Energy-efficient schools', 'energieffektiva skolbyggnader', 'energy-efficient school buildings'],
  ['Energieffektiva lokaler', 'Energy-efficient premises', 'energieffektiv ventilation i lokaler', 'energy-efficient ventilation in premises'],
  ['Energieffektiva bostäder', 'Energy-efficient housing', 'renovering av bostäder med låg energianvändning', 'renovation of housing with low energy use'],
  ['Solenergi', 'Solar energy', 'solceller på offentliga tak', 'solar panels on public roofs'],
  ['Laddinfrastruktur', 'Charging infrastructure', 'laddplatser för elfordon', 'charging points for electric vehicles'],
  ['Fossilfria transporter', 'Fossil-free transport', 'fossilfria fordon och arbetsmaskiner', 'fossil-free vehicles and work machines'],
  ['Kollektivtrafik', 'Public transport', 'elektrifierade bussar i kollektivtrafiken', 'electric buses in public transport'],
  ['Gatubelysning', 'Street lighting', 'smart gatubelysning med LED', 'smart LED street lighting'],
  ['Hållbara livsmedel', 'Sustainable food', 'ekologiska livsmedel till skolmåltider', 'organic food for school meals'],
  ['Välfärdsteknik', 'Welfare technology', 'digitala trygghetslarm i hemtjänsten', 'digital safety alarms in home care'],
  ['Digitala tjänster', 'Digital services', 'digitala tjänster för medborgare', 'digital services for citizens'],
  ['Medicinteknik', 'Medical technology', 'medicinteknisk utrustning i vården', 'medical devices in healthcare'],
  ['Hälsa och vård', 'Health and care', 'nära vård och hemsjukvård', 'local care and home healthcare'],
  ['Cirkulära möbler', 'Circular furniture', 'återbrukade möbler och inredning', 'reused furniture and fittings'],
  ['Textilier', 'Textiles', 'hållbara textilier och arbetskläder', 'sustainable textiles and workwear'],
  ['Byggmaterial', 'Building materials', 'klimatförbättrad betong och trä i byggande', 'low-carbon concrete and timber in construction'],
  ['Konstgräs och idrottsplatser', 'Artificial turf and sports grounds', 'konstgräsplaner utan mikroplaster', 'artificial turf pitches without microplastics'],
  ['Avfall och återvinning', 'Waste and recycling', 'insamling och återvinning av avfall', 'waste collection and recycling'],
  ['Förorenad mark', 'Contaminated land', 'sanering av förorenad mark och vatten', 'remediation of contaminated land and water'],
  ['Räddningstjänst', 'Rescue services', 'fordon och utrustning för räddningstjänsten', 'vehicles and equipment for the rescue services'],
  ['IT-utrustning', 'IT equipment', 'hållbar IT-utrustning med lång livslängd', 'sustainable IT equipment with a long life'],
  ['Fastighetsförvaltning', 'Property management', 'drift och underhåll av offentliga fastigheter', 'operation and maintenance of public buildings'],
  ['Städtjänster', 'Cleaning services', 'städtjänster med miljömärkta produkter', 'cleaning services with eco-labelled products'],
  ['Fjärrvärme och biogas', 'District heating and biogas', 'biogas från matavfall och avloppsslam', 'biogas from food waste and sewage sludge'],
  ['Grönytor och parker', 'Green spaces and parks', 'skötsel av parker och grönytor', 'maintenance of parks and green spaces'],
  ['Skolans digitalisering', 'Digital schools', 'digitala läromedel i skolan', 'digital learning materials in schools'],
  ['Äldreomsorg', 'Elderly care', 'hjälpmedel i äldreomsorgen', 'assistive devices in elderly care'],
];
const SENTENCES_SV = [
  'Medlemmarna delar behovsanalyser och formulerar gemensamma funktionskrav.',
  'Nätverket för dialog med leverantörer innan upphandlingen annonseras.',
  'Arbetet följer innovationstrappan från förstudie till införande.',
  'Erfarenheter från tester i verklig miljö sprids till andra kommuner och regioner.',
  'Flera medlemmar planerar en samordnad upphandling med ett gemensamt ramavtal.',
  'Nätverket har genomfört en innovationstävling och följer upp vinnarnas lösningar.',
  'Kunskap om vatten, dagvatten och klimatanpassning delas mellan medlemmarna.',
  'Beställarna samlar köpkraft för att skapa en marknad för nya lösningar.',
  'En referensgrupp med experter stödjer nätverkets prioriteringar.',
  'Resultaten redovisas i en öppen vägledning för offentliga beställare.',
];
const SENTENCES_EN = [
  'The members share needs analyses and draft common functional requirements.',
  'The network talks to suppliers before the procurement is advertised.',
  'The work follows the innovation ladder from pre-study to implementation.',
  'Experience from real-world tests is shared with other municipalities and regions.',
  'Several members are planning a coordinated procurement with a joint framework agreement.',
  "The network has held an innovation competition and follows up the winners' solutions.",
  'Knowledge of water, stormwater and climate adaptation is shared between the members.',
  'The buyers pool purchasing power to create a market for new solutions.',
  'A reference group of experts supports the priorities of the network.',
  'The results are published as open guidance for public buyers.',
];
const COUNTY_CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];
// The 2019 networks' funders (seeded by prepare-db) fund some scale networks too, so a funder
// filter has hits in both data sets.
/** The large network's slug, which the benchmark's dashboard row reads (scripts/bench.mjs). */
const LARGE_NETWORK_SLUG = 'skalnatverket';
// In the order a need moves (the archived ones went all the way first).
const NEED_STATUSES = ['PROPOSED', 'PRIORITISED', 'MARKET_TESTED', 'IN_PREPARATION', 'IN_PROCUREMENT', 'HANDED_OVER', 'IMPLEMENTED', 'ARCHIVED'];
const SEED_FUNDERS = ['energimyndigheten', 'naturvardsverket', 'vinnova', 'msb'];

// Slug from a name, the same rule as the registry_search migration uses.
const slugSql = (expr: string) =>
  `trim(BOTH '-' FROM regexp_replace(lower(translate(${expr}, 'åäöÅÄÖéÉüÜ', 'aaoaaoeeuu')), '[^a-z0-9]+', '-', 'g'))`;
// A random element of a text[] parameter.
const pick = (param: string) => `(${param}::text[])[1 + floor(random() * cardinality(${param}::text[]))::int]`;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('Set DATABASE_URL to the PostgreSQL database to fill (after `npm run db:seed` on it).');
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const result = await client.query(sql, params);
    console.log(`  ${label}: ${result.rowCount ?? 0} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };

  try {
    const { rows: existing } = await client.query(`SELECT count(*)::int AS n FROM "Network" WHERE id LIKE 'scale-%'`);
    if (existing[0].n > 0) {
      console.log(`The scale data is already loaded (${existing[0].n} networks); nothing to do.`);
      return;
    }
    const { rows: seeded } = await client.query(`SELECT count(*)::int AS n FROM "Network"`);
    if (seeded[0].n === 0) throw new Error('The database has no registry yet: run `npx tsx scripts/prepare-db.ts` on it first.');

    console.log(
      `Loading ${SCALE.networks} networks, ${SCALE.organizations} organisations, ${SCALE.users} users and ${SCALE.memberships} memberships …`,
    );
    await client.query('BEGIN');
    await client.query(`SELECT setseed(0.2019)`);
    // Off: the row triggers (and foreign-key checks, which are triggers too); the rows below
    // are consistent by construction. Needs a superuser; otherwise the table owner's
    // ALTER TABLE … DISABLE TRIGGER USER does the same for the row triggers.
    const tables = ['Network', 'NetworkFunder', 'Membership', 'Organization', 'ThematicArea', 'FundingPeriod', 'Meeting', 'MeetingAttendance', 'Need', 'NeedTransition'];
    let replica = true;
    try {
      await client.query(`SAVEPOINT replica`);
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      replica = false;
      await client.query(`ROLLBACK TO SAVEPOINT replica`);
      for (const table of tables) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    }

    const n = SCALE.organizations;
    const band = (fraction: number) => Math.round(fraction * n);
    const kindCase = KIND_BANDS.map(([kind, upTo]) => `WHEN i <= ${band(upTo)} THEN '${kind}'`).join(' ');
    const publicOrgs = band(0.6); // organisations 1..publicOrgs are public-sector bodies and associations
    const agencyFirst = band(0.128) + 1;

    await step(
      'thematic areas',
      `INSERT INTO "ThematicArea" (id, slug, "nameSv", "nameEn")
       SELECT 'scale-area-' || i, ${slugSql('a[1]')}, a[1], a[2]
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(j, i)
        CROSS JOIN LATERAL (SELECT ARRAY[j->>0, j->>1]) AS x(a)
       ON CONFLICT (slug) DO NOTHING`,
      [JSON.stringify(AREAS)],
    );

    await step(
      'organisations',
      `INSERT INTO "Organization" (id, slug, name, kind, "countyCode", "createdAt", "updatedAt")
       SELECT 'scale-org-' || i, 'scale-org-' || i,
              CASE kind
                WHEN 'MUNICIPALITY' THEN place || ' kommun'
                WHEN 'REGION' THEN 'Region ' || place
                WHEN 'STATE_AGENCY' THEN ${pick('$2')} || 'myndigheten ' || place
                WHEN 'PUBLIC_COMPANY' THEN place || ' ' || ${pick('$3')} || ' AB'
                WHEN 'CENTRAL_PURCHASING_BODY' THEN 'Inköpscentralen ' || place
                WHEN 'ACADEMIA' THEN 'Högskolan i ' || place
                WHEN 'ASSOCIATION' THEN 'Föreningen ' || ${pick('$3')} || ' ' || place
                WHEN 'OTHER' THEN 'Stiftelsen ' || place
                ELSE place || ' ' || ${pick('$3')} || ' AB'
              END || CASE WHEN kind IN ('MUNICIPALITY', 'REGION') THEN '' ELSE ' ' || i END,
              kind::"OrganizationKind",
              CASE WHEN random() < 0.04 THEN NULL ELSE ${pick('$4')} END,
              now() - random() * interval '8 years', now()
         FROM (SELECT i, ${pick('$1')} AS place, CASE ${kindCase} END AS kind
                 FROM generate_series(1, ${n}) AS i) s`,
      [PLACES, AGENCY_WORDS, COMPANY_WORDS, COUNTY_CODES],
    );

    // User i works at organisation ((i - 1) mod organisations) + 1.
    await step(
      'users',
      // Everyone belongs to a confirmed organisation (a check constraint ties the two together).
      `INSERT INTO "User" (id, name, email, "organizationId", affiliation, title, "platformRole", "createdAt", "updatedAt")
       SELECT 'scale-user-' || i, ${pick('$1')} || ' ' || ${pick('$2')}, 'user' || i || '@scale.trappan.test',
              'scale-org-' || ((i - 1) % ${n} + 1), 'CONFIRMED', 'Upphandlare', 'NONE', now() - random() * interval '6 years', now()
         FROM generate_series(1, ${SCALE.users}) AS i`,
      [FIRST_NAMES, LAST_NAMES],
    );

    // translate(): lower() leaves Å, Ä and Ö alone in a database with the C locale.
    await step(
      'networks',
      `INSERT INTO "Network" (id, slug, name, "descriptionSv", "descriptionEn", "areaId", initiator, status, "startYear",
                              "arrangerId", "membershipPolicy", "createdAt", "updatedAt", "lastActivityAt", "publishedAt")
       SELECT 'scale-net-' || i, ${slugSql('name')} || '-' || i, name,
              name || ' samlar offentliga beställare som arbetar med ' || (area->>2) || '. ' || ${pick('$4')} || ' ' || ${pick('$4')},
              'The network brings together public buyers working on ' || (area->>3) || '. ' || ${pick('$5')} || ' ' || ${pick('$5')},
              (SELECT id FROM "ThematicArea" WHERE slug = ${slugSql('area->>0')}),
              (CASE WHEN random() < 0.7 THEN 'AGENCY' ELSE 'BUYER' END)::"NetworkInitiator",
              (CASE WHEN r < 0.6 THEN 'ACTIVE' WHEN r < 0.7 THEN 'FORMING' WHEN r < 0.85 THEN 'DORMANT' ELSE 'CLOSED' END)::"NetworkStatus",
              CASE WHEN random() < 0.05 THEN NULL ELSE 2026 - floor(power(random(), 1.6) * 40)::int END,
              CASE WHEN random() < 0.1 THEN NULL ELSE 'scale-org-' || (1 + floor(random() * ${publicOrgs})::int) END,
              (CASE WHEN random() < 0.2 THEN 'OPEN' WHEN random() < 0.8 THEN 'APPROVAL' ELSE 'INVITATION' END)::"MembershipPolicy",
              -- About one network in fifty is a draft its founders have not published yet.
              created, created, created, CASE WHEN random() < 0.02 THEN NULL ELSE created END
         FROM (SELECT i, random() AS r, now() - random() * interval '10 years' AS created, area,
                      ${pick('$1')} || ' ' || translate(lower(area->>0), 'ÅÄÖ', 'åäö') || ' ' || ${pick('$2')} AS name
                 FROM generate_series(1, ${SCALE.networks}) AS i
                CROSS JOIN LATERAL (SELECT $3::jsonb -> floor(random() * jsonb_array_length($3::jsonb))::int + (i * 0)) AS x(area)) s`,
      [PREFIXES, REGIONS, JSON.stringify(AREAS), SENTENCES_SV, SENTENCES_EN],
    );

    // One to three funders per network: a seed agency or one of 60 scale agencies, or the
    // members' fees; about half with a funding period, some ending in the coming months.
    await step(
      'funders',
      `CREATE TEMPORARY TABLE scale_funder ON COMMIT DROP AS
       WITH funders AS (
         SELECT array_agg(id ORDER BY id) AS ids FROM (
           SELECT id FROM "Organization" WHERE slug = ANY($1::text[])
           UNION ALL SELECT 'scale-org-' || g FROM generate_series(${agencyFirst}, ${agencyFirst + 59}) AS g) f)
       SELECT 'scale-fund-' || i || '-' || k AS id, 'scale-net-' || i AS "networkId",
              CASE WHEN fees THEN NULL ELSE ids[1 + floor(random() * cardinality(ids))::int] END AS "funderOrganizationId",
              (CASE WHEN fees THEN 'MEMBERSHIP_FEES' WHEN random() < 0.5 THEN 'PROJECT' ELSE 'BASE' END)::"FundingKind" AS kind,
              dated, ends, ends - (1 + floor(random() * 4))::int * 365 AS starts
         FROM generate_series(1, ${SCALE.networks}) AS i
        CROSS JOIN funders
        CROSS JOIN LATERAL generate_series(1, 1 + (random() < 0.4)::int + (random() < 0.1)::int + (i * 0)) AS k
        CROSS JOIN LATERAL (SELECT random() < 0.08 + (k * 0) AS fees, random() < 0.5 + (k * 0) AS dated,
                                   (current_date - 1000 + floor(random() * 2200)::int + (k * 0)) AS ends) AS x`,
      [SEED_FUNDERS],
    );
    await step(
      'funder rows',
      `INSERT INTO "NetworkFunder" (id, "networkId", "funderOrganizationId", kind)
       SELECT id, "networkId", "funderOrganizationId", kind FROM scale_funder`,
    );
    // A period's dates live on FundingPeriod: granted until it ends, ended after.
    await step(
      'funding periods',
      `INSERT INTO "FundingPeriod" (id, "funderId", "periodStart", "periodEnd", status, "updatedAt")
       SELECT 'scale-period-' || substr(id, 12), id, starts, ends,
              (CASE WHEN ends >= current_date THEN 'GRANTED' ELSE 'ENDED' END)::"FundingPeriodStatus", now()
         FROM scale_funder WHERE dated`,
    );

    // A person of a public-sector organisation joins a network; popular networks get more
    // members (a skewed choice of network). Most members come from the network's home county,
    // the rest from anywhere, so the county filter is selective the way regional networks
    // make it. About 10% have left or been removed since.
    await step(
      'public organisations by county',
      `CREATE TEMPORARY TABLE scale_public_org ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY coalesce("countyCode", '99'), id)::int AS pos, substr(id, 11)::int AS org,
              coalesce("countyCode", '99') AS county
         FROM "Organization" WHERE id LIKE 'scale-org-%' AND substr(id, 11)::int <= ${publicOrgs}`,
    );
    await client.query(`ALTER TABLE scale_public_org ADD PRIMARY KEY (pos)`);
    await client.query(
      `CREATE TEMPORARY TABLE scale_county ON COMMIT DROP AS
       SELECT county, min(pos) AS first, count(*)::int AS cnt FROM scale_public_org GROUP BY county`,
    );
    // When each network last changed: half of the dormant and closed ones more than a year
    // ago (the overview's "no activity in 12 months"), the others within four months.
    await step(
      'network activity',
      `CREATE TEMPORARY TABLE scale_network_activity ON COMMIT DROP AS
       SELECT substr(id, 11)::int AS net,
              now() - CASE WHEN status IN ('DORMANT', 'CLOSED') AND random() < 0.5 THEN interval '1 year' + random() * interval '3 years'
                           ELSE random() * interval '4 months' END AS last_change
         FROM "Network" WHERE id LIKE 'scale-net-%'`,
    );
    await client.query(`ALTER TABLE scale_network_activity ADD PRIMARY KEY (net)`);
    // A person is active in a network at most once (a unique index says so): when the dice
    // give someone a second active membership of the same network, it becomes one they left.
    await step(
      'memberships',
      `INSERT INTO "Membership" (id, "userId", "networkId", "organizationId", role, status, "isListed", "joinedAt", "leftAt")
       SELECT id, "userId", "networkId", "organizationId", role, status::"MembershipStatus", listed, joined,
              CASE WHEN status <> 'ACTIVE' THEN joined + random() * (last_change - joined) END
         FROM (SELECT x.*, CASE WHEN x.s < 0.9 AND row_number() OVER (PARTITION BY "userId", "networkId", x.s < 0.9 ORDER BY x.i) = 1 THEN 'ACTIVE'
                                WHEN x.s < 0.97 THEN 'LEFT' ELSE 'REMOVED' END AS status
                 FROM (SELECT d.i, d.s, 'scale-mem-' || d.i AS id, 'scale-user-' || (p.org + ${n} * d.k) AS "userId",
                              'scale-net-' || d.net AS "networkId", 'scale-org-' || p.org AS "organizationId",
                              (CASE WHEN d.r < 0.02 THEN 'COORDINATOR' WHEN d.r < 0.1 THEN 'STEERING' WHEN d.r < 0.95 THEN 'MEMBER' ELSE 'OBSERVER' END)::"MembershipRole" AS role,
                              random() < 0.2 AS listed, j.joined, h.last_change
                         FROM (SELECT i, 1 + floor(power(random(), 1.8) * ${SCALE.networks})::int AS net,
                                      floor(random() * ${Math.floor(SCALE.users / n)})::int AS k, random() < 0.8 AS is_local, random() AS u,
                                      random() AS r, random() AS s, power(random(), 2) * interval '7 years' AS before_last
                                 FROM generate_series(1, ${SCALE.memberships}) AS i) d
                         JOIN scale_network_activity h ON h.net = d.net
                        CROSS JOIN LATERAL (SELECT h.last_change - d.before_last AS joined) j
                         LEFT JOIN scale_county c ON d.is_local AND c.county = ($1::text[])[1 + d.net % cardinality($1::text[])]
                         JOIN scale_public_org p
                           ON p.pos = CASE WHEN c.county IS NULL THEN 1 + floor(d.u * ${publicOrgs})::int ELSE c.first + floor(d.u * c.cnt)::int END) x) y`,
      [COUNTY_CODES],
    );

    // The speed issue's large network, for the benchmark's dashboard row (docs/decisions/0024):
    // the scale network whose active members come closest to 300 gets a slug of its own, 80
    // meetings over four years with 25 of its members at each, and 150 needs spread over every
    // status and step, each with its moves up to where it stands. (Decisions are left out:
    // the dashboard reads none.)
    const { rows: large } = await step(
      'large network',
      `UPDATE "Network" SET slug = '${LARGE_NETWORK_SLUG}', name = 'Skalnätverket'
        WHERE id = (SELECT "networkId" FROM "Membership" WHERE id LIKE 'scale-%' AND status = 'ACTIVE'
                     GROUP BY "networkId" ORDER BY abs(count(*) - 300), "networkId" LIMIT 1)
        RETURNING id, (SELECT count(*)::int FROM "Membership" m WHERE m."networkId" = "Network".id AND m.status = 'ACTIVE') AS members`,
    );
    const largeId = large[0].id as string;
    console.log(`  large network: ${large[0].members} active members`);
    await step(
      'large network: meetings',
      `INSERT INTO "Meeting" (id, "networkId", title, "startsAt", "endsAt", format, place, "onlineUrl", "isPublic", "updatedAt")
       SELECT 'scale-meeting-' || i, $1, 'Nätverksmöte ' || i, now() - i * interval '18 days', now() - i * interval '18 days' + interval '4 hours',
              (CASE WHEN i % 4 = 0 THEN 'DIGITAL' ELSE 'PHYSICAL' END)::"MeetingFormat",
              CASE WHEN i % 4 = 0 THEN NULL ELSE 'Stockholm' END, CASE WHEN i % 4 = 0 THEN 'https://meet.example.se/skal-' || i END, i % 5 <> 0, now()
         FROM generate_series(1, 80) AS i`,
      [largeId],
    );
    await step(
      'large network: attendance',
      `INSERT INTO "MeetingAttendance" (id, "meetingId", "userId", role, "hasVote", "arrivedAt")
       SELECT 'scale-att-' || g.i || '-' || x.rn, 'scale-meeting-' || g.i, x."userId", x.role, x.role <> 'OBSERVER', now() - g.i * interval '18 days'
         FROM generate_series(1, 80) AS g(i)
        CROSS JOIN LATERAL (SELECT "userId", role, row_number() OVER () AS rn FROM "Membership"
                             WHERE "networkId" = $1 AND status = 'ACTIVE' AND g.i > 0 ORDER BY random() LIMIT 25) x`,
      [largeId],
    );
    await step(
      'large network: needs',
      `INSERT INTO "Need" (id, "networkId", title, problem, "areaId", status, "ladderStep", "isPublic", "createdAt", "updatedAt")
       SELECT 'scale-need-' || i, n.id, 'Behov ' || i, 'Ett behov i skaldata.', n."areaId", (($2::text[])[1 + i % 8])::"NeedStatus",
              (($3::text[])[1 + i % 3])::"LadderStep", i % 2 = 0, now() - i * interval '9 days', now()
         FROM generate_series(1, 150) AS i, "Network" n WHERE n.id = $1`,
      [largeId, NEED_STATUSES, ['INITIATE', 'INTRODUCE', 'IMPLEMENT']],
    );
    await step(
      'large network: need moves',
      `INSERT INTO "NeedTransition" (id, "needId", "fromStatus", "toStatus", reason, "createdAt")
       SELECT 'scale-move-' || i || '-' || k, 'scale-need-' || i, (($1::text[])[k - 1])::"NeedStatus", (($1::text[])[k])::"NeedStatus", '.',
              now() - i * interval '9 days' + k * interval '20 days'
         FROM generate_series(1, 150) AS i CROSS JOIN LATERAL generate_series(1, 1 + i % 8) AS k`,
      [NEED_STATUSES],
    );

    // Statistics for the rows just loaded: without them the planner took the networks for a
    // handful and joined the member counts row by row, and the update below ran for more than
    // fifteen minutes instead of seconds.
    await step('statistics before the derived data', 'ANALYZE "Network", "Membership", "NetworkFunder", "Organization"');
    // The derived data, as the triggers of migration 20261126010000_registry_search define it.
    await step(
      'search documents, member counts and activity',
      `UPDATE "Network" n SET
              "searchVector" = trappan_network_search_vector(n.id, n.name, n."descriptionSv", n."descriptionEn", n."areaId", n."arrangerId"),
              "memberCount" = coalesce(c.members, 0), "memberOrganizationCount" = coalesce(c.organizations, 0),
              "lastActivityAt" = coalesce(c.last_change, n."createdAt"),
              "createdAt" = LEAST(n."createdAt", c.first_join), "updatedAt" = LEAST(n."createdAt", c.first_join)
         FROM "Network" x
         LEFT JOIN (SELECT "networkId", count(*) FILTER (WHERE status = 'ACTIVE') AS members,
                           count(DISTINCT "organizationId") FILTER (WHERE status = 'ACTIVE') AS organizations,
                           max(GREATEST("joinedAt", coalesce("leftAt", "joinedAt"))) AS last_change, min("joinedAt") AS first_join
                      FROM "Membership" WHERE id LIKE 'scale-%' GROUP BY "networkId") c ON c."networkId" = x.id
        WHERE n.id = x.id AND x.id LIKE 'scale-%'`,
    );
    await step(
      'network counties',
      `INSERT INTO "NetworkCounty" ("networkId", "countyCode")
       SELECT DISTINCT m."networkId", o."countyCode"
         FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
        WHERE m.id LIKE 'scale-%' AND m.status = 'ACTIVE' AND o."countyCode" IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );

    if (!replica) for (const table of tables) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    // The update above left a second version of every network row: compact the table, then
    // vacuum (visibility maps for index-only scans) and gather statistics for the planner.
    await step('compact networks', 'VACUUM (FULL) "Network"');
    await step('vacuum and analyze', 'VACUUM (ANALYZE)');
    // A concurrent snapshot (autovacuum's ANALYZE, say) can keep VACUUM from marking the new
    // pages all-visible; without that, index-only scans still visit the table.
    for (let attempt = 0; attempt < 5; attempt++) {
      const { rows } = await client.query(
        `SELECT coalesce(min(relallvisible::float / greatest(relpages, 1)), 1) AS visible
           FROM pg_class WHERE relname IN ('Membership', 'NetworkCounty', 'NetworkFunder', 'Network', 'Organization')`,
      );
      if (rows[0].visible >= 0.95) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await step('vacuum again', 'VACUUM');
    }
    const { rows: totals } = await client.query(
      `SELECT (SELECT count(*) FROM "Network")::int AS networks, (SELECT count(*) FROM "Organization")::int AS organizations,
              (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Membership")::int AS memberships`,
    );
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${totals[0].networks} networks, ${totals[0].organizations} organisations, ` +
        `${totals[0].users} users, ${totals[0].memberships} memberships.`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
