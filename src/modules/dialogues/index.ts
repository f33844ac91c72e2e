// What dialogues offers other domains' server code: a network's dialogues for its page, and a
// need's dialogues for the need's page (composed by the route, since dialogues build on needs).
export { NeedDialoguesSection, NetworkDialoguesSection } from './components/dialogue-sections';
