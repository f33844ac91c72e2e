// Who is told when an agenda is published: every active member of the network (any role)
// whose account is open and who has not answered NO to the meeting. One rule, used by the
// publish action (to write the outbox) and by the agenda page (to say how many).
import type { Prisma } from '@/generated/prisma/client';
import { publicOrigin } from '@/server/public-origin';

export function agendaRecipientsWhere(networkId: string, meetingId: string): Prisma.MembershipWhereInput {
  return {
    networkId,
    status: 'ACTIVE',
    user: { disabledAt: null, meetingRegistrations: { none: { meetingId, answer: 'NO' } } },
  };
}

/** Where a published agenda is read, in one language; absolute when the public address is known. */
export function agendaUrl(locale: string, slug: string, meetingId: string, origin = publicOrigin()): string {
  return `${origin}/${locale}/networks/${slug}/meetings/${meetingId}/agenda`;
}
