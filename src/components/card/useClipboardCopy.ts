'use client';
import { useRef, useState } from 'react';

/** How long "Copied" stays in the live region. */
const COPIED_SHOWN_MS = 2000;

/**
 * Writes text with the async Clipboard API and reports how it went: `''` (nothing to say),
 * `'copied'`, or `'copyFailed'` when the page has no clipboard or the browser refused. The
 * statuses are the keys of the labels that announce them. Touches `navigator` only inside `copy`,
 * so it renders on the server.
 */
export function useClipboardCopy(): [
  status: '' | 'copied' | 'copyFailed',
  copy: (text: string) => Promise<void>,
] {
  const [status, setStatus] = useState<'' | 'copied' | 'copyFailed'>('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const copy = async (text: string) => {
    clearTimeout(timer.current);
    // Clear first, so a second "Copied" in a row is a change a screen reader announces again.
    setStatus('');
    try {
      // No clipboard (insecure context, old browser) throws here too.
      await navigator.clipboard.writeText(text);
      setStatus('copied');
      // Emptied again, ready for the next announcement. (After an unmount, React ignores the
      // update: no cleanup needed.)
      timer.current = setTimeout(() => setStatus(''), COPIED_SHOWN_MS);
    } catch {
      setStatus('copyFailed');
    }
  };
  return [status, copy];
}
