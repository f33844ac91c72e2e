// GET /{locale}/overview/csv/{table}: a table of the national overview as CSV (src/modules/dashboards).
import { overviewTableCsv } from '@/modules/dashboards/overview-csv';

export const dynamic = 'force-dynamic';

export const GET = overviewTableCsv;
