// English texts of the demo mailbox: same shape as messages.sv.ts.
import type { DemoMessages } from './messages.sv';

export const demoEn: DemoMessages = {
  mailbox: {
    title: 'Demo mailbox',
    lead: 'The emails Trappan has sent in demo mode, newest first: confirmation links, new passwords, agendas. In a real installation they go out by email instead.',
    filterLabel: "Recipient's address",
    apply: 'Show',
    all: 'Show all emails',
    to: 'To',
    sent: 'Sent',
    links: 'Links in the email',
    empty: 'No emails here yet. Create an account or ask for a new password, and the email appears within a few seconds.',
    emptyFor: 'No emails to that address yet. Emails arrive within a few seconds; reload the page.',
    older: 'Older emails',
    newest: 'Back to the newest',
  },
};
