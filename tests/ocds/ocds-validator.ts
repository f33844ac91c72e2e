// Validators for OCDS 1.1.5 release packages and releases, from the schema copies beside this
// file (README.md). The schemas are JSON Schema draft-04 with OCDS's own annotation keywords,
// which carry no validation and are declared so that Ajv's strict mode accepts them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const read = (name: string): { id: string } & Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, name), 'utf8')) as { id: string } & Record<string, unknown>;

const OCDS_ANNOTATIONS = ['codelist', 'openCodelist', 'omitWhenMerged', 'wholeListMerge', 'versionId', 'deprecated'];

export type OcdsValidators = {
  release: ValidateFunction;
  releasePackage: ValidateFunction;
  /** The release schema with the extensions Trappan declares (the enquiries extension, and the patches given) applied. */
  releaseWithExtensions: ValidateFunction;
  /** OCDS's schema of an extension's extension.json (standard-maintenance-scripts). */
  extensionMetadata: ValidateFunction;
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON Merge Patch (RFC 7386), the way OCDS applies an extension's schema to the release schema. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/**
 * The validators. `extensionPatches` are release-schema.json patches applied after the
 * enquiries extension's, as OCDS tools apply the extensions a package lists: the test passes
 * the patch the app serves, so the release is checked against what a publisher's tools read.
 */
export function ocdsValidators(extensionPatches: readonly unknown[] = []): OcdsValidators {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(OCDS_ANNOTATIONS);
  const releaseSchema = read('release-schema.json');
  const packageSchema = read('release-package-schema.json');
  ajv.addSchema(releaseSchema);
  const patched = [read('enquiry-extension-release-schema.json'), ...extensionPatches].reduce<unknown>((schema, patch) => mergePatch(schema, patch), releaseSchema);
  const extended = { ...(patched as Json), id: 'https://trappan.test/ocds/release-schema-with-extensions.json' };
  return {
    release: ajv.getSchema(releaseSchema.id)!,
    releasePackage: ajv.compile(packageSchema),
    releaseWithExtensions: ajv.compile(extended),
    extensionMetadata: ajv.compile(read('extension-schema.json')),
  };
}

/** The errors in a readable form, for the assertion message. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
