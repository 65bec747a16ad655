import type { DataAttributes } from '../dataAttributes';
import type { ContactCardLabelsOverride } from '../labels/labels';

/** Props every card component shares. Extra `data-*` attributes land on the root element. */
export interface ContactCardSharedProps extends DataAttributes {
  /** BCP 47 tag for dates and other Intl formatting. Default `'en'`. Strings come from `labels`. */
  locale?: string;
  /** A shipped locale (`import { de } from 'ecwid-contact-card/locales/de'`) or any partial override of the English strings. */
  labels?: ContactCardLabelsOverride;
  /** One-line variant for lists: smaller controls, no creation date. */
  compact?: boolean;
  /** Added to the root element's classes. */
  className?: string;
}

/**
 * Attributes of a card's root element: the host's `data-*` attributes (and no other prop), and
 * `base` classes with the compact modifier and the host's `className`.
 */
export function rootProps(
  props: ContactCardSharedProps,
  base: string,
): DataAttributes & { className: string } {
  return {
    ...Object.fromEntries(Object.entries(props).filter(([name]) => name.startsWith('data-'))),
    className: [base, props.compact && 'ecc-compact', props.className].filter(Boolean).join(' '),
  };
}
