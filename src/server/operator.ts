// Who runs this installation of Trappan: the organisation that answers for it (the privacy
// notice's controller, the accessibility statement's "we") and how to reach it. Set by the
// operator in the environment (README: TRAPPAN_OPERATOR_NAME, TRAPPAN_OPERATOR_URL,
// TRAPPAN_CONTACT_EMAIL); the demo names itself as a demo, and an installation that has
// named no one says so neutrally rather than inventing an operator.
import { isDemoMode, type DatabaseEnv } from './db/database-config';


export type Operator = {
  /** The organisation's name, or null when the installation has not named one. */
  name: string | null;
  /** Its own website (https, or http), or null. */
  url: string | null;
  /** The address for questions about this installation, or null. */
  email: string | null;
  /** The demo on the embedded database with made-up accounts. */
  isDemo: boolean;
};

/** The operator's name in the demo, when TRAPPAN_OPERATOR_NAME is not set. */
export const DEMO_OPERATOR_NAME = 'Trappans utvecklare (demo)';

function webAddress(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function readOperator(env: DatabaseEnv = process.env): Operator {
  const isDemo = isDemoMode(env);
  const email = env.TRAPPAN_CONTACT_EMAIL?.trim();
  return {
    name: env.TRAPPAN_OPERATOR_NAME?.trim() || (isDemo ? DEMO_OPERATOR_NAME : null),
    url: webAddress(env.TRAPPAN_OPERATOR_URL),
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null,
    isDemo,
  };
}
