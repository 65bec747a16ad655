'use client';
import { useEffect, useRef, useState } from 'react';

/** How long a deleted contact can be brought back before the DELETE is sent. */
export const DEFAULT_UNDO_TIMEOUT_MS = 5000;

interface PendingDelete {
  contactId: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface DeleteWithUndo {
  /** The contact deleted on screen whose DELETE waits for the undo window; null when none. */
  pendingId: number | null;
  /** Starts the window for `contactId`; one already waiting is sent at once. */
  remove: (contactId: number) => void;
  /** Brings the waiting contact back: nothing is sent. */
  undo: () => void;
}

/**
 * One delete at a time that can be taken back for `undoTimeoutMs`: `send` runs when the window ends,
 * when another contact is deleted, or when the component unmounts (leaving the page is not an undo).
 */
export function useDeleteWithUndo(send: (contactId: number) => void, undoTimeoutMs: number): DeleteWithUndo {
  const [pendingId, setPendingId] = useState<number | null>(null);
  const pending = useRef<PendingDelete | null>(null);
  // The latest `send`, for the timer and the unmount, which outlive the render that started them.
  const latestSend = useRef(send);
  useEffect(() => {
    latestSend.current = send;
  });

  function take(): number | null {
    const current = pending.current;
    if (!current) return null;
    clearTimeout(current.timer);
    pending.current = null;
    return current.contactId;
  }

  function sendPending() {
    const contactId = take();
    if (contactId === null) return;
    setPendingId(null);
    latestSend.current(contactId);
  }

  useEffect(
    () => () => {
      const contactId = take();
      if (contactId !== null) latestSend.current(contactId);
    },
    [],
  );

  return {
    pendingId,
    remove(contactId) {
      sendPending();
      pending.current = { contactId, timer: setTimeout(sendPending, undoTimeoutMs) };
      setPendingId(contactId);
    },
    undo() {
      take();
      setPendingId(null);
    },
  };
}
