// What the outbox worker takes from the environment: where mail goes, how often, from whom.
import { describe, expect, it } from 'vitest';

import { DEFAULT_FROM } from './deliver-outbox';
import { outboxFrom, outboxInterval, outboxTransport } from './outbox-worker';

describe('outboxTransport', () => {
  it('sends through SMTP_URL when it is set, also in demo mode', () => {
    const transport = outboxTransport({ SMTP_URL: 'smtp://mail.example.se:2525', TRAPPAN_DEMO: 'true' });
    expect(transport).not.toBeNull();
    expect((transport as { transporter?: { name?: string } }).transporter?.name).toBe('SMTP');
  });

  it('in demo mode without SMTP_URL, sends nothing but lets the message count as sent', async () => {
    const transport = outboxTransport({ TRAPPAN_DEMO: 'true', SMTP_URL: '  ' });
    expect(transport).not.toBeNull();
    await expect(transport!.sendMail({ to: 'a@example.se' })).resolves.toEqual({});
  });

  it('has nothing to send through on a real installation without SMTP_URL', () => {
    expect(outboxTransport({ DATABASE_URL: 'postgres://db/trappan' })).toBeNull();
    expect(outboxTransport({ TRAPPAN_DEMO: 'false' })).toBeNull();
  });
});

describe('outboxInterval', () => {
  it('defaults to five seconds when unset or not a number', () => {
    expect(outboxInterval({})).toBe(5000);
    expect(outboxInterval({ TRAPPAN_OUTBOX_INTERVAL_MS: 'often' })).toBe(5000);
    expect(outboxInterval({ TRAPPAN_OUTBOX_INTERVAL_MS: '0' })).toBe(5000);
  });

  it('takes the setting, but never below half a second', () => {
    expect(outboxInterval({ TRAPPAN_OUTBOX_INTERVAL_MS: '30000' })).toBe(30000);
    expect(outboxInterval({ TRAPPAN_OUTBOX_INTERVAL_MS: '10' })).toBe(500);
  });
});

describe('outboxFrom', () => {
  it('is MAIL_FROM when set, otherwise the default sender', () => {
    expect(outboxFrom({ MAIL_FROM: ' Nätverket <info@example.se> ' })).toBe('Nätverket <info@example.se>');
    expect(outboxFrom({ MAIL_FROM: '' })).toBe(DEFAULT_FROM);
  });
});
