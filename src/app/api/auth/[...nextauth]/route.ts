// Auth.js's own endpoints (sign-in callbacks, CSRF, sign-out). A sign-in body is a few
// hundred bytes; anything larger is refused before Auth.js reads it, so no one can make the
// server read (and hash) a 50 MB "password".
import { NextRequest } from 'next/server';

import { handlers } from '@/server/auth/auth';
import { readLimitedBody } from '@/server/limited-body';

const MAX_BODY_BYTES = 16 * 1024;

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (body === null) return new Response('Request body too large', { status: 413 });
  return handlers.POST(new NextRequest(request, { body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]));
}
