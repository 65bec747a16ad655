'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createElement, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CustomerContact } from '../../api/customerContact';
import type { EcwidApiError } from '../../api/ecwidApiError';
import type { EcwidClient } from '../../api/ecwidClient';
import { isPositiveSafeInteger } from '../../api/validate';
import { useCustomerContacts } from '../../query/useCustomerContacts';
import { useDeleteCustomerContact } from '../../query/useDeleteCustomerContact';
import { usePendingCustomerContactCreations } from '../../query/usePendingCustomerContactCreations';
import { rootProps, type ContactCardSharedProps } from '../card/contactCardProps';
import { ContactCardView } from '../card/ContactCardView';
import { ContactLoadErrorState } from '../loadState/ContactLoadErrorState';
import { resolveCustomerContactsLabels, type CustomerContactsLabelsOverride } from '../labels/customerContactsLabels';
import { EditableContactCard } from './EditableContactCard';
import { groupContactsByType } from './groupContactsByType';
import { pendingContactView } from './pendingContactView';
import { sortContacts } from './sortContacts';
import { useDeletingContactIds } from '../../query/useDeletingContactIds';
import { useMissingWriteScopes } from '../../query/useMissingWriteScopes';
import { AddContactForm } from '../contactForm/AddContactForm';
import { DEFAULT_UNDO_TIMEOUT_MS, useDeleteWithUndo } from './useDeleteWithUndo';
import { useReportedError } from '../loadState/useReportedError';
import { SCOPE_MISSING_LABELS, writeFailureMessage } from './writeFailureMessage';

/** Cards drawn while the list loads: enough to fill a customer panel, few enough to mean "a list". */
const SKELETON_ROWS = 3;

export type CustomerContactsHeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface CustomerContactsProps extends Omit<ContactCardSharedProps, 'labels'> {
  customerId: number;
  /** A shipped locale (`import { de } from 'ecwid-contact-card/locales/de'`) or any partial override of the English strings. */
  labels?: CustomerContactsLabelsOverride;
  /** One section per contact type, in the documented type order, each under a heading; the type's default first. */
  groupByType?: boolean;
  /** Level of the type headings when `groupByType` is set. Default 3. */
  headingLevel?: CustomerContactsHeadingLevel;
  /** Edit note, Make default and Delete contact on each card. Off by default. */
  editable?: boolean;
  /** How long a deleted contact can be brought back before the DELETE is sent. Default 5000 ms. */
  undoTimeoutMs?: number;
  /** Accessible name of the list; default `labels.contactsList` ("Contacts"). */
  'aria-label'?: string;
  /** Overrides the EcwidProvider's client for this list. */
  client?: EcwidClient;
  /** For hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
  /** Called once for each load error the list settles on (after automatic retries), e.g. for logging. Not for writes. */
  onError?: (error: EcwidApiError) => void;
}

/** One row of the list: a stored contact, or one being added (no id yet). */
interface ContactRow {
  key: string;
  contact: CustomerContact;
  pending: boolean;
}

/**
 * A customer's contacts as the Ecwid admin shows them: one request (`useCustomerContacts`), one
 * `ContactCardView` per contact in Ecwid's order (or grouped by type), and the loading, empty and
 * error states in the list's own box. With `editable`, each card can edit its note, become its
 * type's default or be deleted (with Undo), all shown at once and rolled back with an alert if
 * Ecwid refuses; contacts being added elsewhere (`useCreateCustomerContact`) show as "Saving…".
 */
