// What accounts offers anywhere, browser included (pure, no server code): the kinds of
// organisation that are contracting authorities, organisation numbers and SCB codes, and
// Sweden's counties.
export { COUNTIES, type CountyCode, countyName, isCountyCode } from './counties';
export {
  checkScbCode,
  CONTRACTING_AUTHORITY_KINDS,
  isContractingAuthority,
  normalizeOrganizationNumber,
  type ScbCodeProblem,
} from './organization-rules';
