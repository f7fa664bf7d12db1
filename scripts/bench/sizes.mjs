// Built size of each entry, raw and gzip, against the content-script budget (60 KB gzip).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
const rows = [];
function walk(dir) {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(js|css|json)$/.test(f) && !p.includes('_locales')) rows.push(p);
  }
}
walk(out);
const table = rows
  .map((p) => {
    const buf = readFileSync(p);
    return { file: path.relative(out, p), rawKB: +(buf.length / 1024).toFixed(1), gzipKB: +(gzipSync(buf).length / 1024).toFixed(1) };
  })
  .sort((a, b) => b.gzipKB - a.gzipKB);
console.table(table);
const cs = table.find((r) => r.file.startsWith('content-scripts/'));
if (cs) console.log(`content script: ${cs.gzipKB} KB gzip (target ≤ 60 KB per platform; one bundle serves all seven)`);
