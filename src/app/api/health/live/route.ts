// Liveness: the process answers. It never asks the database, so a database that is down does
// not make an orchestrator restart processes that are fine (readiness says whether to route).
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
