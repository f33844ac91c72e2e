// The Konstgräs secretariat's assessment of the five success factors for the year before the
// demo is seeded, so the dashboard shows this year's assessment beside last year's as soon as a
// coordinator makes one. Demo mode only; the scores and comments are the demo's, not the
// report's. Idempotent: an assessment of that year, once there, is never touched.
import type { Prisma } from '@/generated/prisma/client';
import type { SuccessFactor } from '@/generated/prisma/enums';

const NETWORK_SLUG = 'konstgras';
const COORDINATOR = 'secretariat@trappan.test';

const LAST_YEAR: Array<{ factor: SuccessFactor; score: number; comment: string }> = [
  { factor: 'GOAL', score: 4, comment: 'Målen för giftfria och återvinningsbara planer är gemensamma; de kortsiktiga målen behöver bli tydligare.' },
  { factor: 'STRUCTURE', score: 3, comment: 'Styrgruppen fungerar, men arbetsgruppen saknar jurist.' },
  { factor: 'ENGAGEMENT', score: 4, comment: 'Hög närvaro på de fysiska mötena.' },
  { factor: 'COMMUNICATION', score: 2, comment: 'Vi når inte ut till kommunerna utanför nätverket.' },
  { factor: 'FUNDING', score: 2, comment: 'Projektfinansieringen beviljas ett år i taget.' },
];

export async function seedDemoDashboards(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now)) - 1;
  const network = await tx.network.findUniqueOrThrow({ where: { slug: NETWORK_SLUG }, select: { id: true } });
  const existing = await tx.factorAssessment.findFirst({ where: { networkId: network.id, year, memberId: null }, select: { id: true } });
  if (existing) return;
  const coordinator = await tx.user.findUniqueOrThrow({ where: { email: COORDINATOR }, select: { id: true } });
  await tx.factorAssessment.create({ data: { networkId: network.id, year, memberId: null, savedById: coordinator.id, scores: { create: LAST_YEAR } } });
}
