// What needs offers anywhere, browser included (pure, no server code): the potential market of a
// need and the ladder's checklist labels (for open data and the audit log).
export { checklistItemLabel } from './checklist-items';
export { potentialMarket } from './business-case';
export { needPath } from './need-paths';
