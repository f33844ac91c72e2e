// Demo meetings for Konstgräs, seeded only in demo mode: a meeting held seven weeks before the
// demo is seeded (and who attended), an upcoming one in three weeks that people have answered,
// and a digital planning meeting in nine weeks. The dates follow the seeding day (in Stockholm
// time), so the demo never shows an "upcoming" meeting that is already past. Idempotent like the other demo seeds: a meeting that exists
// (by network and title) is never touched, so a restart does not undo the secretariat's edits.
import type { Prisma } from '@/generated/prisma/client';
import type { RegistrationAnswer } from '@/generated/prisma/enums';
import { stockholmDaysFrom } from '@/i18n/stockholm-time';
import { hasVote } from '@/modules/governance/rules';

const NETWORK_SLUG = 'konstgras';
const COORDINATOR = 'secretariat@trappan.test';

type DemoMeeting = Omit<Prisma.MeetingUncheckedCreateInput, 'networkId' | 'createdById'> & {
  title: string;
  attended?: string[];
  registrations?: Array<[string, RegistrationAnswer]>;
};

/** The demo's meetings, placed relative to `now`: N days from the seeding day at a Stockholm hour. */
const demoMeetings = (now: Date): DemoMeeting[] => {
  const at = (days: number, time: string) => stockholmDaysFrom(now, days, time);
  return [
  {
    title: 'Nätverksmöte om fyllnadsmaterialen',
    description: 'Resultat från testerna av alternativa fyllnadsmaterial och första utkastet till gemensamma miljökrav.',
    startsAt: at(-49, '10:00'),
    endsAt: at(-49, '15:00'),
    format: 'PHYSICAL',
    place: 'Stockholms stadshus, Hantverkargatan 1, Stockholm',
    capacity: 30,
    isPublic: true,
    attended: [COORDINATOR, 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'funder@trappan.test'],
  },
  // Held last week, with no attendance, agenda or minutes recorded yet: the secretariat's
  // next piece of work after a meeting (tests/e2e/secretariat-desk.spec.ts records it).
  {
    title: 'Arbetsgruppsmöte om kravlistan',
    description: 'Arbetsgruppen går igenom utkastet till gemensam kravlista inför nätverksmötet.',
    startsAt: at(-6, '13:00'),
    endsAt: at(-6, '15:00'),
    format: 'DIGITAL',
    onlineUrl: 'https://meet.example.se/konstgras-kravlistan',
    isPublic: false,
  },
  {
    title: 'Nätverksmöte om miljökraven',
    description: 'Beslut om miljökraven inför den samordnade upphandlingen och planering av idétävlingen.',
    startsAt: at(21, '13:00'),
    endsAt: at(21, '16:00'),
    format: 'HYBRID',
    place: 'Malmö stadshus, August Palms plats 1, Malmö',
    onlineUrl: 'https://meet.example.se/konstgras-miljokraven',
    registrationDeadline: at(14, '12:00'),
    capacity: 25,
    isPublic: true,
    registrations: [
      ['goteborg@trappan.test', 'YES'],
      ['umea@trappan.test', 'MAYBE'],
      ['linkoping@trappan.test', 'NO'],
    ],
  },
  {
    title: 'Planeringsmöte för nästa år',
    description: 'Planen för nästa år: mötesdatum, arbetsgrupper och budget.',
    startsAt: at(63, '09:00'),
    endsAt: at(63, '11:00'),
    format: 'DIGITAL',
    onlineUrl: 'https://meet.example.se/konstgras-planering',
    isPublic: true,
  },
  ];
};

export async function seedDemoMeetings(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const meetings = demoMeetings(now);
  const network = await tx.network.findUniqueOrThrow({ where: { slug: NETWORK_SLUG }, select: { id: true } });
  // The charter is seeded first (demo-governance.ts): a vote follows it, as in recordAttendance.
  const charter = await tx.charterVersion.findFirst({ where: { networkId: network.id }, orderBy: { version: 'desc' }, select: { associationsVote: true } });
  const votingRules = { associationsVote: charter?.associationsVote ?? false };
  const emails = [...new Set(meetings.flatMap((m) => [...(m.attended ?? []), ...(m.registrations ?? []).map(([email]) => email)]).concat(COORDINATOR))];
  const users = await tx.user.findMany({
    where: { email: { in: emails } },
    select: {
      id: true,
      email: true,
      organization: { select: { kind: true } },
      memberships: { where: { networkId: network.id, status: 'ACTIVE' }, select: { role: true, organization: { select: { kind: true } } } },
    },
  });
  const user = (email: string) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`Demo meeting names an unknown account: ${email}`);
    return found;
  };
  const coordinatorId = user(COORDINATOR).id;

  for (const { attended = [], registrations = [], ...data } of meetings) {
    const existing = await tx.meeting.findFirst({ where: { networkId: network.id, title: data.title }, select: { id: true } });
    if (existing) continue;
    const meeting = await tx.meeting.create({ data: { ...data, networkId: network.id, createdById: coordinatorId }, select: { id: true, startsAt: true } });
    if (registrations.length > 0) {
      await tx.meetingRegistration.createMany({ data: registrations.map(([email, answer]) => ({ meetingId: meeting.id, userId: user(email).id, answer })) });
    }
    if (attended.length > 0) {
      await tx.meetingAttendance.createMany({
        data: attended.map((email) => {
          const person = user(email);
          const membership = person.memberships[0];
          if (!membership) throw new Error(`Demo attendance needs an active Konstgräs membership: ${email}`);
          const kind = membership.organization?.kind ?? person.organization?.kind ?? null;
          return { meetingId: meeting.id, userId: person.id, role: membership.role, hasVote: hasVote(membership.role, kind, votingRules), arrivedAt: meeting.startsAt, recordedById: coordinatorId };
        }),
      });
    }
  }
}
