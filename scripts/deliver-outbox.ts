// Delivers the outbox once: every pending notification, in batches, through SMTP. The server
// does this itself every few seconds (src/server/mail/outbox-worker.ts); this script is for a
// PostgreSQL installation that runs its sender apart, or for catching up by hand.
//   SMTP_URL=smtps://user:password@smtp.example.se npm run mail:deliver
// Without SMTP_URL (local development) the messages are written to the terminal as JSON
// (nodemailer's jsonTransport) and marked as sent. MAIL_FROM sets the sender.
import nodemailer from 'nodemailer';

import { resolveDatabaseConfig } from '../src/server/db/database-config';
import { openDatabase } from '../src/server/db/open-database';
import { DEFAULT_FROM, deliverPendingNotifications } from '../src/server/mail/deliver-outbox';

const BATCH_SIZE = 50;

async function main() {
  const smtpUrl = process.env.SMTP_URL?.trim();
  const smtp = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  const json = nodemailer.createTransport({ jsonTransport: true });
  if (!smtp) console.log('SMTP_URL is not set: the messages are printed here instead of being sent.');
  const database = openDatabase(resolveDatabaseConfig(process.env));
  const total = { sent: 0, failed: 0, muted: 0 };
  try {
    for (;;) {
      const batch = await deliverPendingNotifications({
        prisma: database.prisma,
        transport: smtp ?? {
          sendMail: async (message: nodemailer.SendMailOptions) => {
            const info = await json.sendMail(message);
            console.log(info.message);
            return info;
          },
        },
        batchSize: BATCH_SIZE,
        from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM,
      });
      total.sent += batch.sent;
      total.failed += batch.failed;
      total.muted += batch.muted;
      if (batch.sent + batch.failed + batch.muted < BATCH_SIZE) break;
    }
    console.log(`Sent ${total.sent} message(s); ${total.failed} failed (tried again later, or marked failed after the last try); ${total.muted} not sent (turned off by the person).`);
  } finally {
    smtp?.close();
    json.close();
    await database.close();
  }
  if (total.failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
