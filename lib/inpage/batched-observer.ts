import { nextFrame } from './frame';

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
  /** Nodes the caller adds itself (its badges): adding only those changes nothing to read. */
  isOwnNode: (node: Node) => boolean = () => false,
  /** When the batch runs: in the next frame by default. */
  later: (cb: () => void) => void = nextFrame,
) {
  const dirty = new Set<Element>();
  let scheduled = false;
  let stopped = false;

  const observer = new MutationObserver((records) => {
    if (!enabled()) return;
    let relevant = false;
    for (const r of records) {
      if (r.type === 'childList' && r.removedNodes.length === 0 && onlyOwn(r.addedNodes)) continue;
      relevant = true;
      let n: Node | null = r.target;
      for (let depth = 0; n && depth < 40; depth++, n = n.parentNode) {
        if (n.nodeType === 1 && isTracked(n as Element)) {
          dirty.add(n as Element);
          break;
        }
      }
    }
    if (relevant) schedule();
  });

  function onlyOwn(nodes: NodeList): boolean {
    for (let i = 0; i < nodes.length; i++) if (!isOwnNode(nodes[i]!)) return false;
    return true;
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    later(() => {
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
