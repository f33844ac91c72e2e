// Kept for existing monitors: 200 when the database answers, 503 when it does not. An
// orchestrator uses /api/health/live (restart a process that no longer answers) and
// /api/health/ready (send traffic only where the database and its migrations are in place).
import { checkDatabaseHealth } from '@/server/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const healthy = await checkDatabaseHealth();
  return Response.json(
    healthy ? { status: 'ok' } : { status: 'unavailable' },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
