// The dialogues' messages, written to the outbox in the transaction of what they tell: to every
// signed-up supplier when an answer is published (all of them at once), and to those following
// a thematic area when a dialogue in it is published. In the recipient's own language; they
// name no one, least of all the asker.
import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { publicOrigin } from '@/server/public-origin';

export function dialogueUrl(locale: string, dialogueId: string, origin = publicOrigin()): string {
  return `${origin}/${locale}/dialogues/${dialogueId}`;
}

export function answerPublishedMail(
  recipient: { name: string; locale: string },
  dialogue: { dialogueId: string; dialogueTitle: string; networkName: string },
  origin = publicOrigin(),
): { subject: string; body: string } {
  const locale = isLocale(recipient.locale) ? recipient.locale : 'sv';
  const m = getMessages(locale).dialogueMail;
  const url = `${dialogueUrl(locale, dialogue.dialogueId, origin)}#questions`;
  return { subject: m.answerSubject(dialogue.dialogueTitle), body: m.answerBody(recipient.name, dialogue.dialogueTitle, dialogue.networkName, url) };
}

/** To a person following the network's thematic area, when a dialogue is published. */
export function dialoguePublishedMail(
  recipient: { name: string; locale: string },
  dialogue: { dialogueId: string; dialogueTitle: string; networkName: string; areaName: { sv: string; en: string }; closesAt: Date },
  origin = publicOrigin(),
): { subject: string; body: string } {
  const locale = isLocale(recipient.locale) ? recipient.locale : 'sv';
  const m = getMessages(locale).dialogueMail;
  return {
    subject: m.publishedSubject(dialogue.dialogueTitle),
    body: m.publishedBody(recipient.name, dialogue.dialogueTitle, dialogue.networkName, dialogue.areaName[locale], formatStockholmInstant(dialogue.closesAt, locale), dialogueUrl(locale, dialogue.dialogueId, origin)),
  };
}
