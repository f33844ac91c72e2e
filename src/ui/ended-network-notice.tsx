// Said where a network's pages would offer a form to add something, once the network has
// ended: the pages, decisions and open data remain, nothing new is added (the server refuses
// it as well).
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

export function EndedNetworkNotice({ locale }: { locale: Locale }) {
  return <p className="max-w-3xl rounded border-l-4 border-slate-500 bg-slate-50 p-4 text-slate-900">{getMessages(locale).networkStatus.closedNotice}</p>;
}
