import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a source file imports for its values (type-only imports vanish from the build). */
export function valueImports(file: string): string[] {
  if (file.endsWith('.json')) return [];
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/**
 * The project's own modules (code and JSON) reachable from `entry` through value imports. Package
 * imports are not followed.
 */
export function localModuleGraph(root: string, entry: string): Set<string> {
  const out = new Set<string>();
  const queue = [path.resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (out.has(file)) continue;
    out.add(file);
    for (const spec of valueImports(file)) {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const hit = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => /\.(tsx?|json)$/.test(p) && existsSync(p));
      if (hit) queue.push(hit);
    }
  }
  return out;
}
