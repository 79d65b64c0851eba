// reflow.js FILE.html...: WCAG 2.1 "Reflow" (1.4.10) on each page in headless
// Chromium: at 320 CSS px wide nothing but a table's own scrolling region
// may be wider than the window (no sideways scrolling of the page), and at
// 1280 px neither. Uses puppeteer-core from check-html's npm cache (run
// check-html once first; NODE_PATH points there). Exit 1 on any overflow.
const path = require('path');
const puppeteer = require('puppeteer-core');

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new'],
  });
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    for (const width of [320, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto('file://' + path.resolve(f), { waitUntil: 'load' });
      const r = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 1;
        const over = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (el.closest('.clerk-table-wrap') && !el.classList.contains('clerk-table-wrap')) continue;
          if (el.getBoundingClientRect().right > limit) over.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
        }
        return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, over };
      });
      const ok = r.scroll <= r.client && r.over.length === 0;
      if (!ok) bad++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${f} at ${width} px: page ${r.scroll} px wide` +
                  (r.over.length ? `; too wide: ${r.over.slice(0, 5).join(' ')}` : ''));
      await page.close();
    }
  }
  await browser.close();
  process.exit(bad ? 1 : 0);
})().catch(e => { console.error('reflow: ' + e.message); process.exit(2); });
