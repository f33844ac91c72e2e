// Liveness and readiness in one: 200 when the database answers, 503 when it does not.
import { checkDatabaseHealth } from '@/server/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const healthy = await checkDatabaseHealth();
  return Response.json(
    healthy ? { status: 'ok' } : { status: 'unavailable' },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
