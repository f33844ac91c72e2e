// /api/v1/unsubscribe?token=…: the List-Unsubscribe address of Trappan's mails. POST is the
// one-click unsubscribe of RFC 8058; GET changes nothing and shows the page with the button
// (src/modules/accounts/unsubscribe-endpoint.ts).
import { oneClickUnsubscribe, openUnsubscribeLink } from '@/modules/accounts/unsubscribe-endpoint';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return oneClickUnsubscribe(request);
}

export function GET(request: Request) {
  return openUnsubscribeLink(request);
}
