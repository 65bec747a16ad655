// Render, requests and tooltip latency, in Chromium through Playwright. The bench page is a
// production bundle of the real components (bench/page/benchPage.tsx) served by the mock server
// on 127.0.0.1, so the page and its API share one origin and the server counts every request.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { bundle, ROOT, TMP } from './bundle.mjs';
import { startMockEcwidServer } from './mockEcwidServer.mjs';

const VARIANTS = ['contactCardView', 'sameDom', 'bareMarkup', 'socialIcon', 'contactIcon'];
const API_LATENCY_MS = 20;
/** Issue 13's slow server: the optimistic data must not wait for it. */
const SLOW_SERVER_MS = 300;
const OPTIMISTIC_TRIALS = 7;

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The component's tooltip delay and the reason its source gives, read from src/components. */
export async function readTooltipDelay() {
  const file = 'src/components/card/ContactNote.tsx';
  const source = await readFile(path.join(ROOT, file), 'utf8');
  const used = /delayDuration=\{(\w+)\}/.exec(source);
  if (!used) return { delayDurationMs: 700, source: file, reason: 'no delayDuration set: Radix default' };
  if (/^\d+$/.test(used[1])) return { delayDurationMs: Number(used[1]), source: file, reason: '' };
  const constant = new RegExp(`const\\s+${used[1]}\\s*=\\s*([\\d_]+)\\s*;`).exec(source);
  if (!constant) return { delayDurationMs: null, source: file, reason: `${used[1]} not found` };
  // The doc comment right above the constant is the component author's reason.
  const before = source.slice(0, constant.index);
  const docStart = before.lastIndexOf('/**');
  const docEnd = before.lastIndexOf('*/');
  const reason =
    docStart !== -1 && docEnd > docStart && before.slice(docEnd + 2).trim() === ''
      ? before
          .slice(docStart + 3, docEnd)
          .split('\n')
          .map((line) => line.replace(/^\s*\*\s?/, '').trim())
          .filter(Boolean)
          .join(' ')
      : '';
  return { delayDurationMs: Number(constant[1].replace(/_/g, '')), source: file, reason };
}