export function CustomerContacts(props: CustomerContactsProps) {
  const {
    customerId,
    labels,
    locale,
    groupByType = false,
    headingLevel = 3,
    editable = false,
    undoTimeoutMs = DEFAULT_UNDO_TIMEOUT_MS,
    client,
    queryClient,
    onError,
  } = props;
  const strings = resolveCustomerContactsLabels(labels);
  const hookOptions = { client, queryClient };
  const query = useCustomerContacts({ customerId }, hookOptions);
  const { data, error } = query;
  useReportedError(error, onError);

  const [deleteAlerts, setDeleteAlerts] = useState<ReadonlyMap<number, string>>(new Map());
  // The contact Undo brought back: its card focuses its Delete button when it mounts again.
  const [restoredId, setRestoredId] = useState<number | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const rootElement = useRef<HTMLDivElement>(null);
  const listElement = useRef<HTMLUListElement>(null);
  const hadPendingDelete = useRef(false);
  const groupIdPrefix = useId();
  const createBlockedReasonId = useId();

  const deletion = useDeleteCustomerContact({
    ...hookOptions,
    onError: (deleteError, { contactId }) => {
      setDeleteAlerts((alerts) =>
        new Map(alerts).set(contactId, writeFailureMessage(deleteError, 'deleteFailed', strings)),
      );
    },
  });
  const undoableDelete = useDeleteWithUndo((target) => deletion.mutate(target), undoTimeoutMs);
  const deletingIds = useDeletingContactIds(customerId, hookOptions);
  const creations = usePendingCustomerContactCreations({ customerId }, hookOptions);
  const missingScopes = useMissingWriteScopes(customerId, hookOptions);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const returnFocusToAdd = useRef(false);

  useEffect(() => {
    const undoOffered = undoableDelete.pendingId !== null;
    if (undoOffered) {
      undoButton.current?.focus();
    } else if (
      hadPendingDelete.current &&
      rootElement.current?.ownerDocument.activeElement === rootElement.current?.ownerDocument.body
    ) {
      // The window ended under a focused Undo: focus goes to the list instead of being lost.
      (listElement.current ?? rootElement.current)?.focus();
    }
    hadPendingDelete.current = undoOffered;
  }, [undoableDelete.pendingId]);

  useEffect(() => {
    // The form is gone (saved or cancelled): focus goes back to the button that opened it.
    if (!adding && returnFocusToAdd.current) {
      returnFocusToAdd.current = false;
      addButton.current?.focus();
    }
  }, [adding]);

  const { compact: compactCards, ...listProps } = props;
  const root = rootProps(listProps, 'ecc-contacts');
  const listName = props['aria-label'] ?? strings.contactsList;

  if (!data) {
    const validId = isPositiveSafeInteger(customerId);
    if (validId && (!error || query.isFetching)) {
      return (
        <div {...root}>
          <div role="group" aria-busy aria-label={strings.loadingContacts} className="ecc-contacts-skeleton">
            {Array.from({ length: SKELETON_ROWS }, (_, row) => (
              <div
                key={row}
                className={compactCards ? 'ecc-card ecc-compact ecc-skeleton' : 'ecc-card ecc-skeleton'}
              />
            ))}
            <span className="ecc-status" role="status" aria-live="polite">
              {query.failureReason?.kind === 'rate-limited' && strings.rateLimited}
            </span>
          </div>
        </div>
      );
    }
    const kind = validId && error ? error.kind : 'not-found';
    return (
      <div {...root}>
        <ContactLoadErrorState
          className="ecc-card ecc-state"
          kind={kind}
          strings={strings}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }

  const hiddenIds = new Set(deletingIds);
  if (undoableDelete.pendingId !== null) hiddenIds.add(undoableDelete.pendingId);
  const rows: ContactRow[] = [
    ...sortContacts(data)
      .filter((contact) => !hiddenIds.has(contact.id))
      .map((contact) => ({ key: String(contact.id), contact, pending: false })),
    ...creations.map((created, index) => ({
      key: `saving-${index}`,
      contact: pendingContactView(created, index),
      pending: true,
    })),
  ];
  const updateBlockedReason = missingScopes.has('update_customers')
    ? strings[SCOPE_MISSING_LABELS.update_customers]
    : null;
  const createBlockedReason = missingScopes.has('create_customers')
    ? strings[SCOPE_MISSING_LABELS.create_customers]
    : undefined;
  const createBlocked = createBlockedReason !== undefined;
  const view = { locale, labels, compact: compactCards };

  function renderRow({ key, contact, pending }: ContactRow): ReactNode {
    if (pending || !editable) {
      return (
        <li key={key}>
          <ContactCardView {...view} contact={contact}>
            {pending && <p className="ecc-edit ecc-status">{strings.saving}</p>}
          </ContactCardView>
        </li>
      );
    }
    return (
      <li key={key}>
        <EditableContactCard
          {...hookOptions}
          customerId={customerId}
          contact={contact}
          view={view}
          strings={strings}
          blockedReason={updateBlockedReason}
          listAlert={deleteAlerts.get(contact.id)}
          focusDeleteOnMount={contact.id === restoredId}
          onDelete={() => {
            setDeleteAlerts((alerts) => {
              const rest = new Map(alerts);
              rest.delete(contact.id);
              return rest;
            });
            setRestoredId(null);
            undoableDelete.remove({ customerId, contactId: contact.id });
          }}
        />
      </li>
    );
  }

  let list: ReactNode;
  if (rows.length === 0) {
    list = (
      <div className="ecc-card ecc-state">
        <p>{strings.noContacts}</p>
      </div>
    );
  } else if (groupByType) {
    list = (
      <ul
        ref={listElement}
        className="ecc-contacts-list"
        aria-label={listName}
        tabIndex={editable ? -1 : undefined}
      >
        {groupContactsByType(rows, (row) => row.contact).map(({ type, items }) => {
          const headingId = `${groupIdPrefix}-${type}`;
          return (
            <li key={type} className="ecc-contacts-group">
              {createElement(
                `h${headingLevel}`,
                { id: headingId, className: 'ecc-contacts-heading' },
                strings.types[type],
              )}
              <ul className="ecc-contacts-list" aria-labelledby={headingId}>
                {items.map(renderRow)}
              </ul>
            </li>
          );
        })}
      </ul>
    );
  } else {
    list = (
      <ul
        ref={listElement}
        className="ecc-contacts-list"
        aria-label={listName}
        tabIndex={editable ? -1 : undefined}
      >
        {rows.map(renderRow)}
      </ul>
    );
  }

  return (
    <div {...root} ref={rootElement} tabIndex={editable ? -1 : undefined}>
      {list}
      {editable && (
        <>
          <div className="ecc-undo" role="status" aria-live="polite">
            {undoableDelete.pendingId !== null && (
              <div className="ecc-card ecc-state">
                <p>{strings.contactDeleted}</p>
                <button
                  ref={undoButton}
                  type="button"
                  className="ecc-button"
                  onClick={() => {
                    setRestoredId(undoableDelete.pendingId);
                    undoableDelete.undo();
                  }}
                >
                  {strings.undo}
                </button>
              </div>
            )}
          </div>
          {adding ? (
            <AddContactForm
              {...hookOptions}
              customerId={customerId}
              labels={labels}
              locale={locale}
              disabledReason={createBlockedReason}
              onDone={() => {
                returnFocusToAdd.current = true;
                setAdding(false);
              }}
            />
          ) : (
            <div className="ecc-add">
              <button
                ref={addButton}
                type="button"
                className="ecc-button"
                // aria-disabled, not disabled: focus comes back here after Cancel and must not drop.
                aria-disabled={createBlocked || undefined}
                aria-describedby={createBlocked ? createBlockedReasonId : undefined}
                onClick={() => {
                  if (!createBlocked) setAdding(true);
                }}
              >
                {strings.newContactForm}
              </button>
              {createBlocked && (
                <span id={createBlockedReasonId} className="ecc-blocked">
                  {createBlockedReason}
                </span>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
