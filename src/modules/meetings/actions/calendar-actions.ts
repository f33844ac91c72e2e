'use server';

// A person's own calendar link. Not a network action (it belongs to the person, not to a
// network), so it runs through runPersonAction: signed in, checked with zod, one transaction
// that replaces the old token (so the old link stops working at once) and the audit event. The secret is returned once, in the
// confirmation; only its hash is stored.
import { z } from 'zod';

import { runPersonAction } from '@/server/actions/person-action';
import type { FormState } from '@/ui/form-state';

import { calendarFeedPath, hashCalendarToken, newCalendarToken } from '../calendar-token';

export async function createCalendarFeedToken(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = newCalendarToken();
  return runPersonAction(formData, {
    action: 'calendarFeed.create',
    // The form carries only the language (plus React's own $-fields); anything else is refused.
    schema: () => z.object({ locale: z.enum(['sv', 'en']).optional() }).strict(),
    perform: async ({ tx, user, t }) => {
      const previous = await tx.calendarFeedToken.findUnique({ where: { userId: user.id }, select: { userId: true } });
      await tx.calendarFeedToken.upsert({
        where: { userId: user.id },
        create: { userId: user.id, tokenHash: hashCalendarToken(token) },
        update: { tokenHash: hashCalendarToken(token), createdAt: new Date() },
      });
      return {
        message: previous ? t.meetings.calendarLink.replaced : t.meetings.calendarLink.created,
        detail: calendarFeedPath(token),
        entity: { type: 'CalendarFeedToken', id: user.id },
        audit: { after: { replaced: Boolean(previous) } },
      };
    },
  });
}
