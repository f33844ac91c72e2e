import { describe, expect, expectTypeOf, it } from 'vitest';

import { fill, template, type Template } from './template';

describe('templates', () => {
  it('fill every hole, as often as it stands', () => {
    expect(fill(template('{left} av {budget} poäng kvar, {left} att fördela'), { left: 3, budget: 10 })).toBe('3 av 10 poäng kvar, 3 att fördela');
    expect(fill(template('Flytta upp ”{title}”'), { title: 'Välkommen' })).toBe('Flytta upp ”Välkommen”');
  });

  it('leave text that only looks like a hole, such as a name with braces, as it is', () => {
    expect(fill(template('Röst från {name}'), { name: '{budget}' })).toBe('Röst från {budget}');
  });

  it('know their holes as types, so both languages must have the same', () => {
    expectTypeOf(template('{a} of {b}')).toEqualTypeOf<Template<'a' | 'b'>>();
    expectTypeOf(template('Inga hål')).toEqualTypeOf<Template<never>>();
    const swedish: Template<'name'> = template('Röst från {name}');
    // @ts-expect-error the English text must have the same hole
    const english: Template<'name'> = template('Vote by {person}');
    expect([swedish, english]).toHaveLength(2);
  });
});

describe('templates in client messages', () => {
  it('stay templates, while functions are left out', () => {
    type Section = { title: string; count: Template<'count'>; label: (name: string) => string };
    expectTypeOf<import('./client-messages').Plain<Section>>().toEqualTypeOf<{ title: string; count: Template<'count'> }>();
  });
});
