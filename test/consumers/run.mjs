// Consumer tests: build the library, pack it as it would be published, install the tarball into
// small fixture apps and prove each one works with it:
//   vite-react19 / vite-react18  type-check and build; in Chromium the card renders from a local mock,
//                                in English and with the German locale entry
//   next-app-router              `next build` passes; the server component prefetched with
//                                ecwid-contact-card/server and the card is in the prerendered HTML;
//                                `next start` serves it, it hydrates in Chromium, the proxy route works
// Usage: node test/consumers/run.mjs [--no-build] [fixture ...]   (npm run test:consumers)
// --no-build packs the dist/ that is already there (as .ci/run does right after `npm test`).
// CONSUMERS_WORK_DIR overrides the temporary folder.
// Fixture apps are copied to a temporary folder and installed there with npm's cache preferred, so
// repeated runs are fast and the repository stays clean. The last line is "Consumers: N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { SEED, startMockEcwidServer } from './mockEcwidServer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const workRoot = process.env.CONSUMERS_WORK_DIR ?? path.join(tmpdir(), 'ecwid-contact-card-consumers');
const TOKEN = 'consumer-fixture-token';
const CONTACT_HREF = `mailto:${SEED.contact.contact}`;

const fixtures = {
  'vite-react19': { template: ['vite-app', 'vite-react19'], check: (dir) => checkViteApp(dir, '19.') },
  'vite-react18': { template: ['vite-app', 'vite-react18'], check: (dir) => checkViteApp(dir, '18.') },
  'next-app-router': { template: ['next-app-router'], check: checkNextApp },
};

const selected = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
for (const name of selected) {
  if (!(name in fixtures)) {
    console.error(`Unknown fixture "${name}". Known: ${Object.keys(fixtures).join(', ')}`);
    process.exit(2);
  }
}
const names = selected.length > 0 ? selected : Object.keys(fixtures);

function log(message) {
  console.log(`[consumers] ${message}`);
}

/** Runs a command quietly; its output is shown only when it fails. */
function run(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        log(`  ${command} ${args.join(' ')} (${seconds} s)`);
        resolve(output);
      } else {
        reject(
          new Error(
            `${command} ${args.join(' ')} exited ${code} after ${seconds} s:\n${output.slice(-6000)}`,
          ),
        );
      }
    });
  });
}

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === 'node_modules' || entry === '.next' || entry === 'dist') continue;
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    if (statSync(source).isDirectory()) copyTree(source, target);
    else copyFileSync(source, target);
  }
}

async function pack() {
  if (process.argv.includes('--no-build') && existsSync(path.join(repo, 'dist/index.js'))) {
    log('using the dist/ already built (--no-build)');
  } else {
    log('building the library (npm run build)');
    await run('npm', ['run', 'build'], { cwd: repo });
  }
  const destination = path.join(workRoot, 'tarball');
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: repo,
    encoding: 'utf8',
  });
  const [{ filename, files }] = JSON.parse(output);
  log(`packed ${filename} (${files.length} files)`);
  return path.join(destination, filename);
}

async function prepare(name, tarball) {
  const dir = path.join(workRoot, name);
  // Keep node_modules between runs (fast re-runs); everything else is laid anew.
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir)) {
      if (entry !== 'node_modules') rmSync(path.join(dir, entry), { recursive: true, force: true });
    }
  }
  for (const part of fixtures[name].template) copyTree(path.join(here, part), dir);
  // Same version, new contents: make npm unpack the fresh tarball instead of keeping the old copy.
  rmSync(path.join(dir, 'node_modules/ecwid-contact-card'), { recursive: true, force: true });
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', tarball],
    { cwd: dir },
  );
  const installed = JSON.parse(
    readFileSync(path.join(dir, 'node_modules/ecwid-contact-card/package.json'), 'utf8'),
  );
  if (existsSync(path.join(dir, 'node_modules/ecwid-contact-card/src'))) {
    throw new Error('the tarball ships src/: "files" must list dist only');
  }
  log(`  installed ecwid-contact-card@${installed.version} from the tarball`);
  return dir;
}

