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

export type OcdsValidators = { release: ValidateFunction; releasePackage: ValidateFunction };

export function ocdsValidators(): OcdsValidators {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(OCDS_ANNOTATIONS);
  const releaseSchema = read('release-schema.json');
  const packageSchema = read('release-package-schema.json');
  ajv.addSchema(releaseSchema);
  return { release: ajv.getSchema(releaseSchema.id)!, releasePackage: ajv.compile(packageSchema) };
}

/** The errors in a readable form, for the assertion message. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
