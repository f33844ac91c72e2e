// What accounts offers other domains' server code: a person's memberships (for /me).
export { listMyMemberships } from './queries';
