// Demo meetings for Konstgräs, seeded only in demo mode: this year's plan, with a held spring
// meeting (and who attended), an upcoming autumn meeting people have answered, and a digital
// planning meeting next year. Idempotent like the other demo seeds: a meeting that exists
// (by network and title) is never touched, so a restart does not undo the secretariat's edits.
import type { Prisma } from '@/generated/prisma/client';
import type { RegistrationAnswer } from '@/generated/prisma/enums';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { hasVote } from '@/modules/governance/rules';

const NETWORK_SLUG = 'konstgras';
const COORDINATOR = 'secretariat@trappan.test';

const at = (local: string) => {
  const instant = parseStockholmInput(local);
  if (!instant) throw new Error(`Not a Stockholm time: ${local}`);
  return instant;
};

type DemoMeeting = Omit<Prisma.MeetingUncheckedCreateInput, 'networkId' | 'createdById'> & {
  title: string;
  attended?: string[];
  registrations?: Array<[string, RegistrationAnswer]>;
};

const meetings: DemoMeeting[] = [
  {
    title: 'Nätverksmöte vår 2026',
    description: 'Resultat från testerna av alternativa fyllnadsmaterial och första utkastet till gemensamma miljökrav.',
    startsAt: at('2026-04-15T10:00'),
    endsAt: at('2026-04-15T15:00'),
    format: 'PHYSICAL',
    place: 'Stockholms stadshus, Hantverkargatan 1, Stockholm',
    capacity: 30,
    isPublic: true,
    attended: [COORDINATOR, 'buyer@trappan.test', 'goteborg@trappan.test', 'umea@trappan.test', 'funder@trappan.test'],
  },
  {
    title: 'Nätverksmöte höst 2026',
    description: 'Beslut om miljökraven inför den samordnade upphandlingen och planering av idétävlingen.',
    startsAt: at('2026-12-10T13:00'),
    endsAt: at('2026-12-10T16:00'),
    format: 'HYBRID',
    place: 'Malmö stadshus, August Palms plats 1, Malmö',
    onlineUrl: 'https://meet.example.se/konstgras-host-2026',
    registrationDeadline: at('2026-12-03T12:00'),
    capacity: 25,
    isPublic: true,
    registrations: [
      ['goteborg@trappan.test', 'YES'],
      ['umea@trappan.test', 'MAYBE'],
      ['linkoping@trappan.test', 'NO'],
    ],
  },
  {
    title: 'Planeringsmöte 2027',
    description: 'Årsplanen för 2027: mötesdatum, arbetsgrupper och budget.',
    startsAt: at('2027-02-04T09:00'),
    endsAt: at('2027-02-04T11:00'),
    format: 'DIGITAL',
    onlineUrl: 'https://meet.example.se/konstgras-planering-2027',
    isPublic: true,
  },
];

export async function seedDemoMeetings(tx: Prisma.TransactionClient): Promise<void> {
  const network = await tx.network.findUniqueOrThrow({ where: { slug: NETWORK_SLUG }, select: { id: true } });
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
          return { meetingId: meeting.id, userId: person.id, role: membership.role, hasVote: hasVote(membership.role, kind), arrivedAt: meeting.startsAt, recordedById: coordinatorId };
        }),
      });
    }
  }
}
