// Proves that `npm start` serves Storybook on the mock Ecwid API: starts the same command,
// waits for the server, and checks that the story index lists real ContactCard stories and
// that the preview iframe and the MSW worker are served. Exits non-zero on any failure.
import { spawn } from 'node:child_process';

const port = Number(process.env.STORYBOOK_PORT ?? 6006);
const base = `http://localhost:${port}`;
const deadline = Date.now() + 120_000;

const child = spawn('npm', ['start', '--', '-p', String(port), '--ci', '--no-open', '--quiet'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  detached: true,
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));

function stop() {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function get(path) {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

try {
  let index;
  while (!index) {
    if (Date.now() > deadline) throw new Error(`Storybook did not answer on ${base} within 120 s`);
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}`);
    try {
      index = await (await get('/index.json')).json();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const ids = Object.keys(index.entries);
  const cardStories = ids.filter((id) => /^components-contactcard(view)?--/.test(id));
  if (cardStories.length === 0)
    throw new Error(`no ContactCard stories in ${base}/index.json: ${ids.join(', ')}`);
  const iframe = await (await get('/iframe.html')).text();
  if (!iframe.includes('<div id="storybook-root">'))
    throw new Error('iframe.html is not the Storybook preview');
  const worker = await get('/mockServiceWorker.js');
  if (!/javascript/.test(worker.headers.get('content-type') ?? ''))
    throw new Error('MSW worker has the wrong MIME type');
  console.log(
    `npm start: Storybook serves ${ids.length} entries (${cardStories.length} ContactCard stories) at ${base}`,
  );
} catch (error) {
  console.error(
    `npm start check failed: ${error instanceof Error ? error.message : error}\n${output.slice(-3000)}`,
  );
  stop();
  process.exit(1);
}
stop();
process.exit(0);
