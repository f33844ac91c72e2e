// Password hashing with Argon2id (OWASP's first choice), via a prebuilt native package that
// needs no install script.
import { hash, verify } from '@node-rs/argon2';

// OWASP's recommended minimum for Argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
