// GET /api/v1/organisations: organisations as OCDS parties with memberOf (src/modules/open-data).
import { getOrganisations } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getOrganisations(request);
}

export function OPTIONS() {
  return preflightResponse();
}
