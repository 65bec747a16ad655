import { FRAME_HEIGHT_MESSAGE } from './frameHeight';

// Frames the app the way the admin does: the payload is hex-encoded JSON in the URL fragment, and the
// frame's height follows what the app reports. Query parameters pick the customer and the language.
const params = new URLSearchParams(window.location.search);
const payload = {
  store_id: 1003,
  lang: params.get('lang') ?? 'en',
  access_token: params.get('token') ?? 'secret_local_shell_demo_token',
  view_mode: 'PAGE',
  app_state: params.get('customer') ?? '177737167',
};

function toHex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const frame = document.getElementById('app-frame');
if (!(frame instanceof HTMLIFrameElement)) throw new Error('shell.html has no #app-frame iframe');

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== frame.contentWindow) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== FRAME_HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
  frame.style.blockSize = `${Math.max(0, Math.ceil(height))}px`;
});

frame.src = `/index.html#${toHex(JSON.stringify(payload))}`;
