// What meetings offers other domains' server code: the network page's year plan and public
// decisions, and the personal calendar link on /me.
export { CalendarLinkSection } from './components/calendar-link-section';
export { MeetingPlanSection } from './components/meeting-plan-section';
export { PublicDecisionsSection } from './components/public-decisions-section';
