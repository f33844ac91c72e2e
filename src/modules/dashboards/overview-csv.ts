// GET /{locale}/overview/csv/{table}: one of the national overview's tables as CSV, in the
// language and order of the page it was downloaded from (`?sort=<table>.<column>&dir=`). The
// agency-only tables answer 404 to anyone else, as the page does not show them either.
import 'server-only';

import { isLocale } from '@/i18n/locales';
import { getCurrentUser } from '@/server/auth/current-user';

import { getOverviewData } from './overview-data';
import { isOverviewTableId, parseTableSort, sortRows, tableCsv } from './overview-tables';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function overviewTableCsv(request: Request, context: { params: Promise<{ locale: string; table: string }> }): Promise<Response> {
  const { locale, table: id } = await context.params;
  if (!isLocale(locale) || !isOverviewTableId(id)) return notFound();
  const user = await getCurrentUser();
  const table = (await getOverviewData(user, locale)).tables[id];
  if (!table) return notFound();
  const params = new URL(request.url).searchParams;
  const sort = parseTableSort({ sort: params.get('sort'), dir: params.get('dir') });
  return new Response(tableCsv(table, sortRows(table, sort, locale), locale), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="trappan-overview-${id}.csv"`,
      // The agency-only tables depend on who asks.
      'Cache-Control': 'private, no-store',
    },
  });
}
