// GET /api/v1/ocds/extension/extension.json: Trappan's OCDS extension, which every needs
// release package lists (src/modules/open-data/ocds-extension.ts).
import { getOcdsExtension } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getOcdsExtension(request);
}

export function OPTIONS() {
  return preflightResponse();
}
