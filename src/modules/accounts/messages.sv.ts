// Swedish UI text of signing in: the primary language. English (messages.en.ts) must have the same shape.
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
};

export type AccountsMessages = typeof accountsSv;
