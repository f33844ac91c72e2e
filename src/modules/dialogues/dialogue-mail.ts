// The dialogues' messages, written to the outbox in the transaction of what they tell: to every
// signed-up supplier when an answer is published, material is added or the dialogue closes or is
// cancelled (all of them at once), and to those following a thematic area when a dialogue in it
// is published. In the recipient's own language; they
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
  dialogue: { dialogueId: string; dialogueTitle: string; networkName: string; correction: boolean },
  origin = publicOrigin(),
): { subject: string; body: string } {
  const locale = isLocale(recipient.locale) ? recipient.locale : 'sv';
  const m = getMessages(locale).dialogueMail;
  const url = `${dialogueUrl(locale, dialogue.dialogueId, origin)}#questions`;
  if (dialogue.correction) return { subject: m.correctionSubject(dialogue.dialogueTitle), body: m.correctionBody(recipient.name, dialogue.dialogueTitle, dialogue.networkName, url) };
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

export type DialogueChange = { kind: 'document'; title: string } | { kind: 'closed' } | { kind: 'cancelled'; reason: string };

/** To every signed-up supplier, when something all of them must know happens: new material, closing, cancelling. */
export function dialogueChangedMail(
  recipient: { name: string; locale: string },
  dialogue: { dialogueId: string; dialogueTitle: string; networkName: string },
  change: DialogueChange,
  origin = publicOrigin(),
): { subject: string; body: string } {
  const locale = isLocale(recipient.locale) ? recipient.locale : 'sv';
  const m = getMessages(locale).dialogueMail;
  const what = change.kind === 'document' ? m.changedDocument(change.title) : change.kind === 'closed' ? m.changedClosed : m.changedCancelled(change.reason);
  return {
    subject: m.changedSubject(dialogue.dialogueTitle),
    body: m.changedBody(recipient.name, dialogue.dialogueTitle, dialogue.networkName, what, dialogueUrl(locale, dialogue.dialogueId, origin)),
  };
}
