'use client';
import type { ContactType } from '../api/contactTypes';
import { CONTACT_ICONS } from './contactIcons';
import { contactTypeLabel } from './contactTypeLabel';

export interface ContactIconProps {
  type: ContactType;
  /** Width and height in CSS pixels. Default 20. */
  size?: number;
  /** Accessible name; defaults to the type's label. Pass `''` when a visible label already names it. */
  label?: string;
  className?: string;
}

/** The icon of a contact type, with the type's name as its accessible name. */
export function ContactIcon({ type, size = 20, label, className }: ContactIconProps) {
  const Icon = CONTACT_ICONS[type] ?? CONTACT_ICONS.OTHER;
  const name = label ?? contactTypeLabel(type);
  const classes = ['ecc-icon', className].filter(Boolean).join(' ');
  return name ? (
    <span className={classes} role="img" aria-label={name} data-contact-type={type}>
      <Icon size={size} stroke={1.75} aria-hidden focusable={false} />
    </span>
  ) : (
    <span className={classes} aria-hidden data-contact-type={type}>
      <Icon size={size} stroke={1.75} aria-hidden focusable={false} />
    </span>
  );
}
