// Browser test of the funding area: an office records an application for a CERV networks-of-towns
// call, sees the eligibility check fail with three countries and pass once a fourth partner is added,
// uploads a document and makes a calendar address; every funding page passes the axe scan.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPortal, launchBrowser, axeViolations, bin } from './support.js';

const PASSWORD = 'correct horse battery staple';
const calls = fileURLToPath(new URL('../fixtures/funding/calls.json', import.meta.url));

let portal;
let browser;

before(async () => {
  portal = await startPortal();
  const created = spawnSync(bin, ['user', 'add', 'anna', '--admin', '--name', 'Anna Schulz', '--password-stdin'],
    { env: portal.env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(created.status, 0, created.stderr);
  const imported = spawnSync(bin, ['import-calls', calls], { env: portal.env, encoding: 'utf8' });
  assert.equal(imported.status, 0, imported.stderr);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

test('an application fails the eligibility check with three countries and passes with a fourth', async () => {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${portal.baseUrl}/de/workbench/sign-in`);
  await page.getByLabel('Anmeldename').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();

  await page.getByRole('link', { name: 'Fördermittel' }).first().click();
  await page.getByRole('link', { name: 'Anträge' }).click();
  await page.getByRole('link', { name: 'Neuer Antrag' }).click();
  await page.getByLabel('Titel des Vorhabens').fill('Netzwerk der Partnerstädte 2027');
  await page.getByLabel('Aufruf', { exact: true }).selectOption('CERV-2027-CITIZENS-TOWN-NT');
  await page.getByLabel('Antragsteller', { exact: true }).selectOption('wernigerode');
  await page.getByLabel('Partner', { exact: true }).selectOption(['villars', 'konskie']);
  await page.getByLabel('Beantragt').fill('150.000');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').getByText('Gespeichert.').waitFor();

  const check = page.getByRole('region', { name: 'Förderfähigkeit' });
  assert.match(await check.innerText(), /braucht mindestens 4 beteiligte Länder: Sie haben erst 3\./);
  assert.equal(await check.locator('[data-eligible]').getAttribute('data-eligible'), 'false');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel('Partner', { exact: true }).selectOption(['villars', 'konskie', 'carpi']);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').getByText('Gespeichert.').waitFor();
  assert.match(await check.innerText(), /Alle Regeln von „Networks of towns \(CERV-CITIZENS-TOWN-NT\)“ sind erfüllt\./);
  assert.equal(await check.locator('[data-eligible]').getAttribute('data-eligible'), 'true');

  // A document: a PDF is taken (judged by its bytes) and listed; the page stays accessible.
  await page.getByLabel('Datei', { exact: true }).setInputFiles({
    name: 'Kostenplan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Unterlage hochladen' }).click();
  await page.getByRole('status').getByText('Die Unterlage ist gespeichert.').waitFor();
  assert.ok(await page.getByRole('link', { name: 'Kostenplan.pdf' }).isVisible());
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('link', { name: 'Fristen' }).click();
  assert.ok(await page.getByRole('link', { name: /Kalenderdatei/ }).isVisible());
  // A calendar address to subscribe to, shown once.
  await page.getByRole('button', { name: 'Kalenderadresse erzeugen' }).click();
  const address = await page.getByLabel('Kalenderadresse').inputValue();
  assert.match(address, /\/de\/funding\/deadlines\/ppc_[0-9a-f]{64}\.ics$/);
  assert.deepEqual(await axeViolations(page), []);
  const feed = await fetch(address.replace(/^https?:\/\/[^/]+/, portal.baseUrl));
  assert.equal(feed.status, 200);
  assert.match(await feed.text(), /BEGIN:VCALENDAR/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every funding page passes the accessibility scan', async () => {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${portal.baseUrl}/de/workbench/sign-in`);
  await page.getByLabel('Anmeldename').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
  for (const path of ['', '/catalogue', '/catalogue/programmes/new', '/catalogue/programmes/1',
    '/catalogue/actions/new', '/catalogue/actions/1', '/calls', '/calls/new', '/calls/1', '/applications',
    '/applications/new', '/applications/1', '/deadlines']) {
    const answer = await page.goto(`${portal.baseUrl}/de/workbench/funding${path}`);
    assert.equal(answer.status(), 200, path);
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await context.close();
});
