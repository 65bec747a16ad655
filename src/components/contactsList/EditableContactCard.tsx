'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { CustomerContact } from '../../api/customerContact';
import type { EcwidHookOptions } from '../../query/EcwidHookOptions';
import { useUpdateCustomerContact } from '../../query/useUpdateCustomerContact';
import { ContactCardView, type ContactCardViewProps } from '../card/ContactCardView';
import { ContactNoteEditor } from './ContactNoteEditor';
import type { CustomerContactsLabels } from '../labels/customerContactsLabels';
import { writeFailureMessage } from './writeFailureMessage';

export interface EditableContactCardProps extends EcwidHookOptions {
  customerId: number;
  contact: CustomerContact;
  /** How the card shows: `locale`, `labels` and `compact` of the list. */
  view: Pick<ContactCardViewProps, 'locale' | 'labels' | 'compact'>;
  strings: CustomerContactsLabels;
  /** Why the controls that write do nothing (the app lacks `update_customers`); null when they work. */
  blockedReason: string | null;
  /** An alert the list holds for this contact (its delete failed). */
  listAlert: string | undefined;
  /** Focus "Delete contact" on mount: the contact is back after Undo. */
  focusDeleteOnMount: boolean;
  onDelete: () => void;
}

/**
 * A contact card with the editing controls of `CustomerContacts`: Edit note (an inline editor),
 * Make default and Delete contact. Writes show at once through the optimistic update hook; a failed
 * one comes back with an alert in the card, and a failed note save reopens the editor with the text
 * as typed.
 */
export function EditableContactCard({
  customerId,
  contact,
  view,
  strings,
  blockedReason,
  listAlert,
  focusDeleteOnMount,
  onDelete,
  client,
  queryClient,
}: EditableContactCardProps) {
  const [editing, setEditing] = useState(false);
  // Whether the editor takes focus when it opens: not when a failed save reopens it while the owner
  // works elsewhere (the alert announces it), only when the owner opened it or focus would be lost.
  const [focusEditorOnOpen, setFocusEditorOnOpen] = useState(true);
  // The text of a save that failed: the editor reopens with it instead of the stored note.
  const [failedText, setFailedText] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const returnFocusToEdit = useRef(false);
  const blockedReasonId = useId();
  const writeOptions = { client, queryClient };
  const noteUpdate = useUpdateCustomerContact(writeOptions);
  const defaultUpdate = useUpdateCustomerContact(writeOptions);
  const currentNote = contact.note ?? '';
  const blocked = blockedReason !== null;
  // aria-disabled, not disabled: a focused button (Edit note after Make default) keeps its focus, and
  // every blocked button stays in the tab order where its description gives the reason.
  const blockedProps = blocked ? { 'aria-disabled': true, 'aria-describedby': blockedReasonId } : {};

  useEffect(() => {
    if (!editing && returnFocusToEdit.current) {
      returnFocusToEdit.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  useEffect(() => {
    if (focusDeleteOnMount) deleteButton.current?.focus();
    // Only on mount: the contact has just come back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function closeEditor() {
    returnFocusToEdit.current = true;
    setEditing(false);
  }

  function saveNote(text: string) {
    closeEditor();
    setFailedText(null);
    if (text === currentNote) return;
    setAlert(null);
    noteUpdate.mutate(
      { customerId, contactId: contact.id, patch: { note: text } },
      {
        onError: (error) => {
          // The actions row gives way to the editor: focus in it would drop to the page.
          const focusInActions =
            actions.current?.contains(actions.current.ownerDocument.activeElement) ?? false;
          setFocusEditorOnOpen(focusInActions);
          setFailedText(text);
          setEditing(true);
          setAlert(writeFailureMessage(error, 'noteSaveFailed', strings));
        },
      },
    );
  }

  function makeDefault() {
    if (blocked) return;
    setAlert(null);
    // The button goes once the badge moves: focus stays in the card.
    editButton.current?.focus();
    defaultUpdate.mutate(
      { customerId, contactId: contact.id, patch: { default: true } },
      { onError: (error) => setAlert(writeFailureMessage(error, 'makeDefaultFailed', strings)) },
    );
  }

  const shownAlert = alert ?? listAlert;
  return (
    <ContactCardView {...view} contact={contact}>
      <div className="ecc-edit">
        {shownAlert && (
          <p className="ecc-alert" role="alert">
            {shownAlert}
          </p>
        )}
        {editing ? (
          <ContactNoteEditor
            initialText={failedText ?? currentNote}
            fieldLabel={strings.noteField}
            saveLabel={strings.saveNote}
            cancelLabel={strings.cancel}
            focusOnMount={focusEditorOnOpen}
            blockedReason={blockedReason}
            onSave={saveNote}
            onCancel={() => {
              setFailedText(null);
              closeEditor();
            }}
          />
        ) : (
          <div ref={actions} className="ecc-edit-actions">
            <button
              ref={editButton}
              type="button"
              className="ecc-button"
              {...blockedProps}
              onClick={() => {
                if (blocked) return;
                setAlert(null);
                setFocusEditorOnOpen(true);
                setEditing(true);
              }}
            >
              {strings.editNote}
            </button>
            {!contact.default && (
              <button type="button" className="ecc-button" {...blockedProps} onClick={makeDefault}>
                {strings.makeDefault}
              </button>
            )}
            <button
              ref={deleteButton}
              type="button"
              className="ecc-button"
              {...blockedProps}
              onClick={() => {
                if (!blocked) onDelete();
              }}
            >
              {strings.deleteContact}
            </button>
            {blocked && (
              <span id={blockedReasonId} className="ecc-blocked">
                {blockedReason}
              </span>
            )}
          </div>
        )}
        <span className="ecc-status" role="status">
          {noteUpdate.isPending || defaultUpdate.isPending ? strings.saving : ''}
        </span>
      </div>
    </ContactCardView>
  );
}
