import { ecwidAppSdk } from './ecwidAppSdk';

/** What the page posts to its parent when the SDK is not loaded; the local admin shell listens for it. */
export const FRAME_HEIGHT_MESSAGE = 'ecwid-contact-card:frame-height';

// Radix renders each open tooltip into this wrapper, at the end of <body>, positioned `fixed`.
const TOOLTIP_WRAPPER = '[data-radix-popper-content-wrapper]';
const SPACE_BELOW = 16;

/**
 * Keeps the iframe as tall as the page and any open tooltip. The SDK's `autoheight` follows the body
 * height, which a positioned tooltip does not change, so a note opened near the bottom of the frame
 * was cut off. This measures both and reports the larger height, through the SDK when it is loaded
 * and to the parent window otherwise. Returns a function that stops it.
 */
export function keepFrameTallEnough(root: HTMLElement): () => void {
  let reported = 0;
  let pending = 0;

  const measure = () => {
    pending = 0;
    let bottom = root.getBoundingClientRect().bottom + SPACE_BELOW;
    for (const tooltip of document.querySelectorAll(TOOLTIP_WRAPPER)) {
      bottom = Math.max(bottom, tooltip.getBoundingClientRect().bottom + SPACE_BELOW);
    }
    const height = Math.ceil(bottom + window.scrollY);
    if (height === reported) return;
    reported = height;
    const sdk = ecwidAppSdk();
    if (sdk) sdk.setSize({ height });
    // Only a number leaves the frame, so any parent may read it.
    else window.parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height }, '*');
  };
  const schedule = () => {
    if (pending === 0) pending = window.requestAnimationFrame(measure);
  };

  const resizeObserver = new ResizeObserver(schedule);
  resizeObserver.observe(root);
  // Tooltips open, move and close outside `root`: watch the whole body for them.
  const mutationObserver = new MutationObserver(schedule);
  mutationObserver.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-side', 'style'],
  });
  schedule();

  return () => {
    resizeObserver.disconnect();
    mutationObserver.disconnect();
    if (pending !== 0) window.cancelAnimationFrame(pending);
  };
}
