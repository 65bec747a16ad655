'use client';
import { IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CustomerContact } from '../../api/customerContact';
import { rootProps, type ContactCardSharedProps } from './contactCardProps';
import { ContactIcon } from './ContactIcon';
import { ContactNote } from './ContactNote';
import { contactHref } from './contactHref';
import { CONTACT_TYPE_RULES } from './contactTypeRules';
import { formatAddedDate } from './formatAddedDate';
import { knownContactType } from './knownContactType';
import { resolveLabels } from '../labels/labels';
import { useClipboardCopy } from './useClipboardCopy';
import { visibleText } from './visibleText';

const LEADING_AT_SIGNS = /^@+/;
const HTTP_URL = /^https?:/;

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

export interface ContactCardViewProps extends ContactCardSharedProps {
  /** A parsed contact (from `useCustomerContact` or `parseCustomerContact`). Its values may be hostile: they are shown safely. */
  contact: CustomerContact;
  /** Shown across the bottom of the card, e.g. `CustomerContacts`' editing controls. */
  children?: ReactNode;
}

/**
 * One customer contact: type icon, the value as a safe link, default badge, owner's note,
 * creation date and a copy button. Presentation only: it never fetches, and it renders on the
 * server (browser APIs are touched only in event handlers).
 *
 * Values, handles and notes get `dir="auto"`: each reads in its own direction, so inside a
 * right-to-left card "+44 7700 900123" and "@myshop" stay left to right.
 */
export function ContactCardView(props: ContactCardViewProps) {
  const { contact, locale = 'en', labels, compact } = props;
  const strings = resolveLabels(labels);
  const [copyStatus, copy] = useClipboardCopy();

  // Typed as required, but a host's JS may still pass nothing: render nothing, never throw.
  if (!contact) return null;
  const type = knownContactType(contact.type);
  const copyText = String(contact.contact ?? '').trim();
  const displayValue = visibleText(copyText);
  const handle =
    CONTACT_TYPE_RULES[type].handleIsPrimaryLabel && contact.handle
      ? visibleText(contact.handle).replace(LEADING_AT_SIGNS, '')
      : '';
  const primaryLabel = handle ? `@${handle}` : displayValue;
  const typeLabel = strings.types[type];
  const href = contactHref(contact);
  const ValueElement = href ? 'a' : 'span';
  const opensInNewTab = href !== null && HTTP_URL.test(href);
  const { note } = contact;
  const createdDate = !compact && isValidDate(contact.createdAt) ? contact.createdAt : null;
  // "Added {date}" around the <time>, so the element holds only the date.
  const [addedBefore, addedAfter] = strings.added.split('{date}');

  return (
    <article
      {...rootProps(props, 'ecc-card')}
      // Named by type and primary label: "Email ec.apps@lightspeedhq.com".
      aria-label={`${typeLabel} ${primaryLabel}`}
      data-contact-type={type}
    >
      <ContactIcon type={type} label={typeLabel} />
      <div className="ecc-body">
        {/* A link only when the value or the handle makes a safe one; anything else, hostile values too, stays text. */}
        <ValueElement
          className="ecc-value"
          dir="auto"
          href={href ?? undefined}
          target={opensInNewTab ? '_blank' : undefined}
          rel={opensInNewTab ? 'noopener noreferrer' : undefined}
        >
          {primaryLabel}
          {opensInNewTab && (
            <>
              {/* The space sits outside the hidden span: some name calculations trim inside it. */}{' '}
              <span className="ecc-sr-only">{strings.opensInNewTab}</span>
            </>
          )}
        </ValueElement>
        {/* The lines below the value are styled by position (small and muted): no classes needed. */}
        {handle && displayValue && !compact && <span dir="auto">{displayValue}</span>}
        {(contact.default || createdDate) && (
          // Badge and date share one line, so every card keeps the same few rows whatever its width.
          <span className="ecc-meta">
            {contact.default && <span className="ecc-badge">{strings.defaultBadge}</span>}
            {createdDate && (
              <span>
                {addedBefore}
                <time dateTime={createdDate.toISOString()}>{formatAddedDate(createdDate, locale)}</time>
                {addedAfter}
              </span>
            )}
          </span>
        )}
      </div>
      <div className="ecc-actions">
        {note?.trim() && <ContactNote note={note} label={strings.noteButton} />}
        {displayValue && (
          // The button's name is its label; an icon inside a button is presentational already.
          <button
            type="button"
            className="ecc-button"
            aria-label={strings.copyButton}
            onClick={() => void copy(copyText)}
          >
            <IconCopy size={18} stroke={1.75} />
          </button>
        )}
      </div>
      <span className="ecc-status" role="status" aria-live="polite" data-status={copyStatus}>
        {copyStatus && strings[copyStatus]}
      </span>
      {props.children}
    </article>
  );
}
