// Browser test of the practice exchange and the council report: staff record a practice, the
// public comparison of a topic is axe-clean and stacks its columns on a phone without JavaScript;
// the council report is axe-clean and its print media shows the report without any navigation.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startPortal, launchBrowser, axeViolations, bin } from './support.js';

const PASSWORD = 'correct horse battery staple';

let portal;
let browser;

before(async () => {
  portal = await startPortal();
  const created = spawnSync(bin, ['user', 'add', 'anna', '--admin', '--name', 'Anna', '--password-stdin'],
    { env: portal.env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(created.status, 0, created.stderr);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

async function signIn() {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${portal.baseUrl}/de/workbench/sign-in`);
  await page.getByLabel('Anmeldename').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
  return { context, page };
}

test('staff record a practice and the public comparison shows every region, axe-clean and stacked on a phone', async () => {
  const { context, page } = await signIn();
  await page.locator('.workbench-nav').getByRole('link', { name: 'Gute Praxis' }).click();
  await page.getByRole('link', { name: 'Neue Praxis' }).click();
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#f-region').fill('landkreis-harz');
  await page.getByLabel('Thema').selectOption({ label: 'Willkommenszentren' });
  await page.locator('#f-title-de').fill('Welcome Center Harz');
  await page.locator('#f-description-de').fill('Erste Anlaufstelle für Fachkräfte und ihre Familien.');
  await page.getByLabel('Dienststelle', { exact: true }).fill('Stabsstelle Willkommenskultur');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').getByText('Gespeichert.').waitFor();
  await context.close();

  // The public, without JavaScript.
  const visitor = await browser.newContext({ locale: 'de-DE', bypassCSP: true, javaScriptEnabled: false });
  const pub = await visitor.newPage();
  await pub.goto(`${portal.baseUrl}/de/practices`);
  await pub.getByRole('link', { name: '„Willkommenszentren“ im Vergleich der Regionen' }).click();
  const table = pub.getByRole('table');
  await table.waitFor();
  const headers = await table.locator('thead th').allTextContents();
  assert.ok(headers.length >= 5, `a column per region: ${headers}`);
  assert.match(headers[0], /Landkreis Harz/);
  assert.equal(await table.getByText('Noch keine Praxis erfasst.').count(), headers.length - 1);
  await table.getByRole('link', { name: 'Welcome Center Harz' }).waitFor();
  await visitor.close();

  const scanner = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const wide = await scanner.newPage();
  await wide.goto(`${portal.baseUrl}/de/practices/compare?topic=welcome-centre`);
  assert.deepEqual(await axeViolations(wide), []);
  // On a phone the columns stack: no sideways scrolling, each cell names its region.
  await wide.setViewportSize({ width: 360, height: 740 });
  const overflow = await wide.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.equal(await wide.locator('.practice-compare thead').isVisible(), false);
  assert.equal(await wide.locator('.compare-region').first().isVisible(), true);
  assert.deepEqual(await axeViolations(wide), []);
  await scanner.close();
});

test('the council report is axe-clean and prints without navigation', async () => {
  const { context, page } = await signIn();
  await page.locator('.workbench-nav').getByRole('link', { name: 'Bericht für den Kreistag' }).click();
  await page.getByRole('heading', { level: 1, name: /Jahresbericht \d{4}: internationale Partnerschaften – Landkreis Harz/ }).waitFor();
  await page.getByRole('spinbutton', { name: 'Jahr' }).fill('2026');
  await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
  await page.getByRole('heading', { level: 1, name: /Jahresbericht 2026/ }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.ok(await page.getByRole('img', { name: /Säulendiagramm/ }).isVisible());

  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.workbench-nav', '.site-footer', '.report-choice']) {
    assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden in print`);
  }
  assert.equal(await page.locator('nav:visible').count(), 0, 'no navigation in print');
  assert.ok(await page.getByRole('heading', { level: 1, name: /Jahresbericht 2026/ }).isVisible());
  const breaks = await page.locator('.report-partnership').first()
    .evaluate((el) => getComputedStyle(el).breakBefore);
  assert.equal(breaks, 'page');

  const pdf = await page.request.get(`${portal.baseUrl}/de/workbench/reports/council.pdf?year=2026`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  await context.close();
});
