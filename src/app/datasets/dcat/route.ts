// GET /datasets/dcat: the open-data catalogue in DCAT-AP-SE, at the path the Swedish data
// portal pre-registers for public bodies (src/modules/open-data/dcat-endpoint.ts).
import { getDcatCatalogue } from '@/modules/open-data/dcat-endpoint';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getDcatCatalogue(request);
}

export function OPTIONS() {
  return preflightResponse();
}
