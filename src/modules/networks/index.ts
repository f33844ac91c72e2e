// What a network's profile offers other domains' server code: the public network as one record
// (for open data).
export { readPublicNetwork } from './queries';
export { startNetworkPath } from './network-paths';
