import type { Settings, Template } from '@/lib/models';
import type { PaletteItem, ResponseMap } from '@/lib/messages';

type PaletteData = ResponseMap['palette/data'];
type Answer = ({ ok: true } & PaletteData) | { ok: false; code: string };

export interface PaletteView {
  /** Null while the palette is hidden; `seq` changes on every open, so each open starts afresh. */
  open: { itemId: string | null; seq: number } | null;
  /** The library as last received (undefined until the first answer). */
  templates: Template[] | undefined;
  settings: Settings | undefined;
  /** The item the open palette answers, once known for that open's item. */
  item: PaletteItem | null;
  /** Set when the library could not be fetched at all. */
  failed: boolean;
}

export interface Fresh {
  templates: Template[];
  item: PaletteItem | null;
}

/**
 * The palette frame's state between opens: it keeps the library it received and asks the worker
 * again on every open (stale-while-revalidate). The list shows at once from the kept copy; the
 * answer replaces it when the library changed, and `fresh()` waits for that answer, so what gets
 * inserted always comes from the current library.
 */
export function createPaletteSession(fetchData: (itemId: string | null, known: string | null) => Promise<Answer>) {
  let view: PaletteView = { open: null, templates: undefined, settings: undefined, item: null, failed: false };
  let version: string | null = null;
  /** Which item `view.item` belongs to (undefined: none fetched yet). */
  let itemOf: string | null | undefined;
  let seq = 0;
  let asked = 0;
  let applied = 0;
  let pending: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  function set(patch: Partial<PaletteView>) {
    view = { ...view, ...patch };
    for (const l of listeners) l();
  }

  function refresh(itemId: string | null): Promise<void> {
    const n = ++asked;
    return fetchData(itemId, version).then(
      (res) => {
        // An older answer that arrives after a newer one changes nothing.
        if (n < applied) return;
        applied = n;
        if (!res.ok) {
          if (view.templates === undefined) set({ failed: true });
          return;
        }
        version = res.version;
        // The item is kept only if it is the one the palette answers now.
        const current = view.open ? view.open.itemId === itemId : true;
        if (current) itemOf = itemId;
        set({
          templates: res.templates ?? view.templates,
          settings: res.settings,
          item: current ? res.item : view.item,
          failed: false,
        });
      },
      () => {
        if (view.templates === undefined) set({ failed: true });
      },
    );
  }

  return {
    subscribe(cb: () => void): () => void {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    getView: (): PaletteView => view,
    /** Fetches the library ahead of the first open. */
    prefetch(): void {
      pending = refresh(null);
    },
    open(itemId: string | null): void {
      set({ open: { itemId, seq: ++seq }, item: itemOf === itemId ? view.item : null });
      pending = refresh(itemId);
    },
    hide(): void {
      set({ open: null });
    },
    /** The library and item once this open's answer is in. */
    async fresh(): Promise<Fresh> {
      await pending;
      const itemId = view.open?.itemId ?? null;
      return { templates: view.templates ?? [], item: itemOf === itemId ? view.item : null };
    },
  };
}

export type PaletteSession = ReturnType<typeof createPaletteSession>;
