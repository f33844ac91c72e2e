// The whole platform's audit log, for admins only: events in every network, and denied
// attempts that never reached one (signed out, or aimed at a record that does not exist).
// Anyone else gets a 404, so the page does not reveal that it exists.
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { AdminNav } from '@/modules/admin';
import { getCurrentUser } from '@/server/auth/current-user';
import { canReadAllAuditEvents } from '@/server/policy';
import type { SearchParams } from '@/ui/search-params';

import { auditHref, parseAuditQuery } from './audit-params';
import { listAuditEvents } from './audit-queries';
import { AuditLog } from './components/audit-log';

export async function AdminAuditPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const basePath = `/${locale}/admin/audit`;
  const query = parseAuditQuery(searchParams);
  const user = await getCurrentUser();
  if (!user) {
    const rawCursor = typeof searchParams.cursor === 'string' ? searchParams.cursor : null;
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(auditHref(basePath, { outcome: query.outcome, cursor: rawCursor }))}`);
  }
  if (!canReadAllAuditEvents(user)) notFound();
  const messages = getMessages(locale);
  const t = messages.audit;
  const page = await listAuditEvents('all', query, locale);

  return (
    <div className="space-y-2">
      <AdminNav locale={locale} current="audit" />
      <h1 id="audit-log" className="text-3xl font-bold break-words">
        {t.adminTitle}
      </h1>
      <p className="max-w-3xl text-slate-700">{t.adminLead}</p>
      <AuditLog locale={locale} messages={messages} page={page} query={query} basePath={basePath} showNetwork labelledBy="audit-log" />
    </div>
  );
}
