import type { ContactType } from '../api/contactTypes';
import { CONTACT_ICONS } from './contactIcons';
import { contactTypeLabel } from './contactTypeLabel';

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
export function ContactIcon({ type, size = 20, label, className, id }: ContactIconProps) {
  const Icon = (CONTACT_ICONS as Partial<typeof CONTACT_ICONS>)[type] ?? CONTACT_ICONS.OTHER;
  const name = label ?? contactTypeLabel(type);
  const classes = ['ecc-icon', className].filter(Boolean).join(' ');
  const drawing = <Icon size={size} stroke={1.75} aria-hidden focusable={false} />;
  return name ? (
    <span className={classes} id={id} role="img" aria-label={name} data-contact-type={type}>
      {drawing}
    </span>
  ) : (
    <span className={classes} id={id} aria-hidden data-contact-type={type}>
      {drawing}
    </span>
  );
}
