// What needs offers anywhere, browser included (pure, no server code): the potential market of a
// need and the ladder's checklist labels (for open data and the audit log).
export { checklistItemLabel } from './checklist-items';
// What became of handovers, counted: for the dashboards.
export { tallyResults, type ResultTally } from './handover-results';
export { potentialMarket } from './business-case';
export { needPath, SHARING_INVITATION_ANCHOR } from './need-paths';
// Who votes in a round, and where a round is: for the to-do list on /me.
export { roundVoter } from './prioritisation';
export { roundPath } from './round-paths';
