/**
 * One MutationObserver on the page whose work is batched into one run per animation frame. A
 * mutation inside a tracked element (a recycled node, an edited comment) marks that element dirty,
 * so the next run reads it again instead of trusting what it read before. The caller clears `dirty`
 * when it has read the elements.
 */
export function createBatchedObserver(
  doc: Document,
  isTracked: (el: Element) => boolean,
  run: () => void,
  enabled: () => boolean = () => true,
) {
  const dirty = new Set<Element>();
  let scheduled = false;
  let stopped = false;
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (cb: () => void) => setTimeout(cb, 16);

  const observer = new MutationObserver((records) => {
    if (!enabled()) return;
    for (const r of records) {
      let n: Node | null = r.target;
      for (let depth = 0; n && depth < 40; depth++, n = n.parentNode) {
        if (n.nodeType === 1 && isTracked(n as Element)) {
          dirty.add(n as Element);
          break;
        }
      }
    }
    schedule();
  });

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    raf(() => {
      scheduled = false;
      if (!stopped) run();
    });
  }

  return {
    dirty,
    schedule,
    start() {
      stopped = false;
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
