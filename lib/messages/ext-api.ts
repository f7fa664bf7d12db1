/** What a screen may ask of the extension; the entrypoint supplies the browser-backed version. */
export interface ExtApi {
  send<T = Record<string, unknown>>(message: unknown): Promise<({ ok: true } & T) | { ok: false; code: string }>;
  /** The social tab the side panel or popup belongs to. */
  activeTab(): Promise<{ id: number; url: string | null } | null>;
  /** Calls back when the user switches to another tab or the tab navigates; returns an unsubscribe. */
  watchActiveTab(cb: () => void): () => void;
  openUrl(url: string): Promise<void>;
  openDashboard(section?: string): Promise<void>;
  openSidePanel?(): void;
  sendToTab<T = Record<string, unknown>>(tabId: number, message: unknown): Promise<T | undefined>;
  copyText(text: string): Promise<void>;
}

