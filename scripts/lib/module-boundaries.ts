// The import rules that keep Trappan's layers apart (docs/architecture.md), checked by reading
// the source as text. Pure: it takes the files and returns what breaks a rule, so the rules
// themselves are unit-tested on small made-up trees and the real tree is checked in the suite.
//
//   routes (src/app)  →  domains (src/modules/<domain>)  →  kernel (src/server, src/ui, src/i18n)
//
// - The kernel never imports a domain; the one exception is src/i18n/messages.ts, which composes
//   the domains' own message files into the typed dictionary.
// - A domain imports another domain only through its entry files: `@/modules/<domain>` (index.ts,
//   for server code) or `@/modules/<domain>/client` (client.ts: what is safe in a browser,
//   client components and pure rules).
// - A client component never imports a domain's index.ts, and nothing that client.ts reaches may
//   import 'server-only': a client bundle must not pull in server code.
// - Nothing a client component or a client.ts reaches loads the dictionary (src/i18n/messages.ts)
//   at run time (server actions excepted: the browser gets only a reference to them):
//   client components get their texts from the server, picked (src/i18n/pick-messages.ts), so
//   the browser never downloads every domain's texts in both languages. `import type` is fine.
// - The domains depend on each other without cycles.
import path from 'node:path';

export type SourceFiles = ReadonlyMap<string, string>;

export type Violation = { file: string; specifier: string; rule: string };

const KERNEL_DIRS = ['src/server/', 'src/ui/', 'src/i18n/'];
const MESSAGES_COMPOSER = 'src/i18n/messages.ts';
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

// import … from '…', export … from '…', import '…', import('…'); comments are stripped first.
const IMPORT_PATTERN = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]*\s+from\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

export function importSpecifiers(source: string): string[] {
  return [...withoutComments(source).matchAll(IMPORT_PATTERN)].map((match) => match[1]!);
}

/** The imports that load code at run time: `import type` and `export type` are left out. */
export function runtimeImportSpecifiers(source: string): string[] {
  return [...withoutComments(source).matchAll(IMPORT_PATTERN)].filter((match) => !/^(?:import|export)\s+type\s/.test(match[0])).map((match) => match[1]!);
}

export function isClientFile(source: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(source);
}

/** Server actions: a client bundle gets a reference to them, never their code or imports. */
export function isServerActionsFile(source: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source);
}

const importsServerOnly = (source: string) => importSpecifiers(source).includes('server-only');

/** The domain a file belongs to (src/modules/<domain>/…), or null outside the domains. */
export function domainOf(file: string): string | null {
  const match = /^src\/modules\/([^/]+)\//.exec(file);
  return match ? match[1]! : null;
}

/** The repository path an import points to, or null for a package. */
export function resolveSpecifier(fromFile: string, specifier: string, files: SourceFiles): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = `src/${specifier.slice(2)}`;
  else if (specifier.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  else return null;
  if (files.has(base)) return base;
  for (const extension of EXTENSIONS) if (files.has(base + extension)) return base + extension;
  return base;
}

function isEntryFile(target: string): boolean {
  return /^src\/modules\/[^/]+\/(?:index|client)\.tsx?$/.test(target);
}

const DICTIONARY = 'src/i18n/messages.ts';

const isMessagesFile = (target: string) => /^src\/modules\/[^/]+\/messages\.(?:sv|en)\.ts$/.test(target);

export function findViolations(files: SourceFiles): Violation[] {
  const violations: Violation[] = [];
  const domainEdges = new Map<string, Set<string>>();

  for (const [file, source] of files) {
    const domain = domainOf(file);
    const isKernel = KERNEL_DIRS.some((dir) => file.startsWith(dir));
    const isClient = isClientFile(source);
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier, files);
      if (!target) continue;
      const targetDomain = domainOf(target);
      if (isKernel && targetDomain) {
        if (!(file === MESSAGES_COMPOSER && isMessagesFile(target))) {
          violations.push({ file, specifier, rule: 'the kernel (src/server, src/ui, src/i18n) does not import the domains' });
        }
        continue;
      }
      if (!domain || !targetDomain || targetDomain === domain) continue;
      (domainEdges.get(domain) ?? domainEdges.set(domain, new Set()).get(domain)!).add(targetDomain);
      if (!isEntryFile(target)) {
        violations.push({ file, specifier, rule: `another domain is imported only through @/modules/${targetDomain} or @/modules/${targetDomain}/client` });
      } else if (isClient && !/\/client\.tsx?$/.test(target)) {
        violations.push({ file, specifier, rule: `a client component imports another domain through @/modules/${targetDomain}/client` });
      }
    }
  }

  for (const [file] of files) {
    if (!/^src\/modules\/[^/]+\/client\.tsx?$/.test(file)) continue;
    const serverFile = firstServerOnlyReached(file, files);
    if (serverFile) violations.push({ file, specifier: serverFile, rule: "client.ts reaches a file that imports 'server-only'" });
  }

  for (const [file, source] of files) {
    if (!isClientFile(source) && !/^src\/modules\/[^/]+\/client\.tsx?$/.test(file)) continue;
    const trail = pathTo(file, DICTIONARY, files);
    if (trail) violations.push({ file, specifier: trail.join(' → '), rule: 'a client component loads the whole dictionary; give it picked messages instead' });
  }

  const cycle = findCycle(domainEdges);
  if (cycle) violations.push({ file: `src/modules/${cycle[0]}`, specifier: cycle.join(' → '), rule: 'the domains depend on each other in a cycle' });
  return violations;
}

/** Follows the imports from a client entry file through the project's own files. */
function firstServerOnlyReached(entry: string, files: SourceFiles): string | null {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = files.get(file);
    if (source === undefined || isServerActionsFile(source)) continue;
    if (importsServerOnly(source)) return file;
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier, files);
      if (target) queue.push(target);
    }
  }
  return null;
}

/** The chain of run-time imports from one file to another, or null when it is not reached. */
function pathTo(from: string, to: string, files: SourceFiles): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === to) {
      const trail: string[] = [];
      for (let step: string | null = file; step; step = cameFrom.get(step) ?? null) trail.unshift(step);
      return trail.slice(1);
    }
    const source = files.get(file);
    if (source === undefined || (file !== from && isServerActionsFile(source))) continue;
    for (const specifier of runtimeImportSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier, files);
      if (target && !cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return null;
}

function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'visiting');
    trail.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...edges.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
