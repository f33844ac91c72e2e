// Pure rules about organisations: Swedish organisation numbers, who is a contracting
// authority, and how SCB codes relate to counties.
import type { OrganizationKind } from '@/generated/prisma/enums';

import { isCountyCode } from './counties';

/** Only these kinds buy under the procurement acts (LOU); only they can be network members. */
export const CONTRACTING_AUTHORITY_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY'];

export function isContractingAuthority(kind: OrganizationKind): boolean {
  return CONTRACTING_AUTHORITY_KINDS.includes(kind);
}

/**
 * Normalises an organisation number to NNNNNN-NNNN. Accepts ten digits with or without the
 * hyphen, and the twelve-digit form with the "16" prefix. Returns null for anything else.
 */
export function normalizeOrganizationNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s-]/g, '');
  const digits = /^16\d{10}$/.test(compact) ? compact.slice(2) : compact;
  if (!/^\d{10}$/.test(digits)) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** The Luhn check digit over the first nine digits, as the Swedish Tax Agency defines it. */
export function organizationNumberCheckDigit(firstNineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(firstNineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidOrganizationNumber(input: string): boolean {
  const normalized = normalizeOrganizationNumber(input);
  if (!normalized) return false;
  const digits = normalized.replace('-', '');
  return organizationNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
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
