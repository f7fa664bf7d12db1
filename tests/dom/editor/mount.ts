// Builds fixture DOM for the editor tests from markup, through DOMParser.
export function mount(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  const wrap = document.createElement('div');
  for (const node of Array.from(parsed.body.childNodes)) wrap.append(document.importNode(node, true));
  document.body.append(wrap);
  return wrap;
}

export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}
