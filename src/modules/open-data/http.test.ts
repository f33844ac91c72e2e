import { afterEach, describe, expect, it, vi } from 'vitest';

import { weakEtag } from '@/server/etag';
import { logger } from '@/server/log';

import { ApiError, cacheableResponse, openDataEndpoint, preflightResponse } from './http';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cacheableResponse', () => {
  const body = 'hello';
  const headers = { 'Content-Type': 'text/plain; charset=utf-8' };

  it('answers 200 with the body, the ETag, public caching and open CORS', async () => {
    const response = cacheableResponse(new Request('http://localhost/x'), body, headers);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('etag')).toBe(weakEtag(body));
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers 304 without a body when the client holds the same body', async () => {
    const response = cacheableResponse(new Request('http://localhost/x', { headers: { 'If-None-Match': weakEtag(body) } }), body, headers);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(weakEtag(body));
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  });
});

describe('preflightResponse', () => {
  it('allows GET with If-None-Match from any origin', () => {
    const response = preflightResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });
});

describe('openDataEndpoint', () => {
  const request = new Request('http://localhost/api/v1/networks?limit=1000');

  it('answers an ApiError with its status and JSON body', async () => {
    const endpoint = openDataEndpoint(async () => {
      throw new ApiError(400, 'invalid_parameter', 'limit must be an integer from 1 to 100', ['limit']);
    });
    const response = await endpoint(request);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      error: { code: 'invalid_parameter', message: 'limit must be an integer from 1 to 100', parameters: ['limit'] },
    });
  });

  it('answers anything else with a 500 JSON that discloses nothing, and logs it', async () => {
    const log = vi.spyOn(logger(), 'error').mockImplementation(() => {});
    const endpoint = openDataEndpoint(async () => {
      throw new Error('connection to db.internal:5432 refused');
    });
    const response = await endpoint(request);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(text).not.toMatch(/db\.internal|refused|at .*\.ts/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('passes the route context through', async () => {
    const endpoint = openDataEndpoint(async (_request: Request, context: { slug: string }) => Response.json(context));
    expect(await (await endpoint(request, { slug: 'konstgras' })).json()).toEqual({ slug: 'konstgras' });
  });
});
