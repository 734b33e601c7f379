// Browser tests: the real binary on a fresh database, driven through Debian's headless Chromium.
//
// PARTNERPORTAL_BIN names the binary (scripts/test passes the one it built). With SCREENSHOT_DIR set,
// the overview is also saved as a PNG for the README.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startPortal, launchBrowser, axeViolations } from './support.js';

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

async function openPage(path, options = {}) {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
  const response = await page.goto(baseUrl + path);
  return { page, context, response, problems };
}

test('overview shows the partner regions and the twinnings, styled, without errors', async () => {
  const { page, context, response, problems } = await openPage('/de/');
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { level: 1, name: 'Dialog auf europäischer Ebene!' }).waitFor();
  for (const region of ['Territoire de Belfort', 'Kreis Konecki', 'Kreis Iași', 'Kreis Bistrița-Năsăud']) {
    assert.ok(await page.getByRole('link', { name: region, exact: true }).isVisible(), region);
  }
  const towns = await page.locator('.town h3').allInnerTexts();
  assert.equal(towns.length, 8, `towns: ${towns}`);
  // The stylesheet loaded: the main column is narrower than a wide window.
  const width = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width < 1400, `main is ${width}px wide, the stylesheet did not apply`);
  if (process.env.SCREENSHOT_DIR) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'overview.png'), fullPage: false });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('filter form narrows the list without JavaScript', async () => {
  const { page, context } = await openPage('/de/partnerships', { javaScriptEnabled: false });
  await page.getByLabel('Land').selectOption('FR');
  await page.getByLabel('Ebene').selectOption('district');
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/country=FR/);
  assert.match(page.url(), /level=district/);
  assert.equal(await page.getByRole('status').innerText(), '1 Partnerschaft gefunden');
  const rows = await page.locator('table.partnerships tbody tr').count();
  assert.equal(rows, 1);
  // The chosen filters stay selected after the round trip.
  assert.equal(await page.getByLabel('Land').inputValue(), 'FR');
  await context.close();
});

test('skip link is the first stop of the keyboard and leads to the content', async () => {
  const { page, context } = await openPage('/de/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.equal(focused, 'Zum Inhalt springen');
  assert.ok(await page.locator('.skip-link').isVisible(), 'the focused skip link is visible');
  await page.keyboard.press('Enter');
  assert.match(page.url(), /#content$/);
  await context.close();
});

const LANGUAGES = ['de', 'en', 'fr', 'pl', 'ro'];
const PUBLIC_PAGES = [
  '/', '/partnerships', '/partnerships?country=RO&level=district', '/partnerships/harz-bistrita-nasaud',
  '/partnerships/harz-belfort', '/bodies/landkreis-harz', '/bodies/purhus', '/search?q=Heltau', '/search',
  '/accessibility', '/map', '/nope', '/contact', '/contact?partnership=harz-konecki', '/contact/sent?ref=1',
  '/open-data',
];

test('every public page in every language has no WCAG 2.1 A/AA violations that axe can detect', async () => {
  const pages = LANGUAGES.flatMap((lang) => PUBLIC_PAGES.map((path) => `/${lang}${path}`));
  pages.push('/de/leichte-sprache');
  // The portal's CSP forbids inline scripts; only this test lifts it, to inject axe.
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const failures = [];
  for (const path of pages) {
    await page.goto(baseUrl + path);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${path}:\n  ${violations.join('\n  ')}`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test('a keyboard alone reaches the search, finds a partner and opens it', async () => {
  const { page, context } = await openPage('/de/');
  // Tab through the header until the search link has focus, the way a keyboard user would.
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'Suche'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  assert.equal(focused, 'Suche');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused link shows where the focus is');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/de\/search$/);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // first language link … continue until the search box
  for (let i = 0; i < 20; i += 1) {
    if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Heltau');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=Heltau/);
  const hit = page.locator('.search-hits a').first();
  assert.equal(await hit.innerText(), 'Heltau');
  await hit.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/de\/bodies\/cisnadie$/);
  await context.close();
});

test('the language switcher leads to the same page in another language', async () => {
  const { page, context } = await openPage('/de/partnerships?country=FR');
  await page.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL(/\/fr\/partnerships\?country=FR$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.getByLabel(/Pays/).inputValue(), 'FR');
  await context.close();
});

test('a search without diacritics and with a typo finds the partner', async () => {
  const { page, context } = await openPage('/de/search?q=Wernigrode', { javaScriptEnabled: false });
  const names = await page.locator('.search-hits > li > a').allInnerTexts();
  // The best match comes first.
  assert.equal(names[0], 'Wernigerode');
  assert.ok(names.includes('Wernigerode'), names.join(', '));
  await context.close();
  const second = await openPage('/de/search?q=bistrita');
  assert.equal(await second.page.locator('.search-hits > li > a mark').first().innerText(), 'Bistrița');
  await second.context.close();
});

test('pages fit a 320 pixel wide screen without sideways scrolling', async () => {
  for (const path of ['/de/', '/de/partnerships', '/de/partnerships/harz-belfort', '/pl/partnerships/harz-konecki', '/de/search?q=harz', '/de/map']) {
    const { page, context } = await openPage(path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
    await context.close();
  }
});

test('timeline reads in the order of the story', async () => {
  const { page, context } = await openPage('/de/partnerships/harz-bistrita-nasaud');
  const dates = await page.locator('.timeline .timeline-date').allInnerTexts();
  assert.deepEqual(dates, ['Anfang 2003', 'Ende 2003', '2009']);
  await context.close();
});

test('the contact form reports problems next to the fields and sends without JavaScript', async () => {
  const { page, context } = await openPage('/de/contact', { javaScriptEnabled: false });
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await page.waitForURL(/\/de\/contact$/);
  const summary = page.getByRole('alert');
  assert.match(await summary.innerText(), /Bitte prüfen Sie Ihre Angaben/);
  assert.equal(await page.getByLabel('Ihr Name').getAttribute('aria-invalid'), 'true');
  await summary.getByRole('link', { name: 'Bitte geben Sie Ihren Namen an.' }).click();
  assert.match(page.url(), /#contact-name$/);

  await page.getByLabel('Ihr Name').fill('Anna Nowak');
  await page.getByLabel('Ihre E-Mail-Adresse').fill('anna.nowak@example.pl');
  await page.getByLabel('Partnerschaft, um die es geht').selectOption('harz-konecki');
  await page.getByLabel('Betreff', { exact: true }).fill('Schüleraustausch 2027');
  await page.getByLabel('Ihre Nachricht').fill('Guten Tag,\nwir möchten im Mai zu Besuch kommen.');
  await page.getByLabel(/Ich willige ein/).check();
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await page.waitForURL(/\/de\/contact\/sent\?ref=\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihre Nachricht' }).waitFor();
  assert.match(await page.locator('.reference').innerText(), /Ihre Vorgangsnummer: \d+/);
  await context.close();
});

test('the contact form with its errors has no WCAG 2.1 A/AA violations that axe can detect', async () => {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const failures = [];
  for (const lang of LANGUAGES) {
    await page.goto(`${baseUrl}/${lang}/contact`);
    await page.locator('form.contact-form button[type=submit]').click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.error-summary').count(), 1, lang);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${lang}:\n  ${violations.join('\n  ')}`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});
