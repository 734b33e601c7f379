// Browser tests of the open data: the JSON-LD data blocks in the pages live with the portal's
// Content-Security-Policy (enforced here, not bypassed as in the accessibility sweep) without a
// single CSP report or console error, and the open-data page's downloads work without JavaScript.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, launchBrowser } from './support.js';

let portal;
let baseUrl;
let browser;

before(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

const PAGES_WITH_JSON_LD = [
  '/de/partnerships/harz-belfort', '/en/partnerships/harz-bistrita-nasaud', '/fr/bodies/wernigerode',
  '/pl/bodies/landkreis-harz', '/ro/bodies/purhus',
];

test('JSON-LD data blocks parse in the browser and raise no CSP violation or console error', async () => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  // Registered before any page script or data block is parsed (injected by the driver, not by the page).
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
  });
  for (const path of PAGES_WITH_JSON_LD) {
    const response = await page.goto(baseUrl + path);
    assert.equal(response.status(), 200, path);
    assert.match(response.headers()['content-security-policy'], /script-src 'self'/, path);
    const result = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
      return { parsed: blocks.map((b) => JSON.parse(b.textContent)), violations: window.cspViolations };
    });
    assert.equal(result.parsed.length, 1, path);
    assert.equal(result.parsed[0]['@context'], 'https://schema.org', path);
    assert.deepEqual(result.violations, [], path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the open-data page is in the main navigation and its downloads work without JavaScript', async () => {
  const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/de/`);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Offene Daten (API)' }).click();
  await page.waitForURL(/\/de\/open-data$/);
  await page.getByRole('heading', { level: 1, name: 'Offene Daten' }).waitFor();
  const files = await page.locator('table.downloads tbody th a').allInnerTexts();
  assert.deepEqual(files, [
    'partnerships.csv', 'partnerships.json', 'partnerships.geojson', 'bodies.csv', 'bodies.json', 'bodies.geojson',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'partnerships.csv' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'partnerships.csv');
  await context.close();
});
