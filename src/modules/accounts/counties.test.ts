import { describe, expect, it } from 'vitest';

import { COUNTIES, countyOptions } from './counties';

describe('countyOptions', () => {
  it('lists all 21 counties by Swedish name, with Å, Ä and Ö last', () => {
    const names = countyOptions('sv').map((county) => county.name);
    expect(names).toHaveLength(Object.keys(COUNTIES).length);
    expect(names.slice(0, 3)).toEqual(['Blekinge län', 'Dalarnas län', 'Gotlands län']);
    expect(names.slice(-2)).toEqual(['Örebro län', 'Östergötlands län']);
  });

  it('sorts by the English name in English', () => {
    const options = countyOptions('en');
    expect(options[0]).toEqual({ code: '10', name: 'Blekinge County' });
    expect(options.at(-1)).toEqual({ code: '14', name: 'Västra Götaland County' });
  });
});
