// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the open-data API.
import { getOpenApi } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getOpenApi(request);
}

export function OPTIONS() {
  return preflightResponse();
}
