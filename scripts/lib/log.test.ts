import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { createLogger } from './log.mjs';

/** A logger that writes into an array, one parsed JSON object a line. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ destination }), lines };
}

describe('the structured log', () => {
  it('writes one JSON object a line, with a readable level and time', () => {
    const { log, lines } = capture();
    log.info({ requestId: 'r-1', status: 200 }, 'request');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', service: 'trappan', msg: 'request', requestId: 'r-1', status: 200 });
    expect(new Date(entry.time).getTime()).not.toBeNaN();
  });

  it('leaves out passwords, tokens, cookies, authorization headers and message bodies', () => {
    const { log, lines } = capture();
    log.error(
      {
        password: 'hunter2-top',
        input: { email: 'anna@example.se', newPassword: 'sommar2026!', currentPassword: 'vinter2025!' },
        token: 'tok-abc123',
        req: { headers: { authorization: 'Bearer sekret-metrics', cookie: 'authjs.session-token=eyJhbGciOi', host: 'trappan.example' } },
        res: { headers: { 'set-cookie': 'authjs.session-token=eyJzZXQ' } },
        notification: { subject: 'Dagordning', body: 'Hej Anna, här är ditt återställningslänk https://x/reset?token=zzz' },
        cause: { detail: { credentials: { secret: 'deep-secret-value' } } },
      },
      'something failed',
    );
    const line = lines[0]!;
    for (const secret of ['hunter2-top', 'sommar2026!', 'vinter2025!', 'tok-abc123', 'sekret-metrics', 'eyJhbGciOi', 'eyJzZXQ', 'återställningslänk', 'deep-secret-value']) {
      expect(line).not.toContain(secret);
    }
    const entry = JSON.parse(line);
    // What is not secret stays, so the line is still of use.
    expect(entry.req.headers.host).toBe('trappan.example');
    expect(entry.input.email).toBe('anna@example.se');
    expect(entry.notification.subject).toBe('Dagordning');
    expect(entry.req.headers.authorization).toBe('[redacted]');
  });
});
