// What meetings offers anywhere, browser included (pure, no server code): which meetings count
// towards the charter's physical meetings per year, and where a meeting is.
export { meetingPath } from './meeting-paths';
export { countsTowardsPlan } from './meeting-rules';
