// Swedish UI text of the mail outbox: the primary language. English (messages.en.ts) must have the same shape.
export const adminSv = {
  outbox: {
    title: 'Utkorg',
    lead: 'Meddelanden som Trappan har skrivit till personer, det senaste först. Utskicket (npm run mail:deliver) skickar de väntande och markerar dem som skickade eller misslyckade. Bara administratörer ser den här sidan.',
    navLink: 'Utkorg',
    filterLabel: 'Visa',
    statusFilter: { all: 'Alla meddelanden', pending: 'Väntar på utskick', sent: 'Skickade', failed: 'Misslyckade' },
    applyFilter: 'Visa',
    caption: 'Meddelanden, det senaste först',
    created: 'Skapad',
    recipient: 'Mottagare',
    subject: 'Ämne',
    kind: 'Typ',
    status: 'Status',
    sentAt: 'Skickad',
    statuses: { PENDING: 'Väntar', SENDING: 'Skickas', SENT: 'Skickad', FAILED: 'Misslyckad', MUTED: 'Inte skickad (avstängd av personen)' } as Record<string, string>,
    kinds: { 'agenda.published': 'Publicerad dagordning', 'need.handedOver': 'Överlämnade resultat att kvittera' } as Record<string, string>,
    showBody: 'Visa meddelandet',
    none: '–',
    timeZoneNote: 'Tider i svensk tid.',
    empty: 'Utkorgen är tom. Här hamnar meddelanden, till exempel när en samordnare publicerar en dagordning.',
    emptyFiltered: 'Inga meddelanden med det här urvalet. Välj ”Alla meddelanden” för att se allt.',
    older: 'Äldre meddelanden',
    newest: 'Till de senaste meddelandena',
    pagesLabel: 'Bläddra i utkorgen',
    invalidCursor: 'Sidadressen var ogiltig, så de senaste meddelandena visas.',
  },
};

export type AdminMessages = typeof adminSv;
