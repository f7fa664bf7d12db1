// Bundles the real open-source editors into one fixture page per engine
// (tests/fixtures/editors/dist/<engine>.html) plus the insertion module as an IIFE
// (dist/kelola-insert.js) for the Playwright editor tests.
import { build } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'tests/fixtures/editors/src');
const dist = join(root, 'tests/fixtures/editors/dist');

const pages = [
  { name: 'draft', entry: 'draft.tsx', css: ['draft-js/dist/Draft.css'] },
  { name: 'lexical', entry: 'lexical.ts', css: [] },
  { name: 'quill', entry: 'quill.ts', css: ['quill/dist/quill.snow.css'] },
  { name: 'contenteditable', entry: 'contenteditable.ts', css: [] },
  { name: 'textarea', entry: 'textarea.tsx', css: [] },
];

function html(title, scriptName, cssNames) {
  const links = cssNames.map((c) => `    <link rel="stylesheet" href="./${c}">`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
${links}
  </head>
  <body>
    <script src="./${scriptName}"></script>
  </body>
</html>
`;
}

export async function buildEditorFixtures() {
  await mkdir(dist, { recursive: true });
  const common = {
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    jsx: 'automatic',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  };
  await build({
    ...common,
    entryPoints: Object.fromEntries(pages.map((p) => [p.name, join(src, p.entry)])),
    outdir: dist,
  });
  await build({ ...common, entryPoints: { 'kelola-insert': join(src, 'insert-entry.ts') }, outdir: dist });
  for (const page of pages) {
    const cssNames = [];
    for (const css of page.css) {
      const name = css.split('/').pop();
      await copyFile(join(root, 'node_modules', css), join(dist, name));
      cssNames.push(name);
    }
    await writeFile(join(dist, `${page.name}.html`), html(`${page.name} editor fixture`, `${page.name}.js`, cssNames));
  }
  return pages.map((p) => p.name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = await buildEditorFixtures();
  console.log(`editor fixtures built: ${names.join(', ')} → ${dist}`);
}
