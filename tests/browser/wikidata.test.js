// Browser test of the Wikidata page of the workbench: upload the fixture query result as a person
// would, see the comparison grouped by kind, and no WCAG 2.1 A/AA violations axe can detect on the
// form or the result.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPortal, launchBrowser, axeViolations, bin } from './support.js';

const PASSWORD = 'correct horse battery staple';
const FIXTURE = fileURLToPath(new URL('../fixtures/wikidata/twinnings.json', import.meta.url));

let portal;
let browser;

before(async () => {
  portal = await startPortal();
  const created = spawnSync(bin, ['user', 'add', 'wiki', '--admin', '--name', 'Wiki Data', '--password-stdin'],
    { env: portal.env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(created.status, 0, created.stderr);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

test('staff upload a Wikidata query result and see the comparison grouped by kind', async () => {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${portal.baseUrl}/de/workbench/wikidata`);
  await page.getByLabel('Anmeldename').fill('wiki');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Abgleich mit Wikidata' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel('Abfrageergebnis oder Auszug (JSON)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await page.getByRole('heading', { name: 'Vergleich mit „twinnings.json“' }).waitFor();
  // The seed's bodies have no Wikidata ids yet: the fixture's items are suggested by name.
  await page.getByRole('heading', { name: 'Vorgeschlagene Wikidata-IDs (7)' }).waitFor();
  await page.getByRole('heading', { name: 'Nur in einer Richtung in Wikidata (2)' }).waitFor();
  assert.ok(await page.getByRole('cell', { name: 'Quedlinburg', exact: true }).count() > 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
