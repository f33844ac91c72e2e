// /api/v1/unsubscribe?token=…, the address in every mutable mail's List-Unsubscribe header.
//   POST with the body List-Unsubscribe=One-Click (RFC 8058): a mail program's "unsubscribe"
//        button; turns the kind off at once, in one transaction with its audit event.
//   GET: changes nothing (scanners and people open the address too); sends the browser on to
//        the page with the button.
// Counted against the same per-address limit as the page's button.
import 'server-only';

import { getMessages } from '@/i18n/messages';
import { writeAuditEvent } from '@/server/audit';
import { clientAddress } from '@/server/client-address';
import { db } from '@/server/db/client';
import { readLimitedBody } from '@/server/limited-body';
import { UNSUBSCRIBE_TOKEN_MAX_LENGTH, unsubscribePageUrl, verifyUnsubscribeToken } from '@/server/mail/unsubscribe-link';
import { publicOrigin } from '@/server/public-origin';
import { hitRateLimit, RATE_LIMITS } from '@/server/rate-limit';

import { muteMailKind, UNSUBSCRIBE_ACTION, unsubscribeAudit } from './unsubscribe';

/** The body is one short field; anything much longer is not a one-click request. */
const MAX_BODY_BYTES = 2048;

type AnswerKey = 'oneClickDone' | 'oneClickInvalid' | 'oneClickBadRequest' | 'oneClickTooMany';

/** A plain-text answer in both languages: a mail program shows it, if anything. */
function answer(status: number, key: AnswerKey, headers: Record<string, string> = {}): Response {
  const text = `${getMessages('sv').unsubscribe[key]}\n${getMessages('en').unsubscribe[key]}\n`;
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

function tokenOf(request: Request): string {
  return (new URL(request.url).searchParams.get('token') ?? '').slice(0, UNSUBSCRIBE_TOKEN_MAX_LENGTH + 1);
}

/** The form fields of the body: urlencoded (what mail programs send) or multipart; null when neither or too long. */
async function formFields(request: Request): Promise<URLSearchParams | FormData | null> {
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body) return null;
  if (type.startsWith('multipart/form-data')) {
    try {
      return await new Response(new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': type } }).formData();
    } catch {
      return null;
    }
  }
  return new URLSearchParams(new TextDecoder().decode(body));
}

export async function oneClickUnsubscribe(request: Request): Promise<Response> {
  const fields = await formFields(request);
  if (fields?.get('List-Unsubscribe') !== 'One-Click') return answer(400, 'oneClickBadRequest');

  const hit = await hitRateLimit(db(), `unsubscribe:ip:${await clientAddress()}`, RATE_LIMITS.signedOutActionsPerAddress);
  if (!hit.allowed) return answer(429, 'oneClickTooMany', { 'Retry-After': String(hit.retryAfterSeconds) });

  const target = verifyUnsubscribeToken(tokenOf(request));
  if (!target) return answer(400, 'oneClickInvalid');
  const done = await db().$transaction(async (tx) => {
    const result = await muteMailKind(tx, target);
    if (!result) return false;
    await writeAuditEvent(tx, {
      actorId: target.userId,
      action: UNSUBSCRIBE_ACTION,
      entityType: 'User',
      entityId: target.userId,
      outcome: 'ALLOWED',
      ...unsubscribeAudit(result, target.kind, 'oneClick'),
    });
    return true;
  });
  return done ? answer(200, 'oneClickDone') : answer(400, 'oneClickInvalid');
}

export function openUnsubscribeLink(request: Request): Response {
  const token = tokenOf(request);
  return new Response(null, { status: 303, headers: { Location: unsubscribePageUrl(publicOrigin(), 'sv', token), 'Cache-Control': 'no-store' } });
}
