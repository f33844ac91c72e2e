import { describe, expect, it } from 'vitest';

import { formatKronor, kronorInputValue, parseKronor } from './money';

describe('money', () => {
  it('reads kronor as people type them, into whole öre', () => {
    expect(parseKronor('1 234 567')).toBe(123456700n);
    expect(parseKronor('1234567,5')).toBe(123456750n);
    expect(parseKronor('12 000 kr')).toBe(1200000n);
    expect(parseKronor('0')).toBe(0n);
  });

  it('refuses what is not an amount', () => {
    for (const input of ['', 'tusen', '-5', '1,234', '12.3.4', '1e6']) expect(parseKronor(input)).toBeNull();
  });

  it('adds amounts beyond 2^53 öre exactly (no floating point)', () => {
    const sum = parseKronor('90071992547409,92')! + parseKronor('0,01')!;
    expect(sum).toBe(2n ** 53n + 1n);
    expect(formatKronor(sum)).toBe('90\u00a0071\u00a0992\u00a0547\u00a0409,93\u00a0kr');
  });

  it('shows amounts the Swedish way', () => {
    expect(formatKronor(123456700n)).toBe('1\u00a0234\u00a0567\u00a0kr');
    expect(formatKronor(123456750n)).toBe('1\u00a0234\u00a0567,50\u00a0kr');
    expect(formatKronor(50000n, 'en')).toBe('500\u00a0SEK');
    expect(kronorInputValue(123456750n)).toBe('1234567,50');
  });
});
