// The ocid prefix of this installation (docs/decisions/0026-open-data-validators.md). An OCDS
// publisher registers a prefix ("ocds-" and six characters) with the Open Contracting
// Partnership and sets it in TRAPPAN_OCDS_PREFIX; without one, ocids begin with "trappan",
// which says openly that it is not registered and cannot collide with a registered prefix.

/** The prefix when none is registered: the demo's and every installation's until it sets one. */
export const UNREGISTERED_OCID_PREFIX = 'trappan';

/** The form the Open Contracting Partnership gives registered prefixes, e.g. ocds-b5fd17. */
const REGISTERED_PREFIX = /^ocds-[a-z0-9]{6}$/;

export type OcidPrefix = { prefix: string; isRegistered: boolean };

type Env = Record<string, string | undefined>;

/**
 * The configured prefix. A value that is set but not in the registered form is refused (the
 * server does not start, src/instrumentation.ts): publishing ocids under a mistyped prefix
 * would give every need an identifier that later has to change.
 */
export function readOcidPrefix(env: Env = process.env): OcidPrefix {
  const value = env.TRAPPAN_OCDS_PREFIX?.trim();
  if (!value) return { prefix: UNREGISTERED_OCID_PREFIX, isRegistered: false };
  if (!REGISTERED_PREFIX.test(value)) {
    throw new Error(
      `TRAPPAN_OCDS_PREFIX="${value.slice(0, 40)}" is not a registered OCDS prefix: it is "ocds-" followed by six lower-case letters or digits (e.g. ocds-b5fd17). Unset it to publish under the unregistered prefix "${UNREGISTERED_OCID_PREFIX}".`,
    );
  }
  return { prefix: value, isRegistered: true };
}
