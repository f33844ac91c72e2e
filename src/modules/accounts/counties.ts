// Sweden's 21 counties (län) with their official SCB codes. A municipality's four-digit
// SCB code starts with its county's code; a region has the county's code as its own.
export const COUNTIES = {
  '01': { sv: 'Stockholms län', en: 'Stockholm County' },
  '03': { sv: 'Uppsala län', en: 'Uppsala County' },
  '04': { sv: 'Södermanlands län', en: 'Södermanland County' },
  '05': { sv: 'Östergötlands län', en: 'Östergötland County' },
  '06': { sv: 'Jönköpings län', en: 'Jönköping County' },
  '07': { sv: 'Kronobergs län', en: 'Kronoberg County' },
  '08': { sv: 'Kalmar län', en: 'Kalmar County' },
  '09': { sv: 'Gotlands län', en: 'Gotland County' },
  '10': { sv: 'Blekinge län', en: 'Blekinge County' },
  '12': { sv: 'Skåne län', en: 'Skåne County' },
  '13': { sv: 'Hallands län', en: 'Halland County' },
  '14': { sv: 'Västra Götalands län', en: 'Västra Götaland County' },
  '17': { sv: 'Värmlands län', en: 'Värmland County' },
  '18': { sv: 'Örebro län', en: 'Örebro County' },
  '19': { sv: 'Västmanlands län', en: 'Västmanland County' },
  '20': { sv: 'Dalarnas län', en: 'Dalarna County' },
  '21': { sv: 'Gävleborgs län', en: 'Gävleborg County' },
  '22': { sv: 'Västernorrlands län', en: 'Västernorrland County' },
  '23': { sv: 'Jämtlands län', en: 'Jämtland County' },
  '24': { sv: 'Västerbottens län', en: 'Västerbotten County' },
  '25': { sv: 'Norrbottens län', en: 'Norrbotten County' },
} as const;

export type CountyCode = keyof typeof COUNTIES;

export function isCountyCode(value: string): value is CountyCode {
  return Object.hasOwn(COUNTIES, value);
}

export function countyName(code: string | null | undefined, locale: 'sv' | 'en'): string | null {
  return code && isCountyCode(code) ? COUNTIES[code][locale] : null;
}

/**
 * The counties as choices, by name in the reader's language. Not `Object.entries(COUNTIES)`:
 * JavaScript puts integer-like keys ("10" to "25") before "01" to "09", so Blekinge came first.
 */
export function countyOptions(locale: 'sv' | 'en'): { code: CountyCode; name: string }[] {
  const collator = new Intl.Collator(locale);
  return (Object.keys(COUNTIES) as CountyCode[])
    .map((code) => ({ code, name: COUNTIES[code][locale] }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
