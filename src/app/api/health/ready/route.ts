// Readiness: 200 when the database answers and has every migration this build expects, 503
// (with which of the two failed) when this instance should get no traffic.
import { checkReadiness, isReady } from '@/server/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  const ready = isReady(readiness);
  return Response.json(
    {
      status: ready ? 'ok' : 'unavailable',
      database: readiness.database ? 'ok' : 'unavailable',
      migrations: readiness.pendingMigrations === null ? 'unknown' : readiness.pendingMigrations.length === 0 ? 'current' : 'pending',
      ...(readiness.pendingMigrations?.length ? { pendingMigrations: readiness.pendingMigrations } : {}),
    },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
