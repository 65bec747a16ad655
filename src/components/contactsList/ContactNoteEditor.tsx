'use client';
import { useEffect, useId, useRef, useState } from 'react';

export interface ContactNoteEditorProps {
  /** The note the field starts with: the current note, or the text of a save that failed. */
  initialText: string;
  /** Label of the field ("Note"). */
  fieldLabel: string;
  saveLabel: string;
  cancelLabel: string;
  /** Focus the field on mount: the owner opened the editor, rather than a failed save reopening it. */
  focusOnMount: boolean;
  /** Why Save does nothing (the app lacks the scope to write); null when it works. */
  blockedReason: string | null;
  /** Called with the text as typed; an emptied field gives `''`. */
  onSave: (text: string) => void;
  onCancel: () => void;
}

/**
 * The inline note editor of a card: a labelled textarea, Save and Cancel. Ctrl+Enter (Cmd+Enter on
 * a Mac) saves and Escape cancels anywhere in the editor; the field takes focus when asked to on open.
 */
export function ContactNoteEditor({
  initialText,
  fieldLabel,
  saveLabel,
  cancelLabel,
  focusOnMount,
  blockedReason,
  onSave,
  onCancel,
}: ContactNoteEditorProps) {
  const [text, setText] = useState(initialText);
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const blockedReasonId = useId();
  const blocked = blockedReason !== null;

  function save() {
    if (!blocked) onSave(text);
  }

  useEffect(() => {
    if (focusOnMount) field.current?.focus();
    // Only on mount: the editor has just opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form
      className="ecc-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        } else if (event.key === 'Escape') {
          // Escape closes the editor only, not a dialog the list may sit in.
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={fieldId}>{fieldLabel}</label>
      <textarea
        ref={field}
        id={fieldId}
        dir="auto"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="ecc-edit-actions">
        <button
          type="submit"
          className="ecc-button"
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? blockedReasonId : undefined}
        >
          {saveLabel}
        </button>
        <button type="button" className="ecc-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        {blocked && (
          <span id={blockedReasonId} className="ecc-blocked">
            {blockedReason}
          </span>
        )}
      </div>
    </form>
  );
}
