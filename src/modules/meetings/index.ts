// What meetings offers other domains' server code: the network page's year plan and public
// decisions, the personal calendar link on /me, and the shape of an event another domain adds
// to the personal calendar feed.
export { CalendarLinkSection } from './components/calendar-link-section';
export { MeetingPlanSection } from './components/meeting-plan-section';
export { PublicDecisionsSection } from './components/public-decisions-section';
export type { CalendarEvent } from './ical';
export type { PersonalEvents } from './feed-endpoints';
