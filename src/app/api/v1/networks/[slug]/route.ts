// GET /api/v1/networks/{slug}: one network with its public details (src/modules/open-data).
import { getNetwork } from '@/modules/open-data/endpoints';
import { preflightResponse } from '@/modules/open-data/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return getNetwork(request, context);
}

export function OPTIONS() {
  return preflightResponse();
}
