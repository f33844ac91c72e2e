// What leaves the outbox: the unsubscribe footer and headers on exactly the mails a person may
// turn off.
import { describe, expect, it } from 'vitest';

import { composeMail, mailLinks, mailOptions } from './outgoing-mail';
import { verifyUnsubscribeToken } from './unsubscribe-link';

const links = { origin: 'https://trappan.example', secret: 'test-secret' };
const tokenIn = (url: string) => new URL(url).searchParams.get('token')!;

describe('composeMail', () => {
  it('adds a signed link in Swedish and English to a kind the person may turn off', () => {
    const mail = composeMail({ userId: 'u1', kind: 'agenda.published', body: 'Hej!\n\nDagordningen.\n' }, links);
    expect(mail.text).toMatch(/^Hej!\n\nDagordningen\.\n\n-- \nVill du inte få sådana här meddelanden\? Avsluta: https:\/\/trappan\.example\/sv\/unsubscribe\?token=\S+\nDon't want these messages\? Unsubscribe: https:\/\/trappan\.example\/en\/unsubscribe\?token=\S+\n$/);
    expect(mail.unsubscribe!.oneClick).toMatch(/^https:\/\/trappan\.example\/api\/v1\/unsubscribe\?token=/);
    for (const url of [mail.unsubscribe!.page.sv, mail.unsubscribe!.page.en, mail.unsubscribe!.oneClick]) {
      expect(verifyUnsubscribeToken(tokenIn(url), links.secret)).toEqual({ userId: 'u1', kind: 'agenda.published' });
    }
    expect(mailOptions(mail)).toEqual({
      text: mail.text,
      list: { unsubscribe: mail.unsubscribe!.oneClick },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  });

  it('leaves account mails and mails without a person as they are', () => {
    for (const message of [
      { userId: 'u1', kind: 'account.resetPassword', body: 'Välj ett nytt lösenord.' },
      { userId: null, kind: 'agenda.published', body: 'Till en adress.' },
    ]) {
      const mail = composeMail(message, links);
      expect(mail).toEqual({ text: message.body, unsubscribe: null, unsigned: false });
      expect(mailOptions(mail)).toEqual({ text: message.body });
    }
  });

  it('says so when a link is due but there is no secret to sign it', () => {
    expect(composeMail({ userId: 'u1', kind: 'need.handedOver', body: 'Hej' }, { ...links, secret: null })).toEqual({ text: 'Hej', unsubscribe: null, unsigned: true });
  });

  it('takes the origin and the secret from the environment', () => {
    expect(mailLinks({ TRAPPAN_PUBLIC_URL: 'https://trappan.example/', AUTH_SECRET: 's' })).toEqual({ origin: 'https://trappan.example', secret: 's' });
    expect(mailLinks({ AUTH_URL: 'https://auth.example' })).toEqual({ origin: 'https://auth.example', secret: null });
  });
});
