// GET /api/v1/ocds/extension/release-schema.json: the release schema patch that extension.json
// beside it names (src/modules/open-data/ocds-extension.ts).
import { getOcdsExtensionReleaseSchema } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getOcdsExtensionReleaseSchema(request);
}

export function OPTIONS() {
  return preflightResponse();
}
