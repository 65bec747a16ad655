// Finds the Chromium that the browser lane drives. Shared by scripts/ensure-chromium.mjs
// (which may install one) and vite.config.ts (which only looks), so both agree on the binary.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {Promise<{ path: string, source: string } | null>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    }
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'system' };
  try {
    const { chromium } = await import('playwright');
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return { path: managed, source: 'playwright' };
  } catch {
    // Playwright not installed or has no browser registry: fall through to "none found".
  }
  return null;
}

// Flags that keep a headless Chromium quiet on a machine with no outside network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
