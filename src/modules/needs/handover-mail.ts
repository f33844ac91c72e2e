// The message to the named recipient of a handover, written to the outbox in the same
// transaction as the handover. Their language is unknown, so Swedish comes first and
// English below it, as with the agenda's messages.
import type { HandoverDocumentKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { publicOrigin } from '@/server/public-origin';

export type HandoverMailInput = {
  recipientName: string;
  networkName: string;
  needTitle: string;
  organizationName: string;
  documents: ReadonlyArray<{ kind: HandoverDocumentKind; title: string; url: string }>;
  note: string;
};

/** Where the recipient acknowledges: their own page, which they reach without being a network member. */
export function acknowledgeUrl(locale: string, origin = publicOrigin()): string {
  return `${origin}/${locale}/me`;
}

function mailPart(t: Messages, input: HandoverMailInput, url: string): string {
  const m = t.businessCase.mail;
  const documents = input.documents.map((document) => `- ${t.needEnums.documentKind[document.kind]}: ${document.title} <${document.url}>`);
  const note = input.note ? ['', m.note, input.note] : [];
  return [
    m.greeting(input.recipientName),
    '',
    m.intro(input.networkName, input.needTitle, input.organizationName),
    '',
    m.documents,
    ...documents,
    ...note,
    '',
    m.acknowledge(url),
    '',
    m.why,
  ].join('\n');
}

export function handoverMail(sv: Messages, en: Messages, input: HandoverMailInput, origin = publicOrigin()): { subject: string; body: string } {
  return {
    subject: `${sv.businessCase.mail.subject(input.needTitle)} / ${en.businessCase.mail.subject(input.needTitle)}`,
    body: [mailPart(sv, input, acknowledgeUrl('sv', origin)), '', '— In English —', '', mailPart(en, input, acknowledgeUrl('en', origin))].join('\n'),
  };
}
