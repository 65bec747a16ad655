// Serves the built Storybook (storybook-static/) from a plain static file server, under a sub-path
// as a project page on any host would be, opens a connected ContactCard story in Chromium and checks
// that the card shows the seed contact from the mock Ecwid API: proof that the MSW worker ships in
// the build and starts from wherever the site is served.
//
//   node test/storybook/static-site.test.mjs            builds storybook-static first
//   node test/storybook/static-site.test.mjs --no-build tests the existing build
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = path.join(root, 'storybook-static');
const BASE_PATH = '/ecwid-contact-card/';
const STORY_ID = 'components-contactcard--loaded';
const SEED_EMAIL = 'ec.apps@lightspeedhq.com';
const GETTING_STARTED_ID = 'getting-started--docs';
const VIEW_DOCS_ID = 'components-contactcardview--docs';
// From the JSDoc of the `compact` prop (case-sensitive: the Compact story's own text says "one-line"),
// so it shows that docgen filled the props table.
const VIEW_PROP_DESCRIPTION = /One-line variant for lists/;
const TIMEOUT_MS = 60_000;

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function fail(message) {
  console.error(`static-site: FAIL: ${message}`);
  process.exitCode = 1;
}

function buildStorybook() {
  console.log('static-site: building Storybook into storybook-static/ …');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/storybook/dist/bin/dispatcher.js'),
      'build',
      '-o',
      'storybook-static',
      '--quiet',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  );
  // The build's progress output is noise in a passing run; a failing build shows all of it.
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`storybook build exited with ${result.status ?? result.signal}`);
  }
}

/** A static file server with no Storybook knowledge: files under BASE_PATH, 404 for the rest. */
function serve(dir) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(BASE_PATH)) {
      response.writeHead(404).end();
      return;
    }
    const relative = decodeURIComponent(pathname.slice(BASE_PATH.length)) || 'index.html';
    const file = path.resolve(dir, relative);
    if (file !== dir && !file.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await readFile(target);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[path.extname(target)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) buildStorybook();
  if (!existsSync(path.join(siteDir, 'iframe.html')))
    throw new Error('storybook-static/iframe.html is missing');
  if (!existsSync(path.join(siteDir, 'mockServiceWorker.js'))) {
    throw new Error('storybook-static/mockServiceWorker.js is missing: the MSW worker did not ship');
  }

  const server = await serve(siteDir);
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}${BASE_PATH}`;
  const found = await findChromium();
  if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  const pageErrors = [];
  try {
    const worker = await fetch(`${base}mockServiceWorker.js`);
    if (!/^application\/javascript/.test(worker.headers.get('content-type') ?? '')) {
      throw new Error(`mockServiceWorker.js served as ${worker.headers.get('content-type')}`);
    }

    const context = await browser.newContext();
    // Nothing may reach the real Ecwid API: the card must come from the worker's mock store.
    await context.route('https://app.ecwid.com/**', (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    await page.goto(`${base}iframe.html?id=${STORY_ID}&viewMode=story`, { timeout: TIMEOUT_MS });
    const card = page.getByRole('article');
    await card.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const link = card.getByRole('link', { name: SEED_EMAIL });
    await link.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const href = await link.getAttribute('href');
    if (href !== `mailto:${SEED_EMAIL}`) throw new Error(`the seed contact links to ${href}`);

    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    if (controller !== `${base}mockServiceWorker.js`) {
      throw new Error(`the page is not controlled by the MSW worker at ${base} (controller: ${controller})`);
    }

    // The sidebar index lists the story and the docs pages.
    const index = await (await fetch(`${base}index.json`)).json();
    for (const id of [STORY_ID, GETTING_STARTED_ID, VIEW_DOCS_ID]) {
      if (!index.entries?.[id]) throw new Error(`index.json has no ${id}`);
    }

    // The MDX guide and an autodocs page with prop descriptions from the components' JSDoc.
    await page.goto(`${base}iframe.html?id=${GETTING_STARTED_ID}&viewMode=docs`, { timeout: TIMEOUT_MS });
    await page.getByRole('heading', { name: 'Getting started', level: 1 }).waitFor({ timeout: TIMEOUT_MS });
    await page.goto(`${base}iframe.html?id=${VIEW_DOCS_ID}&viewMode=docs`, { timeout: TIMEOUT_MS });
    await page.getByText(VIEW_PROP_DESCRIPTION).first().waitFor({ timeout: TIMEOUT_MS });

    console.log(
      `static-site: PASS: ${base}iframe.html?id=${STORY_ID} rendered the seed contact (${SEED_EMAIL}) ` +
        'from the mock Ecwid API via mockServiceWorker.js; the docs pages render',
    );
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    if (pageErrors.length > 0) console.error(`static-site: page errors:\n  ${pageErrors.join('\n  ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error));
});
