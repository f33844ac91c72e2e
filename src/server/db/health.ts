import 'server-only';

import { db } from './client';

const TIMEOUT_MS = 2000;

/** True when the database answers a trivial query within two seconds. */
export async function checkDatabaseHealth(): Promise<boolean> {
  try {
    const answered = db().$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS));
    const rows = await Promise.race([answered, timeout]);
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}