async function checkViteApp(dir, reactMajor) {
  await run('npm', ['run', 'build'], { cwd: dir });
  const mock = await startMockEcwidServer({ token: TOKEN, staticDir: path.join(dir, 'dist') });
  const chromium = await findChromium();
  if (!chromium) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` first');
  const { chromium: playwright } = await import('playwright');
  const browser = await playwright.launch({ executablePath: chromium.path, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(mock.origin);
    const link = page.locator(`a[href="${CONTACT_HREF}"]`).first();
    await link.waitFor({ state: 'visible', timeout: 20_000 });
    const linkText = (await link.textContent()) ?? '';
    if (!linkText.includes(SEED.contact.contact)) throw new Error(`the card's link reads "${linkText}"`);
    const reactVersion = await page.locator('main').getAttribute('data-react-version');
    if (!reactVersion?.startsWith(reactMajor)) {
      throw new Error(`expected React ${reactMajor}x, the app runs ${reactVersion}`);
    }
    // The German locale entry: the same contact, its default badge in German.
    await page
      .locator('section[lang="de"]')
      .getByText('Standard', { exact: true })
      .waitFor({ timeout: 10_000 });
    const styled = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('.ecc-')),
      ),
    );
    if (!styled) throw new Error("the library's stylesheet did not reach the page");
    const html = await page.content();
    if (html.includes(TOKEN)) throw new Error('the token appears in the DOM');
    if (
      !mock.requests.some((request) => request.authorized && request.path.endsWith(`/${SEED.contact.id}`))
    ) {
      throw new Error(`the mock saw no authorised request for the contact: ${JSON.stringify(mock.requests)}`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
    log(`  Chromium: card rendered with React ${reactVersion}`);
  } finally {
    await browser.close();
    await mock.close();
  }
}

async function checkNextApp(dir) {
  const mock = await startMockEcwidServer({ token: TOKEN });
  try {
    await run('npm', ['run', 'build'], {
      cwd: dir,
      env: { ECWID_API_BASE_URL: mock.apiBaseUrl, ECWID_TOKEN: TOKEN, NEXT_TELEMETRY_DISABLED: '1' },
    });
  } finally {
    await mock.close();
  }
  if (!mock.requests.some((request) => request.authorized)) {
    throw new Error('the server component did not prefetch: the mock saw no authorised request');
  }
  const html = readFileSync(path.join(dir, '.next/server/app/index.html'), 'utf8');
  if (!html.includes(`href="${CONTACT_HREF}"`)) {
    throw new Error('the prerendered page has no card for the prefetched contact');
  }
  if (html.includes(TOKEN)) throw new Error('the token appears in the prerendered HTML');
  log('  next build: prefetched on the server, card prerendered from the dehydrated cache');
  await checkNextAppInBrowser(dir);
}

/** `next start`: the card hydrates without errors, and the app's proxy route adds the token. */
async function checkNextAppInBrowser(dir) {
  const mock = await startMockEcwidServer({ token: TOKEN });
  const port = await freePort();
  const next = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env: {
        ...process.env,
        ECWID_API_BASE_URL: mock.apiBaseUrl,
        ECWID_TOKEN: TOKEN,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  next.stdout.on('data', (chunk) => (output += chunk));
  next.stderr.on('data', (chunk) => (output += chunk));
  const chromium = await findChromium();
  if (!chromium) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` first');
  const { chromium: playwright } = await import('playwright');
  const browser = await playwright.launch({ executablePath: chromium.path, args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await fetch(origin).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline || next.exitCode !== null)
        throw new Error(`next start did not come up:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(origin);
    await page.locator(`a[href="${CONTACT_HREF}"]`).first().waitFor({ state: 'visible', timeout: 20_000 });
    // Hydrated: only React's handler can answer the copy button, in the card's live region.
    await page.getByRole('button', { name: 'Copy contact' }).first().click();
    await page.waitForFunction(
      () => (document.querySelector('.ecc-card [role="status"]')?.textContent ?? '').trim() !== '',
      undefined,
      { timeout: 10_000 },
    );
    const proxied = await page.evaluate(async (contactPath) => {
      const response = await fetch(`/api/ecwid/${contactPath}`);
      return { status: response.status, body: await response.json() };
    }, `${SEED.storeId}/customers/${SEED.customerId}/contacts/${SEED.contact.id}`);
    if (proxied.status !== 200 || proxied.body.contact !== SEED.contact.contact) {
      throw new Error(`the proxy route answered ${proxied.status}: ${JSON.stringify(proxied.body)}`);
    }
    if ((await page.content()).includes(TOKEN)) throw new Error('the token appears in the page');
    if (problems.length > 0) throw new Error(problems.join('\n'));
    log('  next start: card hydrated in Chromium; the proxy route added the token server-side');
  } finally {
    await browser.close();
    next.kill('SIGTERM');
    await mock.close();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const started = Date.now();
mkdirSync(workRoot, { recursive: true });
let tarball;
try {
  tarball = await pack();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log(`Consumers: 0 passed, ${names.length} failed`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const name of names) {
  const fixtureStarted = Date.now();
  log(`${name}`);
  try {
    const dir = await prepare(name, tarball);
    await fixtures[name].check(dir);
    passed += 1;
    log(`✓ ${name} (${((Date.now() - fixtureStarted) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.error(`[consumers] ✗ ${name}: ${error instanceof Error ? error.message : error}`);
  }
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`Consumers: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
