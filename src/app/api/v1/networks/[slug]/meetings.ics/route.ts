// GET /api/v1/networks/{slug}/meetings.ics: the network's public meetings as iCalendar.
import { networkMeetingsFeed } from '@/modules/meetings/feed-endpoints';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return networkMeetingsFeed(request, context);
}
