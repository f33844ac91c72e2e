// What governance offers anywhere, browser included (pure, no server code): who may sit in a
// group and who has a vote, the charter's content and dates, and the secretariat's page paths.
export { changedFields, type CharterContent, formatCharterDate } from './charter-content';
export { competenceCoverage } from './competence-coverage';
export { firstCoordinatorPath, managePath } from './manage-path';
export { buysFor, buysForItself, groupEligibility, hasVote, mayRunBuyerGroup, type VotingRules } from './rules';
