// Swedish texts of the demo mailbox. English (messages.en.ts) must have the same shape.
export const demoSv = {
  mailbox: {
    title: 'Demobrevlådan',
    lead: 'Här visas breven Trappan har skickat i demoläget, nyast först: bekräftelselänkar, nya lösenord, dagordningar. I en riktig installation går de i stället ut med e-post.',
    filterLabel: 'Mottagarens adress',
    apply: 'Visa',
    all: 'Visa alla brev',
    to: 'Till',
    sent: 'Skickat',
    links: 'Länkar i brevet',
    empty: 'Inga brev här ännu. Skapa ett konto eller be om ett nytt lösenord, så dyker brevet upp inom några sekunder.',
    emptyFor: 'Inga brev till den adressen ännu. Breven kommer inom några sekunder; ladda om sidan.',
    older: 'Äldre brev',
    newest: 'Till de nyaste',
  },
};

export type DemoMessages = typeof demoSv;
