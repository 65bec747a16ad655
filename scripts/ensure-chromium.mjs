// Makes sure a Chromium exists before the browser lane runs. Never lets the lane skip:
// it either finds one, installs Debian's package (as root on Debian), or exits non-zero.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`chromium: using ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log('chromium: none found; installing Debian package "chromium" with apt-get (root) ...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`chromium: apt-get install failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const installed = await findChromium();
  if (installed) {
    console.log(`chromium: installed ${installed.path}`);
    process.exit(0);
  }
}

console.error(
  [
    'chromium: no Chromium found, and the browser tests cannot run without one.',
    'Do one of:',
    '  - set CHROMIUM_PATH=/path/to/chromium',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium',
    '  - npx playwright install chromium (where browser downloads are allowed)',
  ].join('\n'),
);
process.exit(1);
