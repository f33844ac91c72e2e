// GET /api/v1/calendar/{token}.ics: a person's meetings behind their secret calendar link.
// The segment is the token with ".ics" after it (calendar apps like the extension); the token
// alone works too.
// The market dialogues' deadlines and meetings join the meetings here: meetings know no dialogues.
import { personalDialogueEvents } from '@/modules/dialogues/calendar-events';
import { personalMeetingsFeed } from '@/modules/meetings/feed-endpoints';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ token: string }> }) {
  return personalMeetingsFeed(request, context, personalDialogueEvents);
}
