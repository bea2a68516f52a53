// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../lib/adapters/dom';

describe('selectors handed to the content script', () => {
  const dom = new JSDOM(`<body>
    <form id="j_idt12"><textarea id="j_idt12:noteText"></textarea></form>
    <textarea id="1st-note"></textarea>
    <div id="dup"></div><div id="dup"><textarea name="a&quot;b"></textarea></div>
    <section><p></p><p><textarea></textarea></p></section>
  </body>`);
  const doc = dom.window.document;

  it.each([
    ['JSF-style ids with a colon', 'textarea[id="j_idt12:noteText"]', '#j_idt12\\:noteText'],
    ['ids starting with a digit', 'textarea[id="1st-note"]', '#\\31 st-note'],
    ['names with a quote, under a duplicated id', 'textarea[name="a\\"b"]', 'textarea[name="a\\"b"]'],
    ['fields with neither id nor name', 'section textarea', 'body > section:nth-of-type(1) > p:nth-of-type(2) > textarea:nth-of-type(1)'],
  ])('finds %s again, and only it', (_what, locate, expected) => {
    const el = doc.querySelector(locate);
    if (!el) throw new Error(`fixture: ${locate}`);
    const selector = selectorFor(el);
    expect(selector).toBe(expected);
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([el]);
  });
});
