// English UI text of the mail outbox: same shape as messages.sv.ts.
import type { AdminMessages } from './messages.sv';

export const adminEn: AdminMessages = {
  outbox: {
    title: 'Outbox',
    lead: 'Messages Trappan has written to people, newest first. The mail sender (npm run mail:deliver) sends the pending ones and marks them sent or failed. Only administrators see this page.',
    navLink: 'Outbox',
    filterLabel: 'Show',
    statusFilter: { all: 'All messages', pending: 'Waiting to be sent', sent: 'Sent', failed: 'Failed' },
    applyFilter: 'Show',
    caption: 'Messages, newest first',
    created: 'Created',
    recipient: 'Recipient',
    subject: 'Subject',
    kind: 'Kind',
    status: 'Status',
    sentAt: 'Sent',
    statuses: { PENDING: 'Waiting', SENDING: 'Being sent', SENT: 'Sent', FAILED: 'Failed', MUTED: 'Not sent (turned off by the person)' } as Record<string, string>,
    kinds: { 'agenda.published': 'Published agenda', 'need.handedOver': 'Results handed over, to acknowledge' } as Record<string, string>,
    showBody: 'Show the message',
    none: '–',
    timeZoneNote: 'Times in Swedish time.',
    empty: 'The outbox is empty. Messages appear here, for example when a coordinator publishes an agenda.',
    emptyFiltered: 'No messages match this selection. Choose “All messages” to see everything.',
    older: 'Older messages',
    newest: 'To the newest messages',
    pagesLabel: 'Browse the outbox',
    invalidCursor: 'The page address was invalid, so the newest messages are shown.',
  },
};
