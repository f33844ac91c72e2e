// The message every signed-up supplier gets when an answer is published, written to the
// outbox in the same transaction as the answer, so all of them are told at once. In the
// recipient's own language; it names no one, least of all the asker.
import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
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
