'use client';
import type { ContactType } from '../../api/contactTypes';
import { CONTACT_ICONS } from './contactIcons';
import { contactTypeLabel } from './contactTypeLabel';
import { knownContactType } from './knownContactType';

export interface ContactIconProps {
  type: ContactType;
  /** Width and height in CSS pixels. Default 20. */
  size?: number;
  /** Accessible name; defaults to the type's English label. Pass `''` when a visible label already names it. */
  label?: string;
  className?: string;
  id?: string;
}

/** The icon of a contact type, with the type's name as its accessible name. Unknown types get the OTHER icon. */
export function ContactIcon({
  type,
  size = 20,
  label = contactTypeLabel(type),
  className,
  id,
}: ContactIconProps) {
  const Icon = CONTACT_ICONS[knownContactType(type)];
  return (
    <span
      className={className ? `ecc-icon ${className}` : 'ecc-icon'}
      id={id}
      // No label: decoration next to a visible name, hidden from assistive technology.
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <Icon size={size} stroke={1.75} />
    </span>
  );
}
