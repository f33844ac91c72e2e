// What the admin domain offers other domains and routes: its pages, and the confirmation of a
// pending colleague, which the /me page can use.
export { AdminNav } from './admin-nav';
export { AreasPage } from './areas-page';
export { OrganisationsPage } from './organisations-page';
export { UsersPage } from './users-page';
export { confirmColleague } from './user-actions';
