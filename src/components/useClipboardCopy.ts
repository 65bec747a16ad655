'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

export type ClipboardCopyStatus = 'idle' | 'copied' | 'unavailable' | 'failed';

/** How long "Copied" stays in the live region before it empties again. */
const COPIED_VISIBLE_MS = 2000;

/**
 * Writes text with the async Clipboard API and reports how it went. Touches `navigator` only
 * inside `copy`, so it renders on the server.
 */
export function useClipboardCopy(): { status: ClipboardCopyStatus; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<ClipboardCopyStatus>('idle');
  const timerRef = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timerRef.current), []);

  const copy = useCallback(async (text: string) => {
    clearTimeout(timerRef.current);
    // Clear first, so a second "Copied" in a row is a change a screen reader announces again.
    setStatus('idle');
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (typeof clipboard?.writeText !== 'function') {
      setStatus('unavailable');
      return;
    }
    try {
      await clipboard.writeText(text);
      setStatus('copied');
      timerRef.current = setTimeout(() => setStatus('idle'), COPIED_VISIBLE_MS);
    } catch {
      setStatus('failed');
    }
  }, []);

  return { status, copy };
}
