// What the registry offers anywhere (pure): the registry's query, its parameters and cursor, so
// open data reads a URL exactly as the registry page does.
export { decodeCursor, INITIATORS, MAX_LIMIT, MEMBERSHIP_FEES, parseRegistryQuery, type RegistryQuery, SORTS, STATUSES } from './registry-query';
