// English texts of the demo mailbox: same shape as messages.sv.ts.
import type { DemoMessages } from './messages.sv';

export const demoEn: DemoMessages = {
  mailbox: {
    title: 'Demo mailbox',
    lead: 'The mails Trappan has sent in demo mode, newest first: confirmation links, new passwords, agendas. In a real installation they go out by email instead.',
    filterLabel: "Recipient's address",
    apply: 'Show',
    all: 'Show all mails',
    to: 'To',
    sent: 'Sent',
    links: 'Links in the mail',
    empty: 'No mails here yet. Create an account or ask for a new password, and the mail appears within a few seconds.',
    emptyFor: 'No mails to that address yet. Mails arrive within a few seconds; reload the page.',
    older: 'Older mails',
    newest: 'Back to the newest',
  },
};
