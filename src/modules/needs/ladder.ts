// The innovation ladder (the agency's report, p. 14-15 and 23-26): which step a need is on
// follows from how mature the market is, asked as three questions. Pure, so pages, actions
// and tests share one rule.
import type { LadderStep, MaturityAnswer } from '@/generated/prisma/enums';

export const LADDER_STEPS: readonly LadderStep[] = ['INITIATE', 'INTRODUCE', 'IMPLEMENT'];

export const MATURITY_ANSWERS: readonly MaturityAnswer[] = ['YES', 'PARTLY', 'NO'];

/** The three questions, in the report's order. */
export type MaturityAnswers = {
  /** 1. Does the market offer solutions that meet the need? */
  offersSolutions: MaturityAnswer;
  /** 2. Has the market identified and prioritised the development area that would meet it? */
  prioritisedArea: MaturityAnswer;
  /** 3. Does the market understand and know the need area? */
  understandsNeed: MaturityAnswer;
};

/**
 * The step the answers suggest (docs/decisions/0010):
 *  - implement: the market offers solutions (question 1 yes), if only at small scale;
 *  - introduce: solutions are not (fully) on the market, but the market understands the need
 *    (question 3 yes or partly) and something is on its way: solutions exist in part
 *    (question 1 partly) or the market has identified the development area (question 2 yes or
 *    partly). Prototypes, testbeds and a first customer are what it needs;
 *  - initiate: otherwise. No market meets the need, or the market does not understand it:
 *    research and development, pre-commercial procurement, innovation competitions.
 */
export function suggestedStep(answers: MaturityAnswers): LadderStep {
  if (answers.offersSolutions === 'YES') return 'IMPLEMENT';
  const understood = answers.understandsNeed !== 'NO';
  const underway = answers.offersSolutions === 'PARTLY' || answers.prioritisedArea !== 'NO';
  return understood && underway ? 'INTRODUCE' : 'INITIATE';
}

/**
 * The typical methods and the market-dialogue topics of each step (BRIEF §4, report p. 24-26),
 * as the checklist a network works through for a need on that step. The keys are stored in
 * LadderChecklistEntry.itemKey; the texts are in the messages (ladder.items).
 */
export const LADDER_CHECKLIST = {
  IMPLEMENT: {
    methods: [
      'developmentPromotingProcurement',
      'jointFunctionalRequirements',
      'openProcurementDocuments',
      'proportionalRequirements',
      'guidance',
      'coordinatedProcurement',
      'frameworkAgreement',
    ],
    topics: [
      'solutionsMeetingNeeds',
      'conditionsAndDependencies',
      'operationAndMaintenance',
      'functionAndRequirements',
      'packagingOfProcurements',
      'procurementProcess',
    ],
  },
  INTRODUCE: {
    methods: ['firstCustomer', 'testbed', 'innovationPartnership'],
    topics: [
      'clarifyingNeeds',
      'incentivesToFinish',
      'possibleCollaboration',
      'needsBeforeCommercialisation',
      'businessModels',
      'implementationConditions',
      'riskManagement',
      'procurementProcess',
    ],
  },
  INITIATE: {
    methods: ['rdProcurement', 'preCommercialProcurement', 'innovationCompetition', 'openInnovation'],
    topics: [
      'mappingPartialSolutions',
      'effectsOfUnmetNeed',
      'potentialDemand',
      'jointIdeaGeneration',
      'incentivesToDevelop',
      'marketCreatingActivities',
    ],
  },
} as const satisfies Record<LadderStep, { methods: readonly string[]; topics: readonly string[] }>;

export type ChecklistMethod = (typeof LADDER_CHECKLIST)[LadderStep]['methods'][number];
export type ChecklistTopic = (typeof LADDER_CHECKLIST)[LadderStep]['topics'][number];

/** The stored key of a checklist item: "method.testbed" or "topic.businessModels". */
export function checklistKeys(step: LadderStep): string[] {
  const { methods, topics } = LADDER_CHECKLIST[step];
  return [...methods.map((m) => `method.${m}`), ...topics.map((t) => `topic.${t}`)];
}

export function isChecklistKey(step: LadderStep, key: string): boolean {
  return checklistKeys(step).includes(key);
}
