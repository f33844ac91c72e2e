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
    expect(doc.info.license.identifier).toBe('CC0-1.0');
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
