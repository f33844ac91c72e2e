// Every governance action appears in the audit log under a name in both languages: a new
// action without one would show its code to coordinators.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { en } from '@/i18n/messages/en';
import { sv } from '@/i18n/messages/sv';

// The governance actions, the meeting work's and the needs work's.
const actionsDirs = [
  path.join(import.meta.dirname, 'actions'),
  path.join(import.meta.dirname, '..', 'meetings', 'actions'),
  path.join(import.meta.dirname, '..', 'needs', 'actions'),
];
const auditedActions = actionsDirs.flatMap((actionsDir) =>
  readdirSync(actionsDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(path.join(actionsDir, file), 'utf8').matchAll(/\baction: '([\w.]+)'/g)].map((match) => match[1]!)),
);

describe('audit log names', () => {
  it('finds the governance actions', () => {
    expect(auditedActions).toContain('membership.leave');
    expect(auditedActions.length).toBeGreaterThanOrEqual(14);
  });

  it.each(auditedActions)('names %s in Swedish and English', (action) => {
    expect(sv.audit.actions[action]).toBeTruthy();
    expect(en.audit.actions[action]).toBeTruthy();
  });
});
