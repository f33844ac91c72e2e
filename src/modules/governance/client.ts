// What governance offers anywhere, browser included (pure, no server code): who may sit in a
// group and who has a vote, the charter's dates, and the secretariat's page paths.
export { formatCharterDate } from './charter-content';
export { managePath } from './manage-path';
export { groupEligibility, hasVote } from './rules';
