'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

// A pointer sweeping across a list of cards opens nothing, and one resting on the button feels
// answered (Radix's default 700 ms feels sluggish). Keyboard focus opens at once.
const HOVER_OPEN_DELAY_MS = 300;

export interface ContactNoteProps {
  /** The store owner's note, shown in the tooltip. */
  note: string;
  /** Accessible name of the button, e.g. "Note on this contact". Never the note itself. */
  label: string;
}

/**
 * The owner's note behind an info button. Hover and keyboard focus open it (Radix); Escape,
 * blur and pointer-leave close it; Enter and Space toggle it. Radix ignores touch by design, so a
 * tap toggles it here and a tap elsewhere closes it. Carries its own provider: the host needs no
 * `TooltipProvider`. No Portal: the content stays inside the card, so it inherits the card's
 * theme variables, font and direction; Radix positions it with `position: fixed`, which already
 * escapes overflow clipping.
 */
export function ContactNote({ note, label }: ContactNoteProps) {
  const [open, setOpen] = useState(false);
  // True from a touch pointerdown on the button until its click: Radix's own close-on-pointerdown
  // and close-on-click must not undo the tap's toggle.
  const touching = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);

  // A tap anywhere else closes it. Radix's own outside-press handling does not see synthetic or
  // deferred touch sequences reliably, so this listens on the trigger's document (an iframe's
  // own document inside the admin) for as long as the tooltip is open.
  useEffect(() => {
    if (!open) return;
    const ownerDocument = trigger.current?.ownerDocument;
    if (!ownerDocument) return;
    const closeOnPressOutside = ({ target }: Event) => {
      if (!(target instanceof Node)) return;
      if (!trigger.current?.contains(target) && !content.current?.contains(target)) setOpen(false);
    };
    ownerDocument.addEventListener('pointerdown', closeOnPressOutside, true);
    return () => ownerDocument.removeEventListener('pointerdown', closeOnPressOutside, true);
  }, [open]);

  return (
    <Tooltip.Provider delayDuration={HOVER_OPEN_DELAY_MS}>
      <Tooltip.Root
        open={open}
        onOpenChange={(next) => {
          if (!touching.current) setOpen(next);
        }}
      >
        <Tooltip.Trigger
          ref={trigger}
          type="button"
          className="ecc-button"
          aria-label={label}
          onPointerDown={(event) => {
            touching.current = event.pointerType === 'touch';
          }}
          onPointerCancel={() => {
            touching.current = false;
          }}
          onClick={(event) => {
            // A tap, or Enter/Space (a click with no pointer: detail 0), toggles. A mouse click
            // keeps Radix's behaviour: hover opened it, the click closes it.
            if (touching.current || !event.detail) {
              event.preventDefault();
              setOpen(!open);
            }
            touching.current = false;
          }}
        >
          <IconInfoCircle size={18} stroke={1.75} />
        </Tooltip.Trigger>
        {/* The owner's note may be in any language: its own first letter decides its direction. */}
        <Tooltip.Content ref={content} className="ecc-tooltip" dir="auto" sideOffset={6} collisionPadding={8}>
          {note}
        </Tooltip.Content>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
