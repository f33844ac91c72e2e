// Pure rules about organisations: Swedish organisation numbers, who is a contracting
// authority, and how SCB codes relate to counties.
import Organisationsnummer from 'organisationsnummer';

import type { OrganizationKind } from '@/generated/prisma/enums';

import { isCountyCode } from './counties';

/** Only these kinds buy under the procurement acts (LOU); only they can be network members. */
export const CONTRACTING_AUTHORITY_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY'];

export function isContractingAuthority(kind: OrganizationKind): boolean {
  return CONTRACTING_AUTHORITY_KINDS.includes(kind);
}

/**
 * Normalises an organisation number to NNNNNN-NNNN, or null when it is not one. Accepts ten
 * digits with or without the hyphen (and spaces), and the twelve-digit form with the "16"
 * prefix. The check digit and the number's structure are checked by `organisationsnummer`,
 * a kept library (docs/decisions/0014).
 */
export function normalizeOrganizationNumber(input: string): string | null {
  const compact = input.trim().replace(/\s/g, '');
  if (!/^(16)?\d{6}-?\d{4}$/.test(compact) || !Organisationsnummer.valid(compact)) return null;
  return Organisationsnummer.parse(compact).format(true);
}

export function isValidOrganizationNumber(input: string): boolean {
  return normalizeOrganizationNumber(input) !== null;
}

export type ScbCodeProblem = 'scbCodeNotAllowed' | 'scbCodeFormat' | 'scbCodeCounty' | 'countyUnknown';

/**
 * Checks the county and SCB code of an organisation: municipalities have a four-digit
 * code that starts with their county's code, regions a two-digit code equal to it, and
 * other kinds none.
 */
export function checkScbCode(
  kind: OrganizationKind,
  countyCode: string | null | undefined,
  scbCode: string | null | undefined,
): ScbCodeProblem | null {
  if (countyCode && !isCountyCode(countyCode)) return 'countyUnknown';
  if (!scbCode) return null;
  if (kind === 'MUNICIPALITY') {
    if (!/^\d{4}$/.test(scbCode)) return 'scbCodeFormat';
    if (!isCountyCode(scbCode.slice(0, 2)) || (countyCode && scbCode.slice(0, 2) !== countyCode)) return 'scbCodeCounty';
    return null;
  }
  if (kind === 'REGION') {
    if (!/^\d{2}$/.test(scbCode)) return 'scbCodeFormat';
    if (!isCountyCode(scbCode) || (countyCode && scbCode !== countyCode)) return 'scbCodeCounty';
    return null;
  }
  return 'scbCodeNotAllowed';
}
