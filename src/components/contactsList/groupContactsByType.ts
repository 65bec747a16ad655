import { CONTACT_TYPES, type ContactType } from '../../api/contactTypes';
import { knownContactType } from '../card/knownContactType';

export interface ContactTypeGroup<TItem> {
  type: ContactType;
  items: TItem[];
}

/**
 * Items sorted into one group per contact type, in the documented type order (`CONTACT_TYPES`),
 * only the types present. Within a group the type's default comes first; the rest keep their
 * order. Unknown types count as OTHER, as the card shows them.
 */
export function groupContactsByType<TItem>(
  items: readonly TItem[],
  contactOf: (item: TItem) => { type: unknown; default?: boolean },
): ContactTypeGroup<TItem>[] {
  return CONTACT_TYPES.map((type) => {
    const ofType = items.filter((item) => knownContactType(contactOf(item).type) === type);
    const defaults = ofType.filter((item) => contactOf(item).default === true);
    const others = ofType.filter((item) => contactOf(item).default !== true);
    return { type, items: [...defaults, ...others] };
  }).filter((group) => group.items.length > 0);
}
