// Browser test of activities: the office records a youth encounter with a photo in the workbench and
// sees its public event page, with the photo's description as alt text, free of axe violations.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
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

// A real 16 × 16 PNG (one colour), built here so the test needs no fixture file.
function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(16 * 3, 0x5a)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array(16).fill(row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('staff record a youth encounter with a photo and see its public event page', async () => {
  const context = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${portal.baseUrl}/de/workbench/sign-in`);
  await page.getByLabel('Anmeldename').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();

  await page.goto(`${portal.baseUrl}/de/workbench/activities/new`);
  await page.getByRole('heading', { level: 1, name: 'Neue Aktivität' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Kennung in der Adresse').fill('jugendbegegnung-belfort-2026');
  await page.getByLabel('Art der Aktivität').selectOption({ label: 'Jugendbegegnung' });
  await page.getByLabel('Erster Tag').fill('2026-07-06');
  await page.getByLabel('Letzter Tag').fill('2026-07-12');
  await page.getByLabel('Sichtbarkeit').selectOption({ label: 'öffentlich' });
  await page.getByLabel('Ort', { exact: true }).fill('Belfort');
  await page.getByLabel('Partnerschaften').selectOption({ index: 0 });
  await page.getByLabel('Titel (Deutsch)').fill('Jugendbegegnung in Belfort 2026');
  await page.getByLabel('Beschreibung (Deutsch)').fill('Eine Woche Sport & Kultur mit Jugendlichen beider Regionen.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { level: 1, name: /Jugendbegegnung in Belfort 2026/ }).waitFor();

  await page.getByLabel('Bilddatei').setInputFiles({ name: 'gruppe.png', mimeType: 'image/png', buffer: png() });
  await page.getByLabel('Bildbeschreibung (Deutsch)').fill('Die Gruppe vor dem Löwen von Belfort');
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await page.getByText('Das Foto wurde gespeichert.').waitFor();

  // The public page, as a visitor sees it (no session).
  const visitor = await browser.newContext({ locale: 'de-DE', bypassCSP: true });
  const publicPage = await visitor.newPage();
  await publicPage.goto(`${portal.baseUrl}/de/events/jugendbegegnung-belfort-2026`);
  await publicPage.getByRole('heading', { level: 1, name: 'Jugendbegegnung in Belfort 2026' }).waitFor();
  const photo = publicPage.getByRole('img', { name: 'Die Gruppe vor dem Löwen von Belfort' });
  await photo.waitFor();
  assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo loads');
  assert.deepEqual(await axeViolations(publicPage), []);
  await publicPage.goto(`${portal.baseUrl}/de/events`);
  await publicPage.getByRole('link', { name: 'Jugendbegegnung in Belfort 2026' }).first().waitFor();
  assert.deepEqual(await axeViolations(publicPage), []);
  assert.deepEqual(problems, []);
  await visitor.close();
  await context.close();
});
