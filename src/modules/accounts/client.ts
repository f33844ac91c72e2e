// What accounts offers anywhere, browser included (pure, no server code): the kinds of
// organisation that are contracting authorities, and Sweden's counties.
export { COUNTIES, type CountyCode, countyName, isCountyCode } from './counties';
export { CONTRACTING_AUTHORITY_KINDS, isContractingAuthority } from './organization-rules';
