// Every audited action appears in the audit log under a name in both languages: a new
// action without one would show its code to coordinators.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

const sv = getMessages('sv');
const en = getMessages('en');

// Every domain's actions folder, so a new domain's actions are checked without a change here.
const modulesDir = path.join(import.meta.dirname, '..');
const actionsDirs = readdirSync(modulesDir)
  .map((domain) => path.join(modulesDir, domain, 'actions'))
  .filter((dir) => existsSync(dir));
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
