// One network's audit log, for its coordinators (and admins): every change and every denied
// attempt aimed at the network, newest first.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { requireNetworkManager } from '@/modules/governance';
import { managePath } from '@/modules/governance/client';
import type { SearchParams } from '@/ui/search-params';

import { auditHref, parseAuditQuery } from './audit-params';
import { listAuditEvents } from './audit-queries';
import { AuditLog } from './components/audit-log';

export async function NetworkAuditPage({ locale, slug, searchParams }: { locale: Locale; slug: string; searchParams: SearchParams }) {
  const basePath = managePath(locale, slug, 'audit');
  const query = parseAuditQuery(searchParams);
  const rawCursor = typeof searchParams.cursor === 'string' ? searchParams.cursor : null;
  const { network } = await requireNetworkManager(slug, locale, auditHref(basePath, { outcome: query.outcome, cursor: rawCursor }));
  const messages = getMessages(locale);
  const page = await listAuditEvents({ networkId: network.id }, query, locale);

  return (
    <section>
      <h2 id="audit-log" className="text-2xl font-semibold">
        {messages.audit.title}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{messages.audit.lead}</p>
      <AuditLog locale={locale} messages={messages} page={page} query={query} basePath={basePath} showNetwork={false} labelledBy="audit-log" />
    </section>
  );
}
