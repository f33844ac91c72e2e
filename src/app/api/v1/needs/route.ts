// GET /api/v1/needs: the needs networks made public, as OCDS planning releases (src/modules/open-data).
import { getNeeds } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getNeeds(request);
}

export function OPTIONS() {
  return preflightResponse();
}
