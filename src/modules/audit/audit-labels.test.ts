// Every audited action appears in the audit log under a name in both languages: a new
// action without one would show its code to coordinators.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

const sv = getMessages('sv');
const en = getMessages('en');

// Every source file of the domains and the kernel, so a new action is checked wherever it is
// written: `action: 'x.y'` in a spec, `const action = 'x.y'`, or passed on as `…Action('x.y'`.
const srcDir = path.join(import.meta.dirname, '..', '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
const ACTION_NAME = /(?:\baction: |\bconst action = |Action\()'([a-z]+\.[\w.]+)'/gi;
const auditedActions = [
  ...new Set(
    ['modules', 'server']
      .flatMap((dir) => sourceFiles(path.join(srcDir, dir)))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ACTION_NAME)].map((match) => match[1]!)),
  ),
];

// The reasons an admin's own rules refuse with (admin-refusal.ts): `refuse(tx, attempt, 'x'` and `reason: 'x'`.
const REASON = /(?:\brefuse\(tx, attempt, |\breason: )'(\w+)'/g;
const refusalReasons = [
  ...new Set(
    sourceFiles(path.join(srcDir, 'modules', 'admin')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(REASON)].map((match) => match[1]!)),
  ),
];

describe('audit log names', () => {
  it('finds the governance actions', () => {
    expect(auditedActions).toContain('membership.leave');
    expect(auditedActions).toContain('account.delete');
    expect(auditedActions).toContain('admin.user.confirmAffiliation');
    expect(auditedActions.length).toBeGreaterThanOrEqual(14);
  });

  it.each(auditedActions)('names %s in Swedish and English', (action) => {
    expect(sv.audit.actions[action]).toBeTruthy();
    expect(en.audit.actions[action]).toBeTruthy();
  });

  // A refused attempt must not read as done: "Sammanslagna organisationer" over a refused merge.
  it.each(auditedActions.filter((action) => action.startsWith('admin.')))('titles a refused %s as refused in both languages', (action) => {
    expect(sv.audit.deniedActions[action]).toBeTruthy();
    expect(en.audit.deniedActions[action]).toBeTruthy();
  });

  it('finds the admin’s refusal reasons', () => {
    expect(refusalReasons).toEqual(expect.arrayContaining(['mergeSame', 'self', 'alreadyVerified']));
  });

  it.each(refusalReasons)('explains the refusal reason %s in both languages', (reason) => {
    expect(sv.refused[reason as keyof typeof sv.refused] ?? sv.audit.reasons[reason]).toBeTruthy();
    expect(en.refused[reason as keyof typeof en.refused] ?? en.audit.reasons[reason]).toBeTruthy();
  });
});
