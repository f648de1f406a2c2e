import { expect } from '@esm-bundle/chai';
import { isHtml } from './html-value.js';
import { sanitizeHtml } from './sanitize.js';

function parse(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = sanitizeHtml(html);
  const root = document.createElement('div');
  root.append(template.content);
  return root;
}

describe('sanitizeHtml', () => {
  it('keeps the IIIF allowlist of tags and attributes', () => {
    const html = '<p>A <b>bold</b> <i>it</i> <small>s</small> <sub>1</sub><sup>2</sup><br><span>x</span> <a href="https://example.org/">link</a> <img src="https://example.org/a.png" alt="A"></p>';
    expect(sanitizeHtml(html)).to.equal(html);
  });

  it('removes scripts and their content', () => {
    const root = parse('<span>Hi<script>window.hacked = true</script></span>');
    expect(root.querySelector('script')).to.equal(null);
    expect(root.textContent).to.equal('Hi');
  });

  it('removes event handler attributes', () => {
    const root = parse('<img src="https://example.org/x.png" onerror="alert(1)" alt="x">');
    expect(root.querySelector('img')!.getAttributeNames().sort()).to.deep.equal(['alt', 'src']);
  });

  it('removes javascript: and data: links but keeps http, https and mailto', () => {
    const root = parse('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="mailto:x@example.org">c</a><a href="http://example.org/">d</a>');
    const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal([null, null, 'mailto:x@example.org', 'http://example.org/']);
  });

  it('removes style, class, id and other attributes', () => {
    const root = parse('<span style="color:red" class="c" id="i" title="t">x</span>');
    expect(root.querySelector('span')!.getAttributeNames()).to.deep.equal([]);
  });

  it('keeps the text of tags outside the allowlist and drops the tags', () => {
    const root = parse('<div><h1>Title</h1><iframe src="https://example.org"></iframe><table><tr><td>cell</td></tr></table></div>');
    expect(root.querySelector('div, h1, iframe, table')).to.equal(null);
    expect(root.textContent).to.contain('Title').and.contain('cell');
  });
});

describe('isHtml', () => {
  it('follows the spec: first character < and last character >', () => {
    expect(isHtml('<p>x</p>')).to.equal(true);
    expect(isHtml('  <span>x</span>\n')).to.equal(true);
    expect(isHtml('a <b>bold</b> word')).to.equal(false);
    expect(isHtml('<p>not closed')).to.equal(false);
    expect(isHtml('1 < 2 > 0')).to.equal(false);
  });
});
