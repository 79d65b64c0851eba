#!/usr/bin/python3
"""check_html.py FILE.html [FILE.txt]: checks a page clerk wrote, on a DOM
parse (Python's html.parser, the HTML tokenizer, not clerk's code):

  - one <h1>, the first heading, and no heading level skipped; <html lang>;
  - every id is unique; every href="#x", aria-labelledby and
    aria-describedby names an id of the same page;
  - every number (span.clerk-num) is real text at the start of its block's
    text, and that block (or its section, for a heading) has an id;
  - with FILE.txt (the text renderer's output for the same report): the
    numbers come in the same order there, each at the start of a line.
Prints what is wrong; exit 1 if anything is, else 0.
"""
import re
import sys
from html.parser import HTMLParser

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
        'source', 'track', 'wbr'}
BLOCKS = {'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'dt', 'dd', 'td', 'th'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []  # Node or str

    def text(self):
        return ''.join(c if isinstance(c, str) else c.text() for c in self.children)


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#document', [], None)
        self.cur = self.root
        self.all = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.all.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.all.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def squash(s):
    return ' '.join(s.split())


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    t = Tree()
    t.feed(open(sys.argv[1], encoding='utf-8').read())
    problems = []
    ids = {}
    for n in t.all:
        if 'id' in n.attrs:
            if n.attrs['id'] in ids:
                problems.append('duplicate id %r' % n.attrs['id'])
            ids[n.attrs['id']] = n
    links = 0
    for n in t.all:
        href = n.attrs.get('href') or ''
        if n.tag == 'a' and href.startswith('#'):
            links += 1
            if href[1:] not in ids:
                problems.append('link %r (%r) goes nowhere' % (href, squash(n.text())))
        for a in ('aria-labelledby', 'aria-describedby'):
            for ref in (n.attrs.get(a) or '').split():
                if ref not in ids:
                    problems.append('%s=%r names no id' % (a, ref))
    levels = [int(n.tag[1]) for n in t.all if re.fullmatch(r'h[1-6]', n.tag)]
    if levels.count(1) != 1 or levels[0] != 1:
        problems.append('headings %s: the page needs one h1, first' % levels[:8])
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            problems.append('heading level skips from h%d to h%d' % (a, b))
            break
    if not t.root.children or not any(n.tag == 'html' and n.attrs.get('lang') for n in t.all):
        problems.append('no <html lang>')
    labels = []
    for n in t.all:
        if n.tag != 'span' or 'clerk-num' not in (n.attrs.get('class') or '').split():
            continue
        label = squash(n.text())
        labels.append(label)
        block = n.parent
        while block is not None and block.tag not in BLOCKS:
            block = block.parent
        if block is None:
            problems.append('number %r outside a block' % label)
            continue
        if not squash(block.text()).startswith(label):
            problems.append('number %r is not the start of its text %r' % (label, squash(block.text())[:60]))
        host = block
        if host.tag in ('h2', 'h3', 'h4', 'h5', 'h6') and 'id' not in host.attrs:
            host = host.parent
        if host is None or not host.attrs.get('id') or host.attrs['id'] == 'main':
            problems.append('number %r has no id to link to' % label)
    order = 'not compared'
    if len(sys.argv) == 3:
        text = open(sys.argv[2], encoding='utf-8').read()
        at = 0
        missing = []
        for label in labels:
            # At a line's start, or at a table cell's ("| 1. first year").
            m = re.compile(r'(?m)(?:^|\| )[ \t]*' + re.escape(label) + r'(?=[\s:])').search(text, at)
            if m is None:
                missing.append(label)
            else:
                at = m.end()
        if missing:
            problems.append('%d of %d numbers not found in order in %s: %s' % (
                len(missing), len(labels), sys.argv[2], ', '.join(missing[:8])))
        order = 'in the text renderer\'s order'
    for p in problems:
        print('  ' + p)
    print('%s %s: %d ids, %d internal links, %d numbers (%s)' % (
        'FAIL' if problems else 'ok  ', sys.argv[1], len(ids), links, len(labels), order))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
