// Trappan's structured log: one JSON object a line on stdout (pino), for the custom server
// (scripts/serve.mjs) and the app (src/server/log.ts) alike. Secrets never reach it: the
// fields named below are replaced by "[redacted]" wherever pino meets them, at the top level
// and up to three levels down (request headers, an action's input, an error's cause).
import pino from 'pino';

/** Field names whose values are secrets or someone's words: passwords, tokens, cookies, mail bodies. */
export const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'body',
  'AUTH_SECRET',
  'SMTP_URL',
  'DATABASE_URL',
];

/** pino's redact paths: each secret field at the top level and up to three levels down. */
export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => {
  // "set-cookie" is not an identifier: pino's paths write it in brackets.
  const top = /^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`;
  const nested = top.startsWith('[') ? top : `.${top}`;
  return [top, `*${nested}`, `*.*${nested}`, `*.*.*${nested}`];
});

/**
 * A logger with Trappan's settings. `destination` is for tests; TRAPPAN_LOG_LEVEL (default
 * "info") sets the level.
 * @param {{ destination?: import('pino').DestinationStream, level?: string }} [options]
 */
export function createLogger({ destination, level = process.env.TRAPPAN_LOG_LEVEL || 'info' } = {}) {
  const options = {
    level,
    base: { service: 'trappan', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // "level": "info" rather than 30, so that a reader needs no table.
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

const holder = /** @type {typeof globalThis & { trappanLogger?: import('pino').Logger }} */ (globalThis);

/**
 * The process's logger. Kept on globalThis: Next bundles the app's copy of this module apart
 * from the custom server's, and both must write through one logger.
 */
export function logger() {
  holder.trappanLogger ??= createLogger();
  return holder.trappanLogger;
}
