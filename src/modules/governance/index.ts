// What governance offers other domains' server code: the current charter, the network page's
// sections (charter, groups, joining), a person's join requests, the secretariat's access check
// and the charter's voting rules.
export { getCurrentCharter } from './charter-queries';
export { CharterSection } from './components/charter-section';
export { GroupsSection } from './components/groups-section';
export { JoinPanel } from './components/join-panel';
export { hasActiveCoordinator } from './first-coordinator-queries';
export { listMyJoinRequests } from './joining-queries';
export { managePageTitle, requireNetworkManager } from './manage-access';
export { getVotingRules } from './voting-rules';
