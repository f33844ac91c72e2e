// GET /api/v1/networks.csv: the registry's networks as a CSV download (src/modules/open-data).
import { getNetworksCsv } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getNetworksCsv(request);
}

export function OPTIONS() {
  return preflightResponse();
}
