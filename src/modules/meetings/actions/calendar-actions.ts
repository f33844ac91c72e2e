'use server';

// A person's own calendar link. Not a network action (it belongs to the person, not to a
// network): signed in, checked with zod, one transaction that replaces the old token (so the
// old link stops working at once) and the audit event. The secret is returned once, in the
// confirmation; only its hash is stored.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { writeAuditEvent } from '@/server/audit';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import type { FormState } from '@/ui/form-state';

import { calendarFeedPath, hashCalendarToken, newCalendarToken } from '../calendar-token';

export async function createCalendarFeedToken(_previous: FormState, formData: FormData): Promise<FormState> {
  const requested = formData.get('locale');
  const locale = typeof requested === 'string' && isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = getMessages(locale);
  const user = await getCurrentUser();
  if (!user) {
    await writeAuditEvent(db(), { actorId: null, action: 'calendarFeed.create', entityType: 'CalendarFeedToken', outcome: 'DENIED', after: { reason: 'signedOut' } });
    return { status: 'error', message: t.refused.signedOut };
  }
  // The form carries only the language (plus React's own $-fields); anything else is refused.
  const fields = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith('$')));
  const parsed = z.object({ locale: z.enum(['sv', 'en']).optional() }).strict().safeParse(fields);
  if (!parsed.success) return { status: 'error', message: t.actions.unexpected };

  const token = newCalendarToken();
  try {
    const replaced = await db().$transaction(async (tx) => {
      const previous = await tx.calendarFeedToken.findUnique({ where: { userId: user.id }, select: { userId: true } });
      await tx.calendarFeedToken.upsert({
        where: { userId: user.id },
        create: { userId: user.id, tokenHash: hashCalendarToken(token) },
        update: { tokenHash: hashCalendarToken(token), createdAt: new Date() },
      });
      await writeAuditEvent(tx, {
        actorId: user.id,
        action: 'calendarFeed.create',
        entityType: 'CalendarFeedToken',
        entityId: user.id,
        outcome: 'ALLOWED',
        after: { replaced: Boolean(previous) },
      });
      return Boolean(previous);
    });
    revalidatePath(`/${locale}/me`);
    return { status: 'success', message: replaced ? t.meetings.calendarLink.replaced : t.meetings.calendarLink.created, detail: calendarFeedPath(token) };
  } catch (error) {
    console.error('Action calendarFeed.create failed', error);
    return { status: 'error', message: t.actions.unexpected };
  }
}
