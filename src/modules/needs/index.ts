// What needs offers other domains' server code: the handovers waiting for acknowledgement (on /me,
// the network page and the secretariat's members page) and the network page's public needs.
export { NetworkPendingHandovers } from './components/network-pending-handovers';
export { MyPendingHandovers } from './components/pending-handovers';
export { PublicNeedsSection } from './components/public-needs-section';
