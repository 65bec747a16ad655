'use client';
import { IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { isContactType, type ContactType } from '../api/contactTypes';
import type { CustomerContact } from '../api/customerContact';
import { cardClassName, type ContactCardSharedProps } from './contactCardProps';
import { ContactIcon } from './ContactIcon';
import { ContactNote } from './ContactNote';
import { contactHref, isWebHref } from './contactHref';
import { pickDataAttributes } from './dataAttributes';
import { formatAddedDate, isValidDate } from './formatAddedDate';
import { resolveLabels } from './labels';
import { useClipboardCopy } from './useClipboardCopy';
import { textDirection } from './textDirection';
import { visibleText } from './visibleText';

export interface ContactCardViewProps extends ContactCardSharedProps {
  /** A parsed contact (from `useCustomerContact` or `parseCustomerContact`). Its values may be hostile: they are shown safely. */
  contact: CustomerContact;
}

/** Types whose `handle` is a profile name worth showing as the main label. */
const SOCIAL_TYPES: ReadonlySet<ContactType> = new Set([
  'FACEBOOK',
  'INSTAGRAM',
  'TWITTER',
  'YOUTUBE',
  'TIKTOK',
  'PINTEREST',
  'VK',
  'FB_MESSENGER',
  'WHATSAPP',
  'TELEGRAM',
  'VIBER',
]);

function displayHandle(type: ContactType, handle: unknown): string | null {
  if (!SOCIAL_TYPES.has(type) || typeof handle !== 'string') return null;
  const text = visibleText(handle).replace(/^@+/, '');
  return text === '' ? null : `@${text}`;
}

/**
 * One customer contact: type icon, the value as a safe link, default badge, owner's note,
 * creation date and a copy button. Presentation only: it never fetches, and it renders on the
 * server (browser APIs are touched only in event handlers).
 */
export function ContactCardView({
  contact,
  locale = 'en',
  labels,
  compact,
  className,
  ...rest
}: ContactCardViewProps) {
  const strings = resolveLabels(labels);
  const ids = useId();
  const typeId = `${ids}-type`;
  const valueId = `${ids}-value`;
  const { status, copy } = useClipboardCopy();

  // Typed as required, but a host's JS may still pass nothing: render nothing, never throw.
  if (typeof contact !== 'object' || contact === null) return null;
  const type: ContactType = isContactType(contact.type) ? contact.type : 'OTHER';
  const value = typeof contact.contact === 'string' ? contact.contact : '';
  const valueText = visibleText(value);
  const handle = displayHandle(type, contact.handle);
  const href = contactHref({ type, contact: value });
  const opensNewTab = href !== null && isWebHref(href);
  const note = typeof contact.note === 'string' && contact.note.trim() !== '' ? contact.note : null;
  const isDefault = contact.default === true;
  const created = !compact && isValidDate(contact.createdAt) ? contact.createdAt : null;

  // "Added {date}" around the <time>, so the element holds only the date.
  const [addedBefore = '', addedAfter = ''] = strings.added.split('{date}');
  const mainText = handle ?? valueText;
  const main =
    href === null ? (
      <span className="ecc-card__value" id={valueId} dir={textDirection(mainText)}>
        {mainText}
      </span>
    ) : (
      <a
        className="ecc-card__value ecc-link"
        id={valueId}
        dir={textDirection(mainText)}
        href={href}
        {...(opensNewTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {mainText}
        {opensNewTab && (
          <>
            {/* The space sits outside the hidden span: some name calculations trim inside it. */}{' '}
            <span className="ecc-visually-hidden">{strings.opensInNewTab}</span>
          </>
        )}
      </a>
    );

  const statusMessage =
    status === 'copied'
      ? strings.copied
      : status === 'unavailable'
        ? strings.copyUnavailable
        : status === 'failed'
          ? strings.copyFailed
          : '';

  return (
    <article
      {...pickDataAttributes(rest)}
      className={cardClassName('ecc-card', compact, className)}
      aria-labelledby={`${typeId} ${valueId}`}
      data-contact-type={type}
    >
      <ContactIcon className="ecc-card__icon" id={typeId} type={type} label={strings.types[type]} />
      <div className="ecc-card__body">
        {main}
        {handle !== null && valueText !== '' && !compact && (
          <span className="ecc-card__secondary" dir={textDirection(valueText)}>
            {valueText}
          </span>
        )}
        {(isDefault || created) && (
          // Badge and date share one line, so every card keeps the same few rows whatever its width.
          <span className="ecc-card__meta">
            {isDefault && <span className="ecc-badge">{strings.defaultBadge}</span>}
            {created && (
              <span className="ecc-card__date">
                {addedBefore}
                <time dateTime={created.toISOString()}>{formatAddedDate(created, locale)}</time>
                {addedAfter}
              </span>
            )}
          </span>
        )}
      </div>
      <div className="ecc-card__actions">
        {note !== null && <ContactNote note={note} label={strings.noteButton} />}
        {value.trim() !== '' && (
          <button
            type="button"
            className="ecc-button ecc-copy-button"
            aria-label={strings.copyButton}
            onClick={() => void copy(value.trim())}
          >
            <IconCopy size={18} stroke={1.75} aria-hidden focusable={false} />
          </button>
        )}
      </div>
      <span className="ecc-card__status" role="status" aria-live="polite" data-status={status}>
        {statusMessage}
      </span>
    </article>
  );
}
