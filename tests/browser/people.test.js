// Browser test of the people of an activity: the office adds participants to an activity, sees the
// anonymous counts per country and age group; an editor of another town sees the counts only.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startPortal, launchBrowser, axeViolations, bin } from './support.js';

const PASSWORD = 'correct horse battery staple';

let portal;
let browser;

function sql(statement) {
  const run = spawnSync('sqlite3', [portal.env.DATABASE_URL, statement], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

function addUser(login, ...args) {
  const created = spawnSync(bin, ['user', 'add', login, ...args, '--name', login, '--password-stdin'],
    { env: portal.env, input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(created.status, 0, created.stderr);
}

before(async () => {
  portal = await startPortal();
  addUser('anna', '--admin');
  addUser('quedlinburg', '--role', 'editor', '--scope', 'quedlinburg');
  // An activity hosted by Wernigerode (the activities' own forms are tested in activities.test.js).
  sql(`INSERT INTO activities (slug, kind, starts_on, ends_on, host_body_id, visibility, created_at, updated_at)
       SELECT 'jugendbegegnung-2026', 'youth_encounter', '2026-07-06', '2026-07-12', id, 'public',
              '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM bodies WHERE slug = 'wernigerode';
       INSERT INTO activity_texts (activity_id, lang, title, description)
       SELECT id, 'de', 'Jugendbegegnung Wernigerode 2026', '' FROM activities WHERE slug = 'jugendbegegnung-2026';`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  portal?.stop();
});

async function signIn(login) {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${portal.baseUrl}/de/workbench/sign-in`);
  await page.getByLabel('Anmeldename').fill(login);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
  return { context, page };
}

async function addPerson(page, { name, year, country, role, invited }) {
  await page.getByRole('link', { name: 'Person hinzufügen' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Geburtsjahr', { exact: true }).fill(year);
  await page.getByLabel('Land (ISO-Code, z. B. DE)').fill(country);
  await page.getByLabel('Rolle').selectOption({ label: role });
  if (invited) await page.getByLabel('Eingeladener Gast aus dem Ausland').check();
  await page.getByLabel('Erteilt am').fill('2026-03-01');
  await page.getByLabel('Fassung des Einwilligungstextes').fill('Jugend-2026-v1');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').getByText('Gespeichert.').waitFor();
  await page.getByRole('link', { name: /Zurück zu „Jugendbegegnung Wernigerode 2026“/ }).click();
}

test('staff add participants to an activity and see the counts by country, age group and role', async () => {
  const { context, page } = await signIn('anna');
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.getByRole('link', { name: 'Teilnehmende' }).first().click();
  await page.getByRole('link', { name: 'Jugendbegegnung Wernigerode 2026' }).click();
  await page.getByRole('heading', { level: 1, name: 'Teilnehmende: Jugendbegegnung Wernigerode 2026' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await addPerson(page, { name: 'Jeanne Martin', year: '2010', country: 'FR', role: 'Teilnehmer/in', invited: true });
  await addPerson(page, { name: 'Paul Weber', year: '2009', country: 'DE', role: 'Teilnehmer/in', invited: false });
  await addPerson(page, { name: 'Claire Dubois', year: '1980', country: 'FR', role: 'Gruppenleitung', invited: true });

  const counts = page.getByRole('region', { name: 'Anonyme Zahlen' });
  assert.match(await counts.innerText(), /3 Personen, davon 2 eingeladene Gäste aus dem Ausland/);
  const byCountry = await page.locator('#counts-by-country tbody tr').allInnerTexts();
  assert.deepEqual(byCountry.map((r) => r.split('\t').map((c) => c.trim())), [['DE', '1', '0'], ['FR', '2', '2']]);
  const byAge = await page.locator('#counts-by-age tbody tr').allInnerTexts();
  assert.deepEqual(byAge.map((r) => r.split('\t').map((c) => c.trim())), [['14–17', '2'], ['31–64', '1']]);
  const people = await page.locator('#people-list tbody th').allInnerTexts();
  assert.deepEqual(people, ['Claire Dubois', 'Jeanne Martin', 'Paul Weber']);
  assert.deepEqual(await axeViolations(page), []);

  // The person's page: the export and the consent are there, and it passes the scan too.
  await page.getByRole('link', { name: 'Jeanne Martin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Person: Jeanne Martin' }).waitFor();
  assert.ok(await page.getByRole('link', { name: 'Alle gespeicherten Daten exportieren (JSON)' }).isVisible());
  assert.match(await page.locator('#consents').innerText(), /Jugend-2026-v1/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an editor of another town sees the counts of the activity but no name', async () => {
  const { context, page } = await signIn('quedlinburg');
  await page.goto(`${portal.baseUrl}/de/workbench/people`);
  await page.getByRole('link', { name: 'Jugendbegegnung Wernigerode 2026' }).click();
  const body = await page.locator('main').innerText();
  assert.match(body, /Ihres Zuständigkeitsbereichs; Sie sehen nur die anonymen Zahlen/);
  assert.doesNotMatch(body, /Jeanne|Martin|Weber|Dubois/);
  assert.equal(await page.getByRole('link', { name: 'Person hinzufügen' }).count(), 0);
  await context.close();
});
