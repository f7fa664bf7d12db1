// The least a React page can do to show the popup's snapshot: wait for the read the popup's early
// script started, then render one element from it, in the same task, the way the popup mounts.
// Bundled on its own by the bench (see `floorPages` in browser-inpage.ts); never part of the extension.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { readSnapshotRows, takeEarlySnapshotRows } from '../../lib/services/snapshot-rows';

type FloorWindow = typeof globalThis & { __done?: number; __failed?: string };
const w = globalThis as FloorWindow;

function Floor({ size }: { size: number }) {
  return (
    <main>
      <h1>Kelola</h1>
      <p data-size={size}>{size}</p>
    </main>
  );
}

// As the popup does: the early script's read when it has started one, else a read of its own.
const rows = await (takeEarlySnapshotRows() ?? readSnapshotRows());
if (!rows?.snapshot) w.__failed = 'no snapshot row';
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<Floor size={JSON.stringify(rows?.snapshot ?? null).length} />));
w.__done = performance.now();
