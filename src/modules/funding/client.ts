// What funding offers anywhere, browser included (pure, no server code): a funder's funded
// span, which funders grant for a limited time only, and kronor read and shown exactly.
export { formatKronor, fundedSpan, type FundingPeriodView, funderOrganizationRule, isTimeLimitedFunder, MAX_AMOUNT_SEK, parseKronor } from './rules';