async function buildPage() {
  const { files } = await bundle({
    entry: path.join(ROOT, 'bench/page/benchPage.tsx'),
    outDir: path.join(TMP, 'page'),
  });
  const staticFiles = {};
  for (const file of files) staticFiles[`/${path.relative(path.join(TMP, 'page'), file)}`] = file;
  const css = Object.keys(staticFiles).filter((name) => name.endsWith('.css'));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head><body><script type="module" src="/index.js"></script></body></html>`;
  return { staticFiles, html };
}

export const BROWSER_PARTS = ['render', 'list', 'requests', 'writes', 'tooltip'];
const LIST_ROUNDS = 9;

/**
 * @param {{ runs?: number, tooltipTrials?: number, parts?: string[], log?: (line: string) => void }} options
 *   parts: which of BROWSER_PARTS to measure (all by default); the others are left undefined.
 */
export async function measureInBrowser({
  runs = 7,
  tooltipTrials = 7,
  parts = BROWSER_PARTS,
  log = () => {},
} = {}) {
  const { staticFiles, html } = await buildPage();
  const server = await startMockEcwidServer({ latencyMs: API_LATENCY_MS, staticFiles, html });
  const found = await findChromium();
  if (!found) throw new Error('No Chromium found (see scripts/ensure-chromium.mjs).');
  const browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const chromiumVersion = browser.version();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    // Every request the page makes must stay on the bench server.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    await page.goto(server.origin);
    await page.waitForFunction(() => 'bench' in globalThis);

    // Each part is tried on its own: a failure is recorded in the results, the others still run.
    const attempt = async (name, measure) => {
      if (!parts.includes(name)) return undefined;
      try {
        return await measure();
      } catch (error) {
        const message = String(error?.message ?? error).split('\n')[0];
        log(`${name} failed: ${message}`);
        return { error: message };
      }
    };

    // Render: one warm-up round, then `runs` rounds; each round mounts every variant in a
    // rotated order so drift and order effects fall evenly on each. Besides wall time
    // (performance.now in the page) the main thread's CPU time is read through CDP in thread
    // ticks: it barely moves when other processes compete for the cores.
    const render = await attempt('render', async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const taskSeconds = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
      const measureOnce = async (variant) => {
        await page.evaluate((v) => globalThis.bench.prepareMount(v), variant);
        const before = await taskSeconds();
        await page.evaluate(() => globalThis.bench.mount());
        const cpuMs = ((await taskSeconds()) - before) * 1000;
        return { ...(await page.evaluate(() => globalThis.bench.finishMount())), cpuMs };
      };
      // The cards' own DOM as static elements, built and checked (identical markup) before timing.
      const sameDom = await page.evaluate(() => globalThis.bench.prepareSameDom());
      if (!sameDom.identical)
        throw new Error(`sameDom differs from the cards near: ${sameDom.firstDifference}`);
      log(
        `render: sameDom identical to the cards (${sameDom.elements / sameDom.cards} elements, ` +
          `${sameDom.attributes / sameDom.cards} attributes per card)`,
      );
      log('render: warm-up');
      for (const variant of VARIANTS) await measureOnce(variant);
      const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let run = 0; run < runs; run += 1) {
        const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
        for (const variant of order) samples[variant].push(await measureOnce(variant));
        log(
          `render run ${run + 1}/${runs}: ${order
            .map(
              (v) => `${v} ${samples[v].at(-1).ms.toFixed(0)} ms (CPU ${samples[v].at(-1).cpuMs.toFixed(0)})`,
            )
            .join(', ')}`,
        );
      }
      const cardCount = await page.evaluate(() => globalThis.bench.cardCount);
      const summary = (variant) => {
        const list = samples[variant];
        return {
          medianMs: median(list.map((s) => s.ms)),
          runsMs: list.map((s) => Math.round(s.ms * 10) / 10),
          medianCpuMs: median(list.map((s) => s.cpuMs)),
          runsCpuMs: list.map((s) => Math.round(s.cpuMs * 10) / 10),
          elementsPerItem: list[0].elements / cardCount,
          attributesPerItem: list[0].attributes / cardCount,
          tooltipNodesBeforeOpen: Math.max(...list.map((s) => s.tooltipNodes)),
          noteButtons: list[0].noteButtons,
          heapAfterMountBytes: median(list.map((s) => s.heapAfterMount)),
          heapRetainedBytes: median(list.map((s) => s.heapRetained)),
          heapRetainedPerItemBytes: Math.round(median(list.map((s) => s.heapRetained)) / cardCount),
        };
      };
      // Ratios per run (same round, same page), then their median.
      const ratioTo = (baseline, field = 'ms') =>
        median(samples.contactCardView.map((s, i) => s[field] / samples[baseline][i][field]));
      return {
        items: cardCount,
        runs,
        sameDomIdentical: sameDom.identical,
        variants: Object.fromEntries(VARIANTS.map((v) => [v, summary(v)])),
        ratioToSameDom: ratioTo('sameDom'),
        cpuRatioToSameDom: ratioTo('sameDom', 'cpuMs'),
        ratioToBareMarkup: ratioTo('bareMarkup'),
        ratioToSocialIcon: ratioTo('socialIcon'),
        cpuRatioToBareMarkup: ratioTo('bareMarkup', 'cpuMs'),
        cpuRatioToSocialIcon: ratioTo('socialIcon', 'cpuMs'),
      };
    });

    // Issue 14: a 50-contact editable list against the same DOM as static elements.
    const list = await attempt('list', async () => {
      const measured = await page.evaluate(
        (rounds) => globalThis.bench.measureListMount({ rounds }),
        LIST_ROUNDS,
      );
      if (!measured.identical) throw new Error('the static copy of the list differs from the list');
      const result = {
        contacts: measured.cards,
        rounds: LIST_ROUNDS,
        elements: measured.elements,
        attributes: measured.attributes,
        medianMs: median(measured.listMs),
        sameDomMedianMs: median(measured.sameDomMs),
        ratioToSameDom: median(measured.listMs.map((ms, i) => ms / measured.sameDomMs[i])),
        runsMs: measured.listMs.map((ms) => Math.round(ms * 10) / 10),
        sameDomRunsMs: measured.sameDomMs.map((ms) => Math.round(ms * 10) / 10),
      };
      log(`list: ${result.medianMs.toFixed(1)} ms vs same DOM ${result.sameDomMedianMs.toFixed(1)} ms`);
      return result;
    });

    // Requests: a page of 100 cards, each scenario on its own store id so the counts stay apart.
    const requests = await attempt('requests', async () => {
      const scenarios = {};
      for (const [name, storeId, listsFirst] of [
        ['cardsOnly', 5001, false],
        ['listsFirst', 5002, true],
      ]) {
        const outcome = await page.evaluate((args) => globalThis.bench.pageOfCards(args), {
          storeId,
          listsFirst,
        });
        const seen = server.stats(storeId).requests;
        scenarios[name] = {
          ...outcome,
          requestsSent: seen.length,
          listRequests: seen.filter((r) => r.path.endsWith('/contacts')).length,
          detailRequests: seen.filter((r) => !r.path.endsWith('/contacts')).length,
        };
        log(`requests ${name}: ${seen.length} sent`);
      }
      return scenarios;
    });

    // Writes (issue 13): what one edit costs in requests with the customer's list on screen, and
    // how soon its optimistic data is in the cache. Each scenario on its own store id.
    const writes = await attempt('writes', async () => {
      const customerId = 1;
      const countEdits = async (storeId, contactCount) => {
        const mounted = await page.evaluate((args) => globalThis.bench.mountEditPage(args), {
          storeId,
          customerId,
        });
        if (!mounted.settled || mounted.contactIds.length < contactCount)
          throw new Error(`the list did not load: ${JSON.stringify(mounted)}`);
        server.resetStats(storeId);
        const edited = await page.evaluate((args) => globalThis.bench.editContacts(args), {
          contactIds: mounted.contactIds.slice(0, contactCount),
        });
        await page.evaluate(() => globalThis.bench.unmountEditPage());
        const seen = server.stats(storeId).requests;
        const writeRequests = seen.filter((r) => r.method !== 'GET').length;
        const listRequests = seen.filter((r) => r.method === 'GET' && r.path.endsWith('/contacts')).length;
        const result = {
          edits: contactCount,
          cardsShown: mounted.cardsShown,
          ...edited,
          writeRequests,
          listRequests,
          detailRequests: seen.length - writeRequests - listRequests,
          byMethodAndPath: server.requestCounts(storeId),
        };
        log(`writes ${contactCount} edit(s): ${JSON.stringify(result.byMethodAndPath)}`);
        return result;
      };
      const oneEdit = await countEdits(6001, 1);
      const threeQuickEdits = await countEdits(6002, 3);

      // Optimistic data against a 300 ms server, next to the write's round trip in the same trials.
      server.setLatency({ read: SLOW_SERVER_MS, write: SLOW_SERVER_MS });
      try {
        await page.evaluate((args) => globalThis.bench.mountEditPage(args), { storeId: 6003, customerId });
        const trials = await page.evaluate((args) => globalThis.bench.optimisticTrials(args), {
          trials: OPTIMISTIC_TRIALS,
        });
        await page.evaluate(() => globalThis.bench.unmountEditPage());
        const optimistic = {
          serverLatencyMs: SLOW_SERVER_MS,
          trials: trials.length,
          medianMs: median(trials.map((t) => t.optimisticMs)),
          runsMs: trials.map((t) => Math.round(t.optimisticMs * 100) / 100),
          roundTripMedianMs: median(trials.map((t) => t.roundTripMs)),
          ratioToRoundTrip: median(trials.map((t) => t.optimisticMs / t.roundTripMs)),
        };
        log(
          `writes optimistic: ${optimistic.medianMs.toFixed(2)} ms vs round trip ` +
            `${optimistic.roundTripMedianMs.toFixed(0)} ms`,
        );
        return { oneEdit, threeQuickEdits, optimistic };
      } finally {
        server.setLatency({ read: API_LATENCY_MS, write: API_LATENCY_MS });
      }
    });

    // Tooltip: hover a note button with the mouse and time pointer-over → tooltip in the DOM.
    // Each trial uses another card and waits well past any skip-delay window, so every open is
    // a cold one that pays the full delay.
    const tooltip = await attempt('tooltip', async () => {
      const delay = await readTooltipDelay();
      const buttons = await page.evaluate(() => globalThis.bench.mountTooltipCards(20));
      const hover = [];
      const focus = [];
      // Far from the cards and out of the tooltip's hover grace area, so Radix closes it.
      const away = () => page.mouse.move(1270, 790, { steps: 4 });
      for (let i = 0; i < Math.min(tooltipTrials, buttons); i += 1) {
        await away();
        await page.waitForSelector('[role="tooltip"]', { state: 'detached', timeout: 5_000 });
        await page.waitForTimeout(800);
        await page.evaluate(() => globalThis.bench.armTooltipProbe());
        await page
          .locator(`#tooltip-cards ${await page.evaluate(() => globalThis.bench.noteButtonSelector)}`)
          .nth(i)
          .hover();
        await page.waitForSelector('[role="tooltip"]', { state: 'attached', timeout: 5_000 });
        await page.waitForFunction(() => Number.isFinite(globalThis.bench.readTooltipProbe().frame));
        hover.push(await page.evaluate(() => globalThis.bench.readTooltipProbe()));
      }
      await away();
      await page.waitForSelector('[role="tooltip"]', { state: 'detached', timeout: 5_000 });
      for (let i = 0; i < Math.min(tooltipTrials, buttons); i += 1) {
        await page.waitForTimeout(300);
        focus.push(await page.evaluate((n) => globalThis.bench.focusNoteButton(n), i));
      }
      await page.evaluate(() => globalThis.bench.unmountTooltipCards());
      const latency = (list, to) => median(list.map((p) => p[to] - p.start));
      return {
        ...delay,
        trials: hover.length,
        hoverToInsertedMs: latency(hover, 'inserted'),
        hoverToFrameMs: latency(hover, 'frame'),
        hoverRunsMs: hover.map((p) => Math.round((p.frame - p.start) * 10) / 10),
        focusToInsertedMs: latency(focus, 'inserted'),
        focusToFrameMs: latency(focus, 'frame'),
      };
    });

    return { chromiumVersion, render, list, requests, writes, tooltip, pageErrors };
  } finally {
    await browser.close();
    await server.close();
  }
}
