import { describe, expect, it } from 'vitest';

import { readLimitedBody } from './limited-body';

const streamOf = (chunks: number, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });

describe('readLimitedBody', () => {
  it('returns a body within the limit unchanged', async () => {
    const body = await readLimitedBody(new Request('http://x/', { method: 'POST', body: 'email=a%40b.se&password=hemligt' }), 1024);
    expect(new TextDecoder().decode(body!)).toBe('email=a%40b.se&password=hemligt');
  });
  it('refuses a declared size over the limit without reading', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'x', headers: { 'content-length': '50000000' } });
    expect(await readLimitedBody(request, 1024)).toBeNull();
  });
  it('stops reading an undeclared body at the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: streamOf(100, 1024), duplex: 'half' } as RequestInit);
    expect(await readLimitedBody(request, 16 * 1024)).toBeNull();
  });
});
