// What meetings offers other domains' server code: the network page's year plan and public
// decisions, the personal calendar link on /me, and the shape of an event another domain adds
// to the personal calendar feed.
export { CalendarLinkSection } from './components/calendar-link-section';
export { MeetingPlanSection } from './components/meeting-plan-section';
export { PublicDecisionsSection } from './components/public-decisions-section';
export type { CalendarEvent } from './ical';
// Where a meeting's minutes are, for the adjuster's task on /me.
export { minutesPath } from './minutes-paths';
export type { PersonalEvents } from './feed-endpoints';
