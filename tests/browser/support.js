// What every browser test file needs: the real binary serving a fresh database, Debian's headless
// Chromium, and an axe-core scan. Not a test file itself (node --test runs *.test.js only).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The binary under test: PARTNERPORTAL_BIN (scripts/test passes the one it built) or the debug build. */
export const bin = process.env.PARTNERPORTAL_BIN ?? '../../target/debug/partnerportal';

/**
 * Starts the binary on an ephemeral port with a database in a new temporary directory; resolves
 * once it logs the address it is bound to. `env` is what commands against the same database need.
 */
export function startPortal() {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerportal-browser-'));
  const env = { ...process.env, DATABASE_URL: join(dataDir, 'test.sqlite3'), RUST_LOG: 'info', NO_COLOR: '1' };
  const server = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = () => {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (chunk) => {
      log += chunk.toString();
      const match = log.match(/serving the portal at (http:\/\/[0-9.:]+)/);
      if (match) resolve({ baseUrl: match[1], env, stop });
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
}

/** WCAG 2.1 A/AA violations axe-core finds on the page (the context must bypass the CSP to inject it). */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
}
