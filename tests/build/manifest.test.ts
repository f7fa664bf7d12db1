import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (dir: string) => JSON.parse(readFileSync(path.join(root, '.output', dir, 'manifest.json'), 'utf8'));

/** The frozen allow-list: any new permission, host or CSP change must be made here on purpose. */
const ALLOWED_PERMISSIONS = ['alarms', 'clipboardWrite', 'contextMenus', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage'];
const ALLOWED_HOSTS = [
  '*://*.facebook.com/*', '*://*.instagram.com/*', '*://*.linkedin.com/*', '*://*.messenger.com/*', '*://*.threads.com/*',
  '*://*.threads.net/*', '*://*.tiktok.com/*', '*://*.twitter.com/*', '*://*.x.com/*', '*://*.youtube.com/*', '*://twitter.com/*', '*://x.com/*',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('built Chrome manifest', () => {
  const m = read('chrome-mv3');
  it('is MV3 with the expected entry points', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeTruthy();
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.options_ui.page).toBe('options.html');
    expect(m.options_ui.open_in_tab).toBe(true);
    expect(m.icons['128']).toBeTruthy();
    expect(m.default_locale).toBe('en');
  });
  it('asks only for allowed permissions and hosts', () => {
    expect([...m.permissions].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect([...m.host_permissions].sort()).toEqual(ALLOWED_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
  });
  it('content scripts run on the social sites only, in the top frame', () => {
    for (const cs of m.content_scripts) {
      for (const match of cs.matches) expect(ALLOWED_HOSTS).toContain(match);
      expect(cs.all_frames ?? false).toBe(false);
    }
  });
  it('does not relax the content security policy', () => {
    expect(m.content_security_policy).toBeUndefined();
  });
  it('exposes only the palette page to the social sites', () => {
    expect(m.web_accessible_resources).toHaveLength(1);
    expect(m.web_accessible_resources[0].resources).toEqual(['palette.html']);
    expect([...m.web_accessible_resources[0].matches].sort()).toEqual(ALLOWED_HOSTS);
  });
  it('has at most 4 commands with default keys', () => {
    const withKeys = Object.values(m.commands as Record<string, { suggested_key?: unknown }>).filter((c) => c.suggested_key);
    expect(withKeys.length).toBeGreaterThan(0);
    expect(withKeys.length).toBeLessThanOrEqual(4);
  });
  it('ships both locales', () => {
    for (const l of ['en', 'id']) expect(existsSync(path.join(root, '.output/chrome-mv3/_locales', l, 'messages.json'))).toBe(true);
  });
  it('bundle has no eval, no new Function and no remote scripts', () => {
    for (const f of files(path.join(root, '.output/chrome-mv3')).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\beval\(/);
      expect(text, f).not.toMatch(/new Function\(/);
      expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, f).not.toMatch(/import\(["']https?:/);
    }
  });
  it('the popup loads its first render as a few files, not one per module', () => {
    const html = readFileSync(path.join(root, '.output/chrome-mv3/popup.html'), 'utf8');
    const scripts = new Set([...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]));
    expect(scripts.size).toBeGreaterThan(0);
    expect(scripts.size, [...scripts].join(', ')).toBeLessThanOrEqual(6);
  });
  it('the worker is one self-contained file without React or the popup code', () => {
    expect(m.background?.type).toBeUndefined();
    const worker = readFileSync(path.join(root, '.output/chrome-mv3', m.background!.service_worker as string), 'utf8');
    expect(worker).not.toMatch(/\bimport\s*[{"*(]|importScripts/);
    expect(worker).not.toMatch(/react\.(element|transitional\.element)|__SECRET_INTERNALS|createRoot/);
    // It does carry what it runs: the database and the message handlers.
    expect(worker).toMatch(/kelola/);
    expect(worker.length).toBeGreaterThan(50_000);
  });
});

describe('built Firefox manifest', () => {
  const m = read('firefox-mv2');
  it('maps the side panel to a sidebar and keeps the same hosts', () => {
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.permissions).not.toContain('sidePanel');
    const hosts = (m.permissions as string[]).filter((p) => p.includes('://'));
    expect(hosts.sort()).toEqual(ALLOWED_HOSTS);
    expect(m.browser_action?.default_popup).toBe('popup.html');
  });
});
