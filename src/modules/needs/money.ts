// Money is kept as whole öre (bigint), never floating point, and shown the Swedish way
// ("1 234 567 kr"). Input accepts what people type: "1 234 567", "1234567,50", "12 000 kr".

const ORE_PER_KRONA = 100n;

/** Parses kronor typed by a person into öre; null when it is not an amount. */
export function parseKronor(input: string): bigint | null {
  const cleaned = input.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '').replace(/^SEK/i, '');
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const kronor = BigInt(match[1]!);
  const ore = BigInt((match[2] ?? '').padEnd(2, '0'));
  return kronor * ORE_PER_KRONA + ore;
}

/** "1 234 567 kr", or "1 234 567,50 kr" when there are öre; English uses the same format. */
export function formatKronor(ore: bigint, locale: 'sv' | 'en' = 'sv'): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kronor = abs / ORE_PER_KRONA;
  const rest = abs % ORE_PER_KRONA;
  const grouped = kronor.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const amount = rest === 0n ? grouped : `${grouped},${rest.toString().padStart(2, '0')}`;
  const unit = locale === 'sv' ? 'kr' : 'SEK';
  return `${negative ? '−' : ''}${amount}\u00a0${unit}`;
}

/** Öre as kronor for a form field ("1234567" or "1234567,50"). */
export function kronorInputValue(ore: bigint): string {
  const rest = ore % ORE_PER_KRONA;
  return rest === 0n ? (ore / ORE_PER_KRONA).toString() : `${ore / ORE_PER_KRONA},${rest.toString().padStart(2, '0')}`;
}
