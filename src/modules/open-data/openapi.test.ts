import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { NEED_PARAMETERS } from './needs-params';
import { openApiDocument } from './openapi';
import { NETWORK_CSV_PARAMETERS, NETWORK_LIST_PARAMETERS, ORGANISATION_PARAMETERS } from './params';

const doc = openApiDocument('https://trappan.example');

type Operation = { parameters?: Array<{ $ref?: string; name?: string }>; responses: Record<string, unknown> };
const operation = (path: keyof typeof doc.paths) => (doc.paths[path] as { get: Operation }).get;
// A reference names a component; the parameter's name is what the client sends.
const componentParameters = doc.components.parameters as Record<string, { name: string }>;
const queryParameterNames = (op: Operation) =>
  (op.parameters ?? [])
    .map((p) => (p.$ref ? componentParameters[p.$ref.split('/').at(-1)!]?.name : p.name))
    .filter((name) => name !== 'If-None-Match' && name !== 'slug');

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the server of the request', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://trappan.example/api/v1' }]);
    // OpenAPI 3.1 forbids a url beside the SPDX identifier.
    expect(doc.info.license).toEqual({ name: 'CC0 1.0 Universal', identifier: 'CC0-1.0' });
  });

  it('lists exactly the parameters each endpoint accepts', () => {
    expect(queryParameterNames(operation('/networks'))).toEqual([...NETWORK_LIST_PARAMETERS]);
    expect(queryParameterNames(operation('/networks.csv'))).toEqual([...NETWORK_CSV_PARAMETERS]);
    expect(queryParameterNames(operation('/organisations'))).toEqual([...ORGANISATION_PARAMETERS]);
    expect(queryParameterNames(operation('/networks/{slug}'))).toEqual([]);
    expect(queryParameterNames(operation('/needs'))).toEqual([...NEED_PARAMETERS]);
  });

  it('documents the 400 of every endpoint that takes parameters', () => {
    for (const path of ['/networks', '/networks.csv', '/organisations', '/networks/{slug}', '/needs'] as const) {
      expect(operation(path).responses['400'], path).toEqual({ $ref: '#/components/responses/BadRequest' });
    }
    expect(operation('/networks/{slug}').responses['404']).toBeDefined();
  });

  it('has only references that resolve', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const target = ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('lists the DCAT catalogue at its own address, outside /api/v1', () => {
    const catalogue = doc.paths['/datasets/dcat'];
    expect(catalogue.servers).toEqual([{ url: 'https://trappan.example' }]);
    expect(Object.keys(catalogue.get.responses['200'].content)).toEqual(['application/rdf+xml', 'text/turtle', 'application/ld+json']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

// Routes under /api/v1 that are not open data: each answers one person, behind a secret token.
const NOT_OPEN_DATA: Record<string, string> = {
  '/calendar/{token}': 'a person’s own calendar feed, behind their secret link',
  '/unsubscribe': 'the unsubscribe link of a person’s mail',
};

const API_FOLDER = path.join(import.meta.dirname, '../../app/api/v1');

/** Every route handler under src/app/api/v1 as its OpenAPI path and the methods it exports. */
function routeHandlers(folder = API_FOLDER): Array<{ path: string; methods: string[] }> {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeHandlers(full);
    if (entry.name !== 'route.ts') return [];
    const apiPath = `/${path.relative(API_FOLDER, folder).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    const methods = [...readFileSync(full, 'utf8').matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE|HEAD)\b/g)].map((m) => m[1]!);
    return [{ path: apiPath, methods }];
  });
}

describe('the OpenAPI document and the route handlers', () => {
  const routes = routeHandlers();
  const paths = doc.paths as Record<string, Record<string, unknown>>;

  it('describes every public route handler under /api/v1, with each of its methods', () => {
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes.filter((r) => !(r.path in NOT_OPEN_DATA))) {
      expect(paths[route.path], `${route.path} is served but not in openapi.ts`).toBeDefined();
      for (const method of route.methods) expect(paths[route.path]![method.toLowerCase()], `${method} ${route.path}`).toBeDefined();
    }
  });

  it('describes nothing that is not served, and leaves out only routes that exist', () => {
    const served = new Set(routes.map((r) => r.path));
    for (const [documented, item] of Object.entries(paths)) {
      // A path with its own servers is on the origin, outside /api/v1 (the DCAT catalogue).
      const folder = item.servers ? path.join(API_FOLDER, '../..') : API_FOLDER;
      const routeFile = path.join(folder, documented.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
      if (item.servers) expect(existsSync(routeFile), documented).toBe(true);
      else expect(served, documented).toContain(documented);
    }
    for (const excluded of Object.keys(NOT_OPEN_DATA)) {
      expect(served, excluded).toContain(excluded);
      expect(paths[excluded]).toBeUndefined();
    }
  });
});
