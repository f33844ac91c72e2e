// One handover as the need's page and /me show it: the named recipient, the documents as
// links with their kind, the message, who handed over when, and whether it is acknowledged.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { formatStockholmDay } from '@/i18n/stockholm-time';

import type { NeedHandover } from '../handover-queries';

export function HandoverStatus({ handover, locale, messages, showNames }: { handover: NeedHandover; locale: Locale; messages: Messages; showNames: boolean }) {
  const t = messages.businessCase.handover;
  return handover.acknowledgedAt ? (
    <span className="inline-block rounded bg-green-50 px-2 py-0.5 font-semibold text-green-900">
      {t.acknowledged(formatStockholmDay(handover.acknowledgedAt, locale), showNames ? (handover.acknowledgedBy?.name ?? null) : null)}
    </span>
  ) : (
    <span className="inline-block rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950">{t.waiting}</span>
  );
}

export function HandoverDetails({
  handover,
  locale,
  messages,
  showNames,
  showRecipient = showNames,
}: {
  handover: NeedHandover;
  locale: Locale;
  messages: Messages;
  showNames: boolean;
  /** Off where the page already says who the recipient is ("you"). */
  showRecipient?: boolean;
}) {
  const t = messages.businessCase.handover;
  return (
    <>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {showRecipient && (
          <>
            <dt className="font-semibold">{t.recipient}</dt>
            <dd>{handover.recipient.name}</dd>
          </>
        )}
        <dt className="font-semibold">{t.documents}</dt>
        <dd>
          <ul className="space-y-1">
            {handover.documents.map((document) => (
              <li key={document.id}>
                <a href={document.url} className="text-brand-700 underline" rel="noopener noreferrer">
                  {t.documentLink(messages.needEnums.documentKind[document.kind], document.title)}
                </a>
              </li>
            ))}
          </ul>
        </dd>
        {handover.note && (
          <>
            <dt className="font-semibold">{t.note}</dt>
            <dd className="whitespace-pre-line">{handover.note}</dd>
          </>
        )}
      </dl>
      <p className="mt-1 text-sm text-slate-700">
        {t.handedOver(formatStockholmDay(handover.handedOverAt, locale), showNames ? (handover.handedOverBy?.name ?? null) : null)}
      </p>
    </>
  );
}
