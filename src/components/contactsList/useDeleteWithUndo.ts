'use client';
import { useEffect, useRef, useState } from 'react';
import type { DeleteCustomerContactVariables } from '../../query/useDeleteCustomerContact';

/** How long a deleted contact can be brought back before the DELETE is sent. */
export const DEFAULT_UNDO_TIMEOUT_MS = 5000;

interface PendingDelete {
  /** The whole target, customer included: the host may show another customer before the window ends. */
  target: DeleteCustomerContactVariables;
  timer: ReturnType<typeof setTimeout>;
}

export interface DeleteWithUndo {
  /** The contact deleted on screen whose DELETE waits for the undo window; null when none. */
  pendingId: number | null;
  /** Starts the window for `target`; one already waiting is sent at once. */
  remove: (target: DeleteCustomerContactVariables) => void;
  /** Brings the waiting contact back: nothing is sent. */
  undo: () => void;
}

/**
 * One delete at a time that can be taken back for `undoTimeoutMs`: `send` runs with the target as
 * it was when the delete started, when the window ends, when another contact is deleted, or when
 * the component unmounts (leaving the page is not an undo).
 */
export function useDeleteWithUndo(
  send: (target: DeleteCustomerContactVariables) => void,
  undoTimeoutMs: number,
): DeleteWithUndo {
  const [pendingId, setPendingId] = useState<number | null>(null);
  const pending = useRef<PendingDelete | null>(null);
  // The latest `send`, for the timer and the unmount, which outlive the render that started them.
  const latestSend = useRef(send);
  useEffect(() => {
    latestSend.current = send;
  });

  function take(): DeleteCustomerContactVariables | null {
    const current = pending.current;
    if (!current) return null;
    clearTimeout(current.timer);
    pending.current = null;
    return current.target;
  }

  function sendPending() {
    const target = take();
    if (target === null) return;
    setPendingId(null);
    latestSend.current(target);
  }

  useEffect(
    () => () => {
      const target = take();
      if (target !== null) latestSend.current(target);
    },
    [],
  );

  return {
    pendingId,
    remove(target) {
      sendPending();
      pending.current = { target, timer: setTimeout(sendPending, undoTimeoutMs) };
      setPendingId(target.contactId);
    },
    undo() {
      take();
      setPendingId(null);
    },
  };
}
