// Swedish UI text of the open data page: the primary language. English (messages.en.ts) must have the same shape.
export const openDataSv = {
  openData: {
    title: 'Öppna data',
    lead: 'Registret över beställarnätverk är öppna data: ett API för program och en CSV-fil för kalkylprogram. Du får använda uppgifterna fritt, till vad du vill.',
    onThisPage: 'På den här sidan',
    download: {
      heading: 'Ladda ned',
      csv: 'Alla nätverk som CSV-fil',
      csvSemicolon: 'Alla nätverk som CSV-fil för Excel (semikolon)',
      csvHint:
        'Filen är UTF-8 med byte order mark, så att å, ä och ö visas rätt i Excel. Excel med svenska inställningar delar kolumner med semikolon: välj då filen för Excel.',
      json: 'Alla nätverk som JSON',
      openapi: 'API-beskrivningen (OpenAPI 3.1)',
      needs: 'Offentliga behov som OCDS-data (JSON)',
      filtersHint: 'Registrets filter fungerar också här. Lägg till samma parametrar i adressen, till exempel ?status=active för de aktiva nätverken.',
    },
    licence: {
      heading: 'Licens: CC0 1.0',
      summary:
        'Uppgifterna är fria att använda: Trappan avstår från alla rättigheter till dem med Creative Commons CC0 1.0 Universal. Du får kopiera, ändra, sprida och använda dem, även kommersiellt, utan att fråga och utan att ange källa.',
      deedLink: 'Läs CC0 1.0 hos Creative Commons',
      whyHeading: 'Varför CC0 och inte CC BY 4.0',
      why: [
        'Myndigheten för digital förvaltning (DIGG) rekommenderar CC0 för data från offentliga aktörer som inte skyddas av upphovsrätt, och EU:s direktiv om öppna data vill att villkoren för vidareutnyttjande ska vara så få som möjligt.',
        'Uppgifterna är fakta: nätverkens namn, startår, arrangörer och finansiärer ur Upphandlingsmyndighetens rapport 2019:3 och vilka organisationer som är medlemmar. Fakta skyddas inte av upphovsrätt, så ett krav på källangivelse (CC BY) skulle bygga på en rätt som knappt finns.',
        'Med CC0 kan registret slås ihop med andra öppna data, till exempel upphandlingsdata enligt OCDS, utan att källangivelser staplas på varandra.',
      ],
      attribution: 'Vi blir ändå glada om du anger källan, till exempel: ”Trappan, med uppgifter ur Upphandlingsmyndighetens rapport 2019:3”.',
      personalData:
        'CC0 gäller upphovsrätt och databasrätt, inte dataskydd. En del nätverk visar en kontaktperson som själv har valt att synas (namn, roll och organisation). Den som använder namnen vidare ansvarar för att det sker enligt dataskyddsförordningen (GDPR).',
    },
    contents: {
      heading: 'Vad som ingår',
      items: [
        'Nätverken: namn, initiativtagare, status, startår, tematiskt område, arrangör, finansiärer med finansieringsperioder, beskrivning på svenska och engelska, och fakta med källa.',
        'Medlemsorganisationerna i varje nätverk, antalet medlemsorganisationer och antalet medlemmar.',
        'Organisationerna som arrangerar, finansierar eller är med i ett nätverk, med organisationsnummer, län och roller enligt Open Contracting Data Standard (OCDS).',
        'Behoven som nätverken har valt att visa offentligt, som planeringsposter enligt OCDS: problem och önskad effekt, organisationerna bakom, kostnaden för det ouppfyllda behovet, steg på innovationstrappan och status.',
      ],
      notIncludedHeading: 'Vad som inte ingår',
      notIncluded:
        'Personer syns bara om de själva har valt att synas på nätverkets sida, och då bara med namn, roll och organisation. E-postadresser, titlar och det som bara medlemmar ser finns aldrig i öppna data.',
    },
    api: {
      heading: 'API',
      lead: 'Alla adresser börjar med /api/v1. Svaren är JSON, utom CSV-filen, och beskrivs i detalj i OpenAPI-dokumentet.',
      endpoints: {
        networks: 'Nätverken, filtrerade och uppdelade i sidor: { data, nextCursor, total }.',
        network: 'Ett nätverk med beskrivning, fakta med källa, medlemsorganisationer och finansiering. 404 om nätverket inte finns.',
        csv: (cap: string) => `Samma nätverk som CSV, alla sidor på en gång (högst ${cap} rader).`,
        organisations: 'Organisationerna som OCDS-parter med roller och memberOf, nätverken de är med i.',
        openapi: 'Beskrivningen av API:t i OpenAPI 3.1.',
        meetings: 'Nätverkets offentliga möten som kalender (iCalendar) att prenumerera på. Ett flyttat möte får ett högre SEQUENCE, ett inställt står kvar med STATUS:CANCELLED.',
        ocdsExtension: 'Trappans OCDS-tillägg för fälten under trappan, med schemat release-schema.json bredvid.',
        needs: 'Offentliga behov som OCDS-planeringsposter i ett release package, uppdelade i sidor med links.next.',
      },
    },
    parameters: {
      heading: 'Filter och parametrar',
      lead: 'Nätverken filtreras med samma parametrar som registret. Filter kan kombineras; ett nätverk måste uppfylla alla.',
      values: 'Värden',
      freeText: 'fritext',
      slug: 'slug',
      year: 'årtal',
      integer: (max: number) => `1–${max}`,
      rows: {
        q: 'Sökning i namn, beskrivning, område, arrangör och finansiärer, med svensk ordstamning.',
        initiator: 'Initierat av en myndighet eller av beställarna själva.',
        status: 'Nätverkets status.',
        area: 'Tematiskt område (area.slug i svaret).',
        funder: 'Finansiär (funders[].slug i svaret), eller membership-fees för nätverk som finansieras med medlemsavgifter.',
        county: 'Nätverk med en medlemsorganisation i länet (SCB:s länskod).',
        yearFrom: 'Startade det här året eller senare.',
        yearTo: 'Startade det här året eller tidigare.',
        open: 'Bara nätverk som alla får gå med i.',
        sort: 'Ordning: relevans (vid sökning), namn, startår, antal medlemmar eller senaste aktivitet.',
        cursor: 'nextCursor från föregående sida. Behåll övriga parametrar.',
        limit: 'Rader per sida (standard 50).',
        delimiter: 'Bara CSV: tecknet mellan kolumnerna.',
        kind: 'Bara organisationer: organisationens form.',
      },
    },
    examples: {
      heading: 'Exempel',
      listRequest: 'Aktiva nätverk som Naturvårdsverket finansierar:',
      nextPage: 'Nästa sida: skicka nextCursor från svaret som cursor.',
      csvRequest: 'Samma nätverk som CSV-fil för Excel:',
      revalidate: 'Fråga om svaret har ändrats sedan förra gången (svaret blir 304 utan innehåll om inget har ändrats):',
      networkResponse: 'Svar från /api/v1/networks (demodata):',
      organisationResponse: 'En organisation från /api/v1/organisations (demodata):',
      errorResponse: 'Svar på en felaktig parameter (status 400):',
    },
    needs: {
      heading: 'Behov som OCDS-data',
      lead: 'Behov som ett nätverk har gjort offentliga publiceras som planeringsposter (planning releases) enligt Open Contracting Data Standard 1.1, en post per behov, så att de kan läsas ihop med upphandlingsdata. Varje svar är ett release package som följer OCDS-schemat.',
      mapping: [
        ['ocid', 'Installationens OCDS-prefix, -need- och behovets id. Det ändras aldrig.'],
        ['parties', 'Organisationerna: buyer för upphandlande organisationer som delar behovet eller har lämnat uppgifter, procuringEntity för beställargruppens ledande organisation och den som resultaten lämnats över till, centralPurchasingBody för en inköpscentral.'],
        ['planning.budget', 'Bara när någon organisation har uppgett en kostnad: vad det kostar per år att behovet inte är uppfyllt, summerat i kronor. Det är inte pengar avsatta för en upphandling.'],
        ['planning.documents', 'needsAssessment är behovets sida på Trappan; marketStudies är underlagen till den senaste marknadsmognadsbedömningen och sammanfattningen av varje marknadsdialog om behovet; marketEngagementNotice är marknadsdialogens sida.'],
        ['planning.milestones', 'En milstolpe av typen engagement per publicerad marknadsdialog om behovet: dueDate är när dialogen stänger, status scheduled medan den är öppen, met när den har stängt och notMet om den ställdes in.'],
        ['tender.enquiries', 'Marknadsdialogernas besvarade frågor enligt OCDS-tillägget för frågor och svar (enquiries, angivet i paketets extensions). Den som frågade anges aldrig.'],
        ['trappan', 'Trappans egna fält: nätverk, område, status, steg på innovationstrappan, värdeerbjudande och den potentiella marknaden. De beskrivs av Trappans OCDS-tillägg (/api/v1/ocds/extension/extension.json), som står i varje pakets extensions.'],
      ] as Array<[string, string]>,
      prefix: {
        registered: (prefix: string) => `Den här installationens ocid börjar med ${prefix}, ett prefix som är registrerat hos Open Contracting Partnership.`,
        unregistered: (prefix: string) =>
          `Den här installationen har inget registrerat OCDS-prefix: dess ocid börjar med ${prefix}, som inte är registrerat och därför inte kan krocka med någon annan publicists.`,
        howToRegister:
          'Den som driver installationen får ett prefix genom att mejla OCDS helpdesk på data@open-contracting.org med organisationens namn och en kontaktadress, och anger det sedan i TRAPPAN_OCDS_PREFIX, helst innan behov publiceras, eftersom ocid inte ska ändras.',
      },
      people: 'Personer finns aldrig med: varken den som föreslog behovet, den som lämnade uppgifterna, den som tog emot resultaten eller leverantören som ställde en fråga i en marknadsdialog. Underlag för kostnader, villkor och anteckningar stannar på behovets sida.',
      parametersHeading: 'Filter',
      parameters: {
        network: 'Bara behov i nätverket (nätverkets slug).',
        step: 'Bara behov på steget på innovationstrappan.',
        status: 'Bara behov med statusen.',
        cursor: 'nextCursor från föregående sida, eller följ adressen i links.next.',
        limit: (max: number) => `Behov per sida, högst ${max} (standard 50).`,
      },
      request: 'Konstgräs behov som har lämnats över till dem som ska upphandla:',
      response: 'Svar från /api/v1/needs (demodata):',
    },
    catalogue: {
      heading: 'Datamängder och datakatalog',
      lead: 'Trappan beskriver sina datamängder i en datakatalog enligt DCAT-AP-SE, den svenska profilen av EU:s standard DCAT-AP. Sveriges dataportal och EU:s dataportal läser katalogen och visar datamängderna där.',
      catalogueLink: 'Datakatalogen (DCAT-AP-SE, RDF/XML)',
      formats: 'Katalogen är RDF/XML. Samma katalog fås som Turtle eller JSON-LD med Accept: text/turtle eller Accept: application/ld+json.',
      registerHeading: 'Registrera Trappan på Sveriges dataportal',
      register: 'Registrera organisationen på Sveriges dataportal, dataportal.se (offentliga aktörer är oftast redan förregistrerade), och ange katalogens adress som skördningskälla:',
      registerHint: 'Portalen läser katalogen en gång per dygn. Organisationsnummer, namn och e-postadress för kontakt sätts i serverns inställningar (README).',
      datasetsHeading: 'Datamängder',
      feedsHeading: 'Flöden',
      title: 'Trappan: beställarnätverk och innovationsupphandling',
      description:
        'Öppna data från Trappan: registret över offentliga beställarnätverk, organisationerna i dem, behoven nätverken har gjort offentliga och nätverkens mötekalendrar.',
      datasets: {
        networks: {
          title: 'Beställarnätverk',
          description:
            'Registret över offentliga beställarnätverk: namn, initiativtagare, status, startår, tematiskt område, arrangör, finansiärer och medlemsorganisationer, med fakta ur Upphandlingsmyndighetens rapport 2019:3.',
          keywords: ['beställarnätverk', 'offentlig upphandling', 'innovationsupphandling'],
        },
        organisations: {
          title: 'Organisationer i beställarnätverk',
          description: 'Organisationerna som arrangerar, finansierar eller är med i ett beställarnätverk, med organisationsnummer, län och roller enligt Open Contracting Data Standard (OCDS).',
          keywords: ['organisation', 'upphandlande myndighet', 'OCDS'],
        },
        needs: {
          title: 'Offentliga behov i beställarnätverk',
          description:
            'Behov som nätverken har gjort offentliga, som planeringsposter enligt Open Contracting Data Standard 1.1: problem, önskad effekt, organisationerna bakom, kostnaden för det ouppfyllda behovet och steg på innovationstrappan.',
          keywords: ['behov', 'innovationsupphandling', 'OCDS', 'marknadsdialog'],
        },
        meetings: {
          title: 'Mötekalendrar för beställarnätverk',
          description:
            'Nätverkens öppna möten som kalenderflöden (iCalendar), ett flöde per nätverk på /api/v1/networks/{slug}/meetings.ics. Flyttade och inställda möten uppdateras i prenumererade kalendrar.',
          keywords: ['möte', 'kalender', 'beställarnätverk'],
        },
      },
      distributions: {
        json: 'JSON från API:t',
        csv: 'CSV-fil',
        ocds: 'OCDS release package (JSON)',
        ics: 'Kalenderflöde per nätverk (iCalendar)',
      },
      service: {
        title: 'Trappans öppna API',
        description: 'Ett versionerat REST-API med JSON-svar för nätverken, organisationerna och de offentliga behoven, beskrivet i OpenAPI 3.1.',
      },
      feeds: {
        meetings: 'Ett nätverks öppna möten (iCalendar), för Outlook, Google och Apple:',
        dialogues: 'Nya publicerade marknadsdialoger (Atom):',
      },
    },
    rules: {
      heading: 'Fel, cachning och versioner',
      errors:
        'En felaktig parameter ger status 400 med ett JSON-fel som namnger parametern i error.parameters. Okända parametrar, parametrar som anges två gånger och område eller finansiär som inte finns räknas också som fel, så att ett stavfel aldrig ger fel träffar.',
      caching:
        'Varje svar har en svag ETag och får cachas i 60 sekunder. Skicka ETag tillbaka i If-None-Match för att få 304 om inget har ändrats.',
      cors: 'CORS är öppet för alla webbplatser (Access-Control-Allow-Origin: *), så API:t kan anropas direkt från en webbläsare.',
      versions:
        'Version 1 ändras bara bakåtkompatibelt: nya fält och värden kan tillkomma. Ändringar som bryter kompatibiliteten kommer i en ny version, /api/v2.',
    },
  },
};

export type OpenDataMessages = typeof openDataSv;
