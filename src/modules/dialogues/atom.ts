// The Atom feed (RFC 4287) of published market dialogues, newest first: one entry per
// dialogue with its network, form and closing time. Pure: the endpoint reads, this writes.
export type FeedEntry = { id: string; title: string; url: string; publishedAt: Date; updatedAt: Date; summary: string; author: string };

export type Feed = { id: string; title: string; selfUrl: string; pageUrl: string; updatedAt: Date; entries: readonly FeedEntry[] };

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML, with the characters XML 1.0 does not allow dropped. */
export function xmlText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${xmlText(entry.url)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
      `    <published>${entry.publishedAt.toISOString()}</published>`,
      `    <updated>${entry.updatedAt.toISOString()}</updated>`,
      `    <author><name>${xmlText(entry.author)}</name></author>`,
      `    <summary>${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `  <updated>${feed.updatedAt.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
