import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findViolations, importSpecifiers, isClientFile, runtimeImportSpecifiers } from './module-boundaries';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));
const rules = (files: Record<string, string>) => findViolations(tree(files)).map((v) => `${v.file} ${v.specifier}: ${v.rule}`);

describe('the import rules', () => {
  it('lets a domain use the kernel and another domain through its entry files', () => {
    expect(
      rules({
        'src/server/db.ts': "import 'server-only';",
        'src/modules/needs/index.ts': "export { NeedsPage } from './needs-page';",
        'src/modules/needs/needs-page.tsx': "import { db } from '@/server/db';",
        'src/modules/networks/network-page.tsx': "import { NeedsPage } from '@/modules/needs';\nimport { x } from './x';",
        'src/modules/networks/x.ts': '',
      }),
    ).toEqual([]);
  });

  it("refuses a reach into another domain's files, also by a relative path", () => {
    expect(
      rules({
        'src/modules/needs/needs-page.tsx': '',
        'src/modules/networks/a.tsx': "import { NeedsPage } from '@/modules/needs/needs-page';",
        'src/modules/networks/b.tsx': "export { NeedsPage } from '../needs/needs-page';",
      }),
    ).toEqual([
      'src/modules/networks/a.tsx @/modules/needs/needs-page: another domain is imported only through @/modules/needs or @/modules/needs/client',
      'src/modules/networks/b.tsx ../needs/needs-page: another domain is imported only through @/modules/needs or @/modules/needs/client',
    ]);
  });

  it('keeps the kernel below the domains, but for the composition of the messages', () => {
    expect(
      rules({
        'src/modules/accounts/index.ts': '',
        'src/modules/accounts/messages.sv.ts': '',
        'src/server/auth/auth.ts': "import { verify } from '@/modules/accounts';",
        'src/i18n/messages.ts': "import { accountsSv } from '@/modules/accounts/messages.sv';",
        'src/ui/header.tsx': "import { accountsSv } from '@/modules/accounts/messages.sv';",
      }),
    ).toEqual([
      'src/server/auth/auth.ts @/modules/accounts: the kernel (src/server, src/ui, src/i18n) does not import the domains',
      'src/ui/header.tsx @/modules/accounts/messages.sv: the kernel (src/server, src/ui, src/i18n) does not import the domains',
    ]);
  });

  it('keeps server code out of client bundles', () => {
    expect(
      rules({
        'src/modules/needs/index.ts': "export { q } from './queries';",
        'src/modules/needs/queries.ts': "import 'server-only';",
        'src/modules/needs/client.ts': "export { Form } from './form';",
        'src/modules/needs/form.tsx': "'use client';\nimport { helper } from './helper';",
        'src/modules/needs/helper.ts': "import { q } from './queries';",
        'src/modules/networks/widget.tsx': "// A widget\n'use client';\nimport { q } from '@/modules/needs';",
      }),
    ).toEqual([
      'src/modules/networks/widget.tsx @/modules/needs: a client component imports another domain through @/modules/needs/client',
      "src/modules/needs/client.ts src/modules/needs/queries.ts: client.ts reaches a file that imports 'server-only'",
    ]);
  });

  it('keeps the dictionary out of client components, also through a helper', () => {
    expect(
      rules({
        'src/i18n/messages.ts': '',
        'src/modules/needs/a.tsx': "'use client';\nimport type { Messages } from '@/i18n/messages';",
        'src/modules/needs/b.tsx': "'use client';\nimport { label } from './labels';",
        'src/modules/needs/labels.ts': "import { getMessages } from '@/i18n/messages';",
        'src/modules/needs/page.tsx': "import { getMessages } from '@/i18n/messages';",
        'src/modules/needs/c.tsx': "'use client';\nimport { save } from './actions';",
        'src/modules/needs/actions.ts': "'use server';\nimport { getMessages } from '@/i18n/messages';",
        'src/modules/needs/client.ts': "export { label } from './labels';",
      }),
    ).toEqual([
      'src/modules/needs/b.tsx src/modules/needs/labels.ts → src/i18n/messages.ts: a client component loads the whole dictionary; give it picked messages instead',
      'src/modules/needs/client.ts src/modules/needs/labels.ts → src/i18n/messages.ts: a client component loads the whole dictionary; give it picked messages instead',
    ]);
  });

  it('finds a cycle between domains', () => {
    expect(
      rules({
        'src/modules/governance/index.ts': "import { a } from '@/modules/needs';",
        'src/modules/needs/index.ts': "import { b } from '@/modules/governance';",
      }),
    ).toEqual(['src/modules/governance governance → needs → governance: the domains depend on each other in a cycle']);
  });

  it('reads every kind of import and ignores commented-out ones', () => {
    const source = [
      "import a from 'a';",
      "import type { B } from '@/b';",
      "import { c, type D } from './c';",
      "export { e } from '../e';",
      "export * from './f';",
      "import 'server-only';",
      "const g = await import('@/g');",
      "// import h from '@/h';",
      "/* import i from '@/i'; */",
      "const url = 'https://example.se'; // import j from '@/j'",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['a', '@/b', './c', '../e', './f', 'server-only', '@/g']);
    expect(runtimeImportSpecifiers(source)).toEqual(['a', './c', '../e', './f', 'server-only', '@/g']);
    expect(isClientFile("// Why\n'use client';\n")).toBe(true);
    expect(isClientFile("import 'x';\n'use client';")).toBe(false);
  });
});

describe("Trappan's own source", () => {
  it('keeps to the import rules', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = new Map<string, string>();
    for (const entry of readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (!file.startsWith('src/generated/')) files.set(file, readFileSync(path.join(root, file), 'utf8'));
    }
    expect(files.size).toBeGreaterThan(300);
    expect(findViolations(files)).toEqual([]);
  });
});
