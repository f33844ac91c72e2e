// What accounts offers anywhere, browser included (pure, no server code): the kinds of
// organisation that are contracting authorities, organisation numbers and SCB codes, and
// Sweden's counties, the public mail services no organisation's domain may be, and how long
// names may be.
export { ACCOUNT_LIMITS } from './account-limits';
export { COUNTIES, type CountyCode, countyName, countyOptions, isCountyCode } from './counties';
export {
  checkScbCode,
  CONTRACTING_AUTHORITY_KINDS,
  isContractingAuthority,
  normalizeOrganizationNumber,
  type ScbCodeProblem,
} from './organization-rules';
export { isPublicMailDomain, PUBLIC_MAIL_DOMAINS } from './public-mail-domains';
