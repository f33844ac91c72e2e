// GET /api/v1/networks: the registry's networks as open data (src/modules/open-data).
import { getNetworks } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getNetworks(request);
}

export function OPTIONS() {
  return preflightResponse();
}
