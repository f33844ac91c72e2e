import { describe, expect, it } from 'vitest';

import { atomFeed, xmlText } from './atom';

describe('the Atom feed', () => {
  const at = new Date('2026-12-01T09:00:00Z');
  const feed = atomFeed({
    id: 'https://trappan.example/sv/dialogues',
    title: 'Marknadsdialoger',
    selfUrl: 'https://trappan.example/sv/dialogues/feed.atom',
    pageUrl: 'https://trappan.example/sv/dialogues',
    updatedAt: at,
    entries: [{ id: 'd1', title: 'Fyllnad & <granulat>', url: 'https://trappan.example/sv/dialogues/d1', publishedAt: at, updatedAt: at, summary: 'Syfte\u0007', author: 'Konstgräs' }],
  });

  it('is an Atom document with one entry per dialogue', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('<updated>2026-12-01T09:00:00.000Z</updated>');
    expect(feed).toContain('<author><name>Konstgräs</name></author>');
  });

  it('escapes text and drops characters XML does not allow', () => {
    expect(feed).toContain('<title>Fyllnad &amp; &lt;granulat&gt;</title>');
    expect(feed).toContain('<summary>Syfte</summary>');
    expect(xmlText(`"a" 'b'`)).toBe('&quot;a&quot; &apos;b&apos;');
  });
});
