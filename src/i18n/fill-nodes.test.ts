import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { fillNodes } from './fill-nodes';
import { template } from './template';

const paragraph = (children: React.ReactNode) => renderToStaticMarkup(createElement('p', null, children));

describe('fillNodes', () => {
  it('puts elements in the holes and keeps the sentence around them as text', () => {
    const text = template('Vote in the round “{title}” for {organization}');
    const html = paragraph(fillNodes(text, { title: createElement('span', { lang: 'sv' }, 'Höstens runda'), organization: 'Malmö stad' }));
    expect(html).toBe('<p>Vote in the round “<span lang="sv">Höstens runda</span>” for Malmö stad</p>');
  });

  it('fills a hole that comes first or last, and the same hole twice', () => {
    expect(paragraph(fillNodes(template('{a} and {a}'), { a: createElement('b', null, 'x') }))).toBe('<p><b>x</b> and <b>x</b></p>');
  });
});
