// What the registry offers other domains' server code: the search behind the registry page (for
// open data).
export { type RegistryNetwork, searchRegistry } from './search';
