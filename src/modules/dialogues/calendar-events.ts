// A person's market-dialogue dates for their calendar link: for a supplier, the deadlines of
// the dialogues they signed up for (questions close, answers due), a supplier day's meeting and
// their company's one-to-one meeting; for a network's participants, their networks' published
// dialogues. The personal feed's route adds them to the meetings (meetings know no dialogues).
import 'server-only';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import type { CalendarEvent } from '@/modules/meetings';
import { db } from '@/server/db/client';

/** Deadlines show as a quarter of an hour that ends at the deadline. */
const DEADLINE_MINUTES = 15;

export async function personalDialogueEvents(userId: string, locale: Locale, origin: string): Promise<CalendarEvent[]> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { organizationId: true } });
  const dialogues = await db().marketDialogue.findMany({
    where: {
      publishedAt: { not: null },
      OR: [{ signUps: { some: { userId, withdrawnAt: null } } }, { network: { memberships: { some: { userId, status: 'ACTIVE' } } } }],
    },
    select: {
      id: true,
      title: true,
      form: true,
      status: true,
      questionsCloseAt: true,
      closesAt: true,
      eventStartsAt: true,
      eventEndsAt: true,
      place: true,
      onlineUrl: true,
      updatedAt: true,
      network: { select: { name: true } },
      slots: { where: { bookedByOrganizationId: user?.organizationId ?? '' }, select: { id: true, startsAt: true, endsAt: true, bookedAt: true } },
    },
    orderBy: { closesAt: 'asc' },
  });
  const t = getMessages(locale).dialogueCalendar;
  return dialogues.flatMap((dialogue) => {
    const url = `${origin}/${locale}/dialogues/${encodeURIComponent(dialogue.id)}`;
    const cancelled = dialogue.status === 'CANCELLED';
    const about = `${dialogue.title} (${dialogue.network.name})`;
    const deadline = (kind: 'questions' | 'closes', at: Date): CalendarEvent => ({
      uid: `dialogue-${dialogue.id}-${kind}@trappan`,
      start: new Date(at.getTime() - DEADLINE_MINUTES * 60_000),
      end: at,
      summary: `${kind === 'questions' ? t.questionsClose : t.closes}: ${about}`,
      description: `${t.moreAt}: ${url}`,
      url,
      stamp: dialogue.updatedAt,
      cancelled,
    });
    const events: CalendarEvent[] = [deadline('questions', dialogue.questionsCloseAt), deadline('closes', dialogue.closesAt)];
    if (dialogue.form === 'INFO_MEETING' && dialogue.eventStartsAt && dialogue.eventEndsAt) {
      events.push({
        uid: `dialogue-${dialogue.id}-event@trappan`,
        start: dialogue.eventStartsAt,
        end: dialogue.eventEndsAt,
        summary: about,
        location: [dialogue.place, dialogue.onlineUrl].filter(Boolean).join(' · ') || null,
        description: `${t.moreAt}: ${url}`,
        url,
        stamp: dialogue.updatedAt,
        cancelled,
      });
    }
    for (const slot of dialogue.slots) {
      events.push({
        uid: `dialogue-slot-${slot.id}@trappan`,
        start: slot.startsAt,
        end: slot.endsAt,
        summary: `${t.oneToOne}: ${about}`,
        description: `${t.moreAt}: ${url}`,
        url,
        stamp: slot.bookedAt ?? dialogue.updatedAt,
        cancelled,
      });
    }
    return events;
  });
}
