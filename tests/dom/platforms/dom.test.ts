// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { absoluteUrl, cleanHandle, detectEditorEngine, isFillable, labelOf, queryAll, queryFirst, textOf } from '../../../lib/platforms';

function el(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`, 'text/html');
  return doc.getElementById('root')!;
}

describe('textOf', () => {
  it('keeps emoji images as their alt text and drops other images', () => {
    const root = el('<span>Hi </span><img alt="😀" src="https://abs-0.twimg.com/emoji/v2/svg/1f600.svg"><img alt="profile picture of Budi" src="/a.jpg"><img alt=":wave:" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t1/1/16/1f44b.png">');
    expect(textOf(root)).toBe('Hi 😀:wave:');
  });

  it('skips hidden nodes, buttons, scripts and screen-reader copies', () => {
    const root = el('<span>visible</span><span hidden>hidden</span><span style="display: none">none</span><span style="color:red;visibility:hidden">vh</span><span class="visually-hidden">sr</span><div role="button">See more</div><button>Reply</button><script>alert(1)</script><style>p{}</style><template><b>t</b></template>');
    expect(textOf(root)).toBe('visible');
  });

  it('turns <br> and block boundaries into line breaks, unless the site writes them as text', () => {
    expect(textOf(el('<div>one</div><div>two<br>three</div>'))).toBe('one\ntwo\nthree');
    expect(textOf(el('<span>a\nb</span><div class="inline">@x</div><span> c</span>'), { blockBreaks: false })).toBe('a\nb@x c');
  });

  it('returns markup in text verbatim, as text', () => {
    const root = el('<span>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;</span>');
    expect(textOf(root)).toBe('<img src=x onerror=alert(1)> & <b>');
    expect(root.querySelector('img')).toBeNull();
  });

  it('keeps right-to-left text and collapses runs of spaces', () => {
    expect(textOf(el('<span dir="rtl">  شكرا   جزيلا </span>'))).toBe('شكرا جزيلا');
    expect(labelOf(el('<div>Budi</div><div>Santoso</div>'))).toBe('Budi Santoso');
  });

  it('leaves out extra selectors', () => {
    expect(textOf(el('<span>text</span><a class="see-more">…more</a>'), { skip: '.see-more' })).toBe('text');
  });

  it('is empty for null', () => {
    expect(textOf(null)).toBe('');
  });
});

describe('query helpers', () => {
  it('queryAll includes the root and keeps document order without duplicates', () => {
    const root = el('<p class="a b">1</p><p class="b">2</p>');
    const p = root.querySelector('p')!;
    expect(queryAll(p, ['.a', '.b'])).toEqual([p]);
    expect(queryAll(root, ['.b', '.a']).map((e) => e.textContent)).toEqual(['1', '2']);
  });

  it('queryFirst tries selectors in priority order', () => {
    const root = el('<i class="fallback">f</i><b class="primary">p</b>');
    expect(queryFirst(root, ['.primary', '.fallback'])?.textContent).toBe('p');
    expect(queryFirst(root, ['.missing', '.fallback'])?.textContent).toBe('f');
  });
});

describe('absoluteUrl and cleanHandle', () => {
  it('resolves http(s) links and refuses script URLs', () => {
    expect(absoluteUrl('/budi/status/1', 'https://x.com/a')).toBe('https://x.com/budi/status/1');
    expect(absoluteUrl('javascript:alert(1)', 'https://x.com/')).toBeNull();
    expect(absoluteUrl('data:text/html,hi', 'https://x.com/')).toBeNull();
    expect(absoluteUrl(null, 'https://x.com/')).toBeNull();
  });

  it('normalises handles', () => {
    expect(cleanHandle(' @@KelolaDemo/ ')).toBe('kelolademo');
  });
});

describe('editor engines', () => {
  it('are told apart by the marks each editor leaves', () => {
    const root = el(`
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="draft"></div></div>
      <div contenteditable="true" data-lexical-editor="true" id="lexical"></div>
      <div class="ql-editor" contenteditable="true" id="quill"></div><div class="ql-clipboard" contenteditable="true" id="clip"></div>
      <div class="tiptap ProseMirror" contenteditable="true" id="pm"></div>
      <div contenteditable="true" id="plain"></div>
      <textarea id="ta"></textarea>`);
    const engine = (id: string) => detectEditorEngine(root.querySelector<HTMLElement>(`#${id}`)!);
    expect(['draft', 'lexical', 'quill', 'pm', 'plain', 'ta'].map(engine)).toEqual(['draft', 'lexical', 'quill', 'prosemirror', 'contenteditable', 'textarea']);
    expect(isFillable(root.querySelector('#clip')!)).toBe(false);
    expect(isFillable(root.querySelector('#quill')!)).toBe(true);
  });
});
