// Swedish texts of the privacy notice and the accessibility statement. English (messages.en.ts)
// must have the same shape. Sections are lists of paragraphs, so the pages stay plain.
export const legalSv = {
  privacyNotice: {
    title: 'Personuppgifter i Trappan',
    lead: 'Så här hanterar Trappan uppgifter om dig: vad som sparas, varför, hur länge och vem du kontaktar.',
    sections: [
      {
        heading: 'Vad vi sparar',
        items: [
          'Ditt konto: namn, titel, e-postadress, språk, din organisation och om organisationen har bekräftat dig, din roll i Trappan och när du senast loggade in. Lösenordet sparas bara som en Argon2id-hash, aldrig i klartext.',
          'Inloggningar: en rad per inloggad webbläsare. Den tas bort när du loggar ut och gäller i högst åtta timmar.',
          'Engångslänkar för att bekräfta e-post (24 timmar) och välja nytt lösenord (en timme). Bara en hash av länken sparas, och den raderas en vecka efter att den gått ut.',
          'Räknare som bromsar gissning av lösenord och för många förfrågningar, per e-postadress och per nätverksadress. De raderas efter ett dygn.',
          'Det du gör i nätverken: medlemskap, ansökningar, anmälningar och närvaro vid möten, protokoll, beslut och röster, behov, prioriteringar, åtaganden och överlämningar.',
          'En logg över ändringar (vem gjorde vad, när). Den sparas lika länge som nätverkets handlingar, eftersom den är nätverkets underlag för sina beslut.',
          'Breven Trappan skickar till dig (utkorgen).',
        ],
      },
      {
        heading: 'Varför',
        items: [
          'Kontot behövs för att du ska kunna logga in och delta: det är grunden i avtalet mellan dig och den som driver tjänsten.',
          'Nätverkens arbete med gemensam upphandling och innovationsupphandling är en uppgift av allmänt intresse för de offentliga organisationer som deltar. Varje organisation som driver en installation av Trappan anger sin egen rättsliga grund.',
          'Loggen och räknarna finns för att skydda tjänsten och för att nätverkens beslut ska kunna följas upp.',
        ],
      },
      {
        heading: 'Hur länge',
        items: [
          'Konton som aldrig bekräftat sin e-postadress raderas efter sju dagar.',
          'Ditt konto finns kvar tills du ber den som driver tjänsten att ta bort det. Nätverkens handlingar (protokoll, beslut, loggen) finns kvar även då.',
        ],
      },
      {
        heading: 'Dina rättigheter',
        items: [
          'Du kan rätta dina uppgifter under Mitt konto.',
          'Du har rätt att få ut de uppgifter Trappan har om dig och att begära att de raderas. Kontakta den som driver tjänsten (nedan).',
          'Du kan klaga hos Integritetsskyddsmyndigheten (IMY), imy.se.',
        ],
      },
      {
        heading: 'Kakor',
        items: [
          'Trappan använder bara de kakor som krävs för inloggningen: sessionskakan och en kaka som skyddar formulären mot förfalskade anrop. Ingen statistik, ingen spårning, inga tredjepartstjänster.',
        ],
      },
    ],
    contactHeading: 'Kontakt',
    contactWith: 'Kontakta den som driver den här installationen av Trappan:',
    contactWithout: 'Kontakta den organisation som driver den här installationen av Trappan, genom dess administratör.',
  },
  accessibilityStatement: {
    title: 'Tillgänglighetsredogörelse',
    lead: 'Trappan ska kunna användas av alla. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
    sections: [
      {
        heading: 'Hur tillgänglig webbplatsen är',
        items: ['Webbplatsen är delvis förenlig med WCAG 2.1 på nivå AA, på grund av bristerna nedan.'],
      },
      {
        heading: 'Hur vi har testat',
        items: [
          'Varje sida kontrolleras automatiskt med axe-core i webbläsaren Chromium i våra end-to-end-tester, mot WCAG 2.1 A och AA, vid varje ändring.',
          'Formulären är gjorda för tangentbord: fel visas vid fälten och i en sammanfattning som får fokus.',
          'Webbplatsen har ännu inte granskats av någon extern part.',
        ],
      },
      {
        heading: 'Kända brister',
        items: [
          'Ingen extern granskning har gjorts, och webbplatsen har inte testats av användare med skärmläsare.',
          'Automatiska tester hittar bara en del av alla brister; till exempel bedöms inte om texterna är lätta att förstå.',
          'Kalenderflödet (.ics) och öppna data (JSON, CSV) är filformat för andra program, inte sidor.',
        ],
      },
      {
        heading: 'Rapportera brister',
        items: ['Hittar du något som hindrar dig, hör av dig till den som driver tjänsten (nedan), så försöker vi rätta det eller ge dig informationen på annat sätt.'],
      },
      {
        heading: 'Tillsyn',
        items: ['Myndigheten för digital förvaltning (DIGG) ansvarar för tillsynen av lagen. Är du inte nöjd med hur vi hanterat dina synpunkter kan du anmäla det till DIGG, digg.se.'],
      },
    ],
    date: 'Redogörelsen upprättades den 3 december 2026.',
  },
};

export type LegalMessages = typeof legalSv;
