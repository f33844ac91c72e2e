// A need's status as text with a tint; the text alone carries the meaning.
import type { NeedStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

const STYLES: Record<NeedStatus, string> = {
  PROPOSED: 'bg-slate-100 text-slate-800 ring-slate-600/30',
  PRIORITISED: 'bg-brand-50 text-brand-900 ring-brand-700/30',
  MARKET_TESTED: 'bg-brand-50 text-brand-900 ring-brand-700/30',
  IN_PREPARATION: 'bg-amber-50 text-amber-900 ring-amber-700/30',
  IN_PROCUREMENT: 'bg-amber-50 text-amber-900 ring-amber-700/30',
  HANDED_OVER: 'bg-green-50 text-green-900 ring-green-700/30',
  IMPLEMENTED: 'bg-green-50 text-green-900 ring-green-700/30',
  ARCHIVED: 'bg-slate-100 text-slate-700 ring-slate-600/30',
};

export function NeedStatusBadge({ status, locale }: { status: NeedStatus; locale: Locale }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${STYLES[status]}`}>
      {getMessages(locale).needEnums.status[status]}
    </span>
  );
}
