// Browser tests of the staff workbench: the real binary on a fresh database, an administrator created
// through the command line as a district office would, driven through Debian's headless Chromium.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startPortal, launchBrowser, axeViolations, bin } from './support.js';

const PASSWORD = 'correct horse battery staple';

let portal;
let baseUrl;
let browser;
let env;

before(async () => {
  portal = await startPortal();
  baseUrl = portal.baseUrl;
  env = portal.env;
  const created = spawnSync(bin, ['user', 'add', 'anna', '--admin', '--name', 'Anna Schulz', '--password-stdin'],
    { env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(created.status, 0, created.stderr);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

/** A signed-in page: opens the workbench, is sent to the sign-in form, signs in like a person. */
async function signedIn() {
  // bypassCSP lets the test inject axe-core; the pages themselves run no inline script.
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${baseUrl}/de/workbench/`);
  assert.match(page.url(), /\/de\/workbench\/sign-in\?next=/);
  await page.getByLabel('Anmeldename').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
  return { page, context, problems };
}

test('staff sign in, edit a partnership, see it on the public page and undo the change', async () => {
  const { page, context, problems } = await signedIn();
  await page.getByRole('link', { name: 'Bearbeiten Landkreis Harz – Territoire de Belfort' }).click();
  const story = page.getByRole('group', { name: 'Geschichte der Partnerschaft' })
    .getByRole('textbox', { name: 'Deutsch', exact: true });
  const original = await story.inputValue();
  assert.ok(original.includes('Louis Bertrand'));
  await story.fill('Seit 1995 befreundet. Neu: gemeinsame Jugendbegegnung 2027 in Wernigerode.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').getByText('Gespeichert.').waitFor();

  const visitor = await browser.newPage();
  await visitor.goto(`${baseUrl}/de/partnerships/harz-belfort`);
  assert.ok(await visitor.getByText('gemeinsame Jugendbegegnung 2027').isVisible());

  await page.getByRole('link', { name: 'Verlauf' }).first().click();
  await page.getByRole('link', { name: 'Geändert' }).first().click();
  await page.getByRole('button', { name: /rückgängig/ }).click();
  await page.getByRole('status').waitFor();

  await visitor.reload();
  assert.ok(!(await visitor.getByText('gemeinsame Jugendbegegnung 2027').count()));
  assert.ok(await visitor.getByText('Louis Bertrand', { exact: false }).first().isVisible());
  await visitor.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a refused save keeps what was typed and names the problem next to the field', async () => {
  const { page, context } = await signedIn();
  await page.goto(`${baseUrl}/de/workbench/partnerships/harz-belfort`);
  await page.getByRole('textbox', { name: 'Datum' }).first().fill('2003-13');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await alert.getByRole('link').first().click();
  const date = page.getByRole('textbox', { name: 'Datum' }).first();
  assert.equal(await date.inputValue(), '2003-13');
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('every workbench page has no WCAG 2.1 A/AA violations that axe can detect', async () => {
  const { page, context } = await signedIn();
  const failures = [];
  for (const path of ['/de/workbench/', '/de/workbench/partnerships/harz-belfort', '/de/workbench/partnerships/new',
    '/de/workbench/changes', '/de/workbench/deleted', '/de/workbench/password', '/de/workbench/history/partnership/1',
    '/en/workbench/', '/pl/workbench/partnerships/harz-konecki', '/de/workbench/bodies/wernigerode',
    '/de/workbench/bodies/new', '/de/workbench/users', '/de/workbench/users/new', '/de/workbench/users/1',
    '/de/workbench/tokens', '/de/workbench/inbox', '/de/workbench/contact-points', '/de/workbench/contact-points/1',
    '/fr/workbench/contact-points/new', '/de/workbench/review', '/ro/workbench/review?severity=error']) {
    await page.goto(baseUrl + path);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${path}: ${violations.join('; ')}`);
  }
  const visitor = await context.browser().newPage({ bypassCSP: true });
  await visitor.goto(`${baseUrl}/de/workbench/sign-in`);
  const violations = await axeViolations(visitor);
  if (violations.length) failures.push(`sign-in: ${violations.join('; ')}`);
  await visitor.close();
  assert.deepEqual(failures, []);
  await context.close();
});
