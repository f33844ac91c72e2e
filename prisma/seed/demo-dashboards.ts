// The success-factor self-assessments of the networks with a demo history (demo-history.ts):
// the secretariat's for the two years before the demo is seeded for Konstgräs, so the dashboard
// shows this year's beside last year's as soon as a coordinator makes one; last year's and this
// year's for the other two; and a few members' own views this year, shown as a spread. Demo mode
// only; the scores and comments are the demo's, not the report's. Idempotent: an assessment of a
// year, once there, is never touched.
import type { Prisma } from '@/generated/prisma/client';
import type { SuccessFactor } from '@/generated/prisma/enums';

type Scores = [goal: number, structure: number, engagement: number, communication: number, funding: number];
const FACTORS: SuccessFactor[] = ['GOAL', 'STRUCTURE', 'ENGAGEMENT', 'COMMUNICATION', 'FUNDING'];

/** An assessment `yearsBack` years before the seeding year; by a member, or the secretariat's (memberEmail absent). */
type DemoAssessment = { networkSlug: string; yearsBack: number; savedBy: string; memberEmail?: string; scores: Scores; comments?: Partial<Record<SuccessFactor, string>> };

const assessments: DemoAssessment[] = [
  {
    networkSlug: 'konstgras',
    yearsBack: 1,
    savedBy: 'secretariat@trappan.test',
    scores: [4, 3, 4, 2, 2],
    comments: {
      GOAL: 'Målen för giftfria och återvinningsbara planer är gemensamma; de kortsiktiga målen behöver bli tydligare.',
      STRUCTURE: 'Styrgruppen fungerar, men arbetsgruppen saknar jurist.',
      ENGAGEMENT: 'Hög närvaro på de fysiska mötena.',
      COMMUNICATION: 'Vi når inte ut till kommunerna utanför nätverket.',
      FUNDING: 'Projektfinansieringen beviljas ett år i taget.',
    },
  },
  {
    networkSlug: 'konstgras',
    yearsBack: 2,
    savedBy: 'secretariat@trappan.test',
    scores: [3, 3, 3, 2, 3],
    comments: { GOAL: 'Programförklaringen är ett utkast.', ENGAGEMENT: 'Två nya kommuner har gått med.', FUNDING: 'Naturvårdsverkets anslag räcker året ut.' },
  },
  { networkSlug: 'konstgras', yearsBack: 0, savedBy: 'fotboll@trappan.test', memberEmail: 'fotboll@trappan.test', scores: [4, 3, 3, 3, 2] },
  { networkSlug: 'konstgras', yearsBack: 0, savedBy: 'skl@trappan.test', memberEmail: 'skl@trappan.test', scores: [5, 4, 4, 2, 1], comments: { FUNDING: 'Ettåriga anslag gör det svårt att planera upphandlingen.' } },
  {
    networkSlug: 'avancerad-rening-av-avloppsvatten',
    yearsBack: 1,
    savedBy: 'vatten@trappan.test',
    scores: [3, 2, 3, 3, 4],
    comments: { STRUCTURE: 'Arbetsgruppen saknar en upphandlare.', FUNDING: 'Svenskt Vatten står för sekretariatet.' },
  },
  { networkSlug: 'avancerad-rening-av-avloppsvatten', yearsBack: 0, savedBy: 'vatten@trappan.test', scores: [4, 3, 3, 3, 4], comments: { STRUCTURE: 'En jurist från Lunds kommun har gått med.' } },
  { networkSlug: 'avancerad-rening-av-avloppsvatten', yearsBack: 0, savedBy: 'stockholmvatten@trappan.test', memberEmail: 'stockholmvatten@trappan.test', scores: [4, 4, 3, 2, 4] },
  { networkSlug: 'digitala-tjanster-inom-socialtjansten', yearsBack: 1, savedBy: 'socialtjanst@trappan.test', scores: [2, 3, 4, 3, 3], comments: { GOAL: 'Kommunernas behov skiljer sig åt (rapporten s. 39).' } },
  { networkSlug: 'digitala-tjanster-inom-socialtjansten', yearsBack: 0, savedBy: 'socialtjanst@trappan.test', scores: [3, 3, 4, 3, 3], comments: { GOAL: 'Tre behovsområden är prioriterade.' } },
  { networkSlug: 'digitala-tjanster-inom-socialtjansten', yearsBack: 0, savedBy: 'norrkoping@trappan.test', memberEmail: 'norrkoping@trappan.test', scores: [3, 2, 4, 4, 3] },
  { networkSlug: 'digitala-tjanster-inom-socialtjansten', yearsBack: 0, savedBy: 'sundsvall@trappan.test', memberEmail: 'sundsvall@trappan.test', scores: [2, 3, 3, 3, 2] },
];

export async function seedDemoDashboards(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now));
  const [networks, users] = await Promise.all([
    tx.network.findMany({ where: { slug: { in: [...new Set(assessments.map((a) => a.networkSlug))] } }, select: { id: true, slug: true } }),
    tx.user.findMany({ where: { email: { in: [...new Set(assessments.flatMap((a) => [a.savedBy, a.memberEmail ?? a.savedBy]))] } }, select: { id: true, email: true } }),
  ]);
  const id = <T extends { id: string }>(row: T | undefined, what: string) => row?.id ?? fail(what);
  for (const a of assessments) {
    const networkId = id(networks.find((n) => n.slug === a.networkSlug), `network ${a.networkSlug}`);
    const memberId = a.memberEmail ? id(users.find((u) => u.email === a.memberEmail), `account ${a.memberEmail}`) : null;
    const year = thisYear - a.yearsBack;
    if (await tx.factorAssessment.findFirst({ where: { networkId, year, memberId }, select: { id: true } })) continue;
    await tx.factorAssessment.create({
      data: {
        networkId,
        year,
        memberId,
        savedById: id(users.find((u) => u.email === a.savedBy), `account ${a.savedBy}`),
        scores: { create: FACTORS.map((factor, i) => ({ factor, score: a.scores[i]!, comment: a.comments?.[factor] ?? '' })) },
      },
    });
  }
}

function fail(what: string): never {
  throw new Error(`Demo assessments name an unknown ${what}`);
}
