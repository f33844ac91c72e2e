// What dialogues offers other domains' server code: a network's dialogues for its page, a need's
// dialogues for the need's page (composed by the route, since dialogues build on needs), and a
// person's dialogues and followed areas for /me.
export { NeedDialoguesSection, NetworkDialoguesSection } from './components/dialogue-sections';
export { MyDialoguesSection } from './components/my-dialogues-section';
export { hasNetworkDialogues } from './dialogue-queries';
export { NetworkDialoguesPage } from './network-dialogues-page';
// Where a dialogue and the list are, for links from /me.
export { dialoguePath, dialoguesFeedPath, dialoguesPath } from './dialogue-paths';
