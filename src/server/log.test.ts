import { describe, expect, it } from 'vitest';

import { requestErrorEntry } from './log';

const context = { routerKind: 'App Router', routePath: '/[locale]/networks/[slug]', routeType: 'render', revalidateReason: undefined } as const;

describe('the log entry of an error Next met while answering', () => {
  it('names the request by its id, method, path and route, with the error', () => {
    const error = Object.assign(new Error('relation does not exist'), { digest: '2817364519' });
    const entry = requestErrorEntry(error, { path: '/sv/networks/konstgras?q=hemligt', method: 'GET', headers: { 'x-request-id': 'nginx-7f3e2a', cookie: 'authjs.session-token=eyJ' } }, context);
    expect(entry).toMatchObject({ requestId: 'nginx-7f3e2a', method: 'GET', path: '/sv/networks/konstgras', route: '/[locale]/networks/[slug]', routeType: 'render', digest: '2817364519', err: error });
    // Neither the cookie nor the query.
    expect(JSON.stringify(entry)).not.toMatch(/eyJ|hemligt/);
  });

  it('has no request id rather than one it cannot trust', () => {
    const entry = requestErrorEntry(new Error('x'), { path: '/sv', method: 'GET', headers: { 'x-request-id': 'a b\nc' } }, context);
    expect(entry.requestId).toBeNull();
  });
});
