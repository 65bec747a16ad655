'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react';

export interface ContactNoteProps {
  /** The store owner's note, shown in the tooltip. */
  note: string;
  /** Accessible name of the button, e.g. "Note on this contact". Never the note itself. */
  label: string;
}

/**
 * 300 ms: long enough that a pointer sweeping across a list of cards opens nothing, short
 * enough to feel immediate once the pointer rests (Radix's 700 ms default feels sluggish on a
 * small info button). Keyboard focus opens at once.
 */
const OPEN_DELAY_MS = 300;

/**
 * The owner's note behind an info button. Hover and keyboard focus open it (Radix); Escape,
 * blur and pointer-leave close it; Enter and Space toggle it. Radix ignores touch by design, so a tap toggles it here and
 * a tap elsewhere closes it. Carries its own provider: the host needs no `TooltipProvider`.
 */
export function ContactNote({ note, label }: ContactNoteProps) {
  const [open, setOpen] = useState(false);
  // True from a touch pointerdown on the button until its click: Radix's own close-on-pointerdown
  // and close-on-click must not undo the tap's toggle.
  const touchRef = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  // A tap anywhere else closes it. Radix's own outside-press handling does not see synthetic or
  // deferred touch sequences reliably, so this listens on the trigger's document (an iframe's
  // own document inside the admin) for as long as the tooltip is open.
  useEffect(() => {
    if (!open) return;
    const ownerDocument = triggerRef.current?.ownerDocument ?? document;
    const closeOnPressOutside = (event: globalThis.PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (triggerRef.current?.contains(target) || contentRef.current?.contains(target)) return;
      setOpen(false);
    };
    ownerDocument.addEventListener('pointerdown', closeOnPressOutside, true);
    return () => ownerDocument.removeEventListener('pointerdown', closeOnPressOutside, true);
  }, [open]);

  const handleOpenChange = (next: boolean) => {
    if (!touchRef.current) setOpen(next);
  };
  const handlePointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    touchRef.current = event.pointerType === 'touch';
  };
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    const tapped = touchRef.current;
    touchRef.current = false;
    // A tap, or Enter/Space (a click with no pointer: detail 0), toggles. A mouse click keeps
    // Radix's behaviour: hover opened it, the click closes it.
    if (!tapped && event.detail !== 0) return;
    event.preventDefault();
    setOpen((wasOpen) => !wasOpen);
  };

  return (
    <Tooltip.Provider delayDuration={OPEN_DELAY_MS}>
      <Tooltip.Root open={open} onOpenChange={handleOpenChange}>
        <Tooltip.Trigger
          ref={triggerRef}
          type="button"
          className="ecc-button ecc-note-button"
          aria-label={label}
          onPointerDown={handlePointerDown}
          onPointerCancel={() => {
            touchRef.current = false;
          }}
          onClick={handleClick}
        >
          <IconInfoCircle size={18} stroke={1.75} aria-hidden focusable={false} />
        </Tooltip.Trigger>
        {/*
          No Portal: the content stays inside the card, so it inherits the card's theme
          variables, font and direction; Radix positions it with `position: fixed`, which
          already escapes overflow clipping.
        */}
        <Tooltip.Content
          ref={contentRef}
          className="ecc-tooltip"
          // The owner's note may be in any language: its own first letter decides.
          dir="auto"
          side="top"
          align="center"
          sideOffset={6}
          collisionPadding={8}
          onPointerDownOutside={(event) => {
            // A tap on the button itself toggles in handleClick; it is not "outside".
            if (triggerRef.current?.contains(event.target as Node)) event.preventDefault();
          }}
        >
          {note}
          <Tooltip.Arrow className="ecc-tooltip__arrow" width={12} height={6} />
        </Tooltip.Content>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
