// Swedish UI text of sign-in and my networks: the primary language. English (messages.en.ts) must have the same shape.
export const accountsSv = {
  signIn: {
    title: 'Logga in',
    lead: 'Logga in med din e-postadress och ditt lösenord.',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    errorSummary: 'Inloggningen misslyckades',
    invalidCredentials: 'Fel e-post eller lösenord. Kontrollera uppgifterna och försök igen.',
    throttled: (seconds: number) =>
      `För många misslyckade försök. Vänta ${seconds} sekunder och försök sedan igen.`,
    emailRequired: 'Ange din e-postadress.',
    emailInvalid: 'Ange en e-postadress i formatet namn@exempel.se.',
    passwordRequired: 'Ange ditt lösenord.',
    unexpected: 'Något gick fel. Försök igen om en stund.',
    signedOut: 'Du är utloggad.',
    demoHint: 'Demokonton: se README (lösenord trappan-demo).',
  },
  me: {
    title: 'Mina nätverk',
    organization: 'Organisation',
    noOrganization: 'Du är inte kopplad till någon organisation.',
    platformRole: 'Roll i Trappan',
    contractingAuthority: 'Upphandlande myndighet',
    notContractingAuthority: 'Inte upphandlande myndighet',
    networksHeading: 'Nätverk du är med i',
    role: 'Roll',
    since: 'Sedan',
    noNetworks: 'Du är inte med i något nätverk ännu. Se registret för att hitta ett nätverk som arbetar med dina behov.',
    browse: 'Till nätverksregistret',
    signedIn: 'Du är inloggad.',
    county: 'Län',
  },
};

export type AccountsMessages = typeof accountsSv;
