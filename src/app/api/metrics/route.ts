// Prometheus metrics behind a token (src/server/metrics.ts, docs/decisions/0030).
import { metricsResponse } from '@/server/metrics';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return metricsResponse(request);
}
