// A small SMTP server for the drills: it takes mail from the instances under test, writes down
// every delivery (subject, envelope sender, time), and may refuse one the drill wants to fail:
// a 451 (try later), a 554 (never) or a dropped connection in the middle of the message.
import net from 'node:net';

export type Delivery = { subject: string; from: string; at: number };
export type Verdict = 'accept' | 'tempfail' | 'reject' | 'drop';

export type SmtpSink = { port: number; deliveries: Delivery[]; refusals: Array<Delivery & { verdict: Verdict }>; close: () => Promise<void> };

/** `acceptDelayMs` holds each accepted message that long, as a real server does, so that senders overlap. */
export async function startSmtpSink(decide: (mail: { subject: string; from: string }) => Verdict, acceptDelayMs = 0): Promise<SmtpSink> {
  const deliveries: Delivery[] = [];
  const refusals: SmtpSink['refusals'] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let from = '';
    let inData = false;
    socket.write('220 drill-sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          const subject = /^Subject: (.*)$/im.exec(message)?.[1]?.trim() ?? '';
          const verdict = decide({ subject, from });
          const record = { subject, from, at: Date.now() };
          if (verdict === 'accept') {
            deliveries.push(record);
            setTimeout(() => socket.writable && socket.write('250 2.0.0 queued\r\n'), acceptDelayMs);
          } else {
            refusals.push({ ...record, verdict });
            if (verdict === 'drop') return void socket.destroy();
            socket.write(verdict === 'tempfail' ? '451 4.3.0 drill: try again later\r\n' : '554 5.7.1 drill: refused for good\r\n');
          }
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 drill-sink\r\n');
        else if (verb === 'MAIL') {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          socket.write('250 2.1.0 OK\r\n');
        } else if (verb === 'RCPT' || verb === 'RSET' || verb === 'NOOP') socket.write('250 OK\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('502 5.5.2 not implemented\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    deliveries,
    refusals,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
