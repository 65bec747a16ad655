'use client';
import type { EcwidApiErrorKind } from '../../api/ecwidApiError';
import type { DataAttributes } from '../dataAttributes';
import { CONTACT_LOAD_ERROR_STATES } from './contactLoadErrorStates';
import type { ContactCardLabels } from '../labels/labels';

export interface ContactLoadErrorStateProps extends DataAttributes {
  kind: EcwidApiErrorKind;
  strings: ContactCardLabels;
  onRetry: () => void;
  className: string;
}

/** What a card or a list shows in its own box when loading failed: the message, and Retry where it could help. */
export function ContactLoadErrorState({
  kind,
  strings,
  onRetry,
  ...rootAttributes
}: ContactLoadErrorStateProps) {
  const { message, canRetry } = CONTACT_LOAD_ERROR_STATES[kind];
  return (
    <div {...rootAttributes}>
      {/* An alert for what someone must act on; a missing contact or customer is plain news. */}
      <p role={kind === 'not-found' ? 'status' : 'alert'}>{strings[message]}</p>
      {canRetry && (
        <button type="button" className="ecc-button" onClick={onRetry}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
