import type { EcwidContactJson } from './ecwidJson';

/** The demo store: the seed's store id. The default handlers serve the same customers for any store id. */
export const MOCK_STORE_ID = 1003;

/** Customer ids of the mock store, each built to show one side of the card. */
export const mockCustomerIds = {
  /** The seed's customer: the documented e-mail plus a phone and a WhatsApp, all three default. */
  seed: 177737165,
  /** One contact of every one of the 15 types, several of them default. */
  everyType: 177737166,
  /** Owner's notes: short, long, multilingual (incl. right-to-left), emoji. */
  notes: 177737167,
  /** Very long values, a null handle, an unknown type and hostile values. */
  edgeCases: 177737168,
  /** A customer who has no contacts at all: `{ "items": [] }`. */
  noContacts: 177737169,
} as const;

/** The seed's example contact, exactly as the reference page shows it. */
export const seedContact = {
  id: 113861381,
  contact: 'ec.apps@lightspeedhq.com',
  type: 'EMAIL',
  default: true,
  orderBy: 0,
  timestamp: '2025-03-26 11:07:12 +0000',
} as const satisfies EcwidContactJson;

const seedCustomerContacts: EcwidContactJson[] = [
  seedContact,
  {
    id: 113861382,
    contact: '+01231231231',
    type: 'PHONE',
    default: true,
    orderBy: 1,
    timestamp: '2025-03-26 11:08:40 +0000',
  },
  {
    id: 113861383,
    contact: '+14155550123',
    note: 'Prefers WhatsApp after 6 pm.',
    type: 'WHATSAPP',
    default: true,
    orderBy: 2,
    timestamp: '2025-04-02 09:15:03 +0000',
  },
  {
    id: 113861384,
    contact: 'https://www.instagram.com/myshop_page',
    handle: 'myshop_page',
    type: 'INSTAGRAM',
    default: false,
    orderBy: 3,
    timestamp: '2025-05-17 18:44:51 +0000',
  },
];

/** One contact of a given type for the every-type customer; ids 113861400 + position. */
function everyTypeContact(
  position: number,
  type: string,
  contact: string,
  extra: Pick<EcwidContactJson, 'handle' | 'note'> & { default?: boolean } = {},
): EcwidContactJson {
  return {
    id: 113861400 + position,
    contact,
    ...extra,
    type,
    default: extra.default ?? false,
    orderBy: position,
    timestamp: `2025-0${1 + (position % 9)}-${10 + position} 09:30:00 +0000`,
  };
}

/** One of each type, in the documented order; several types have their default. */
const everyTypeContacts: EcwidContactJson[] = [
  everyTypeContact(0, 'EMAIL', 'jane.doe@example.com', {
    default: true,
    note: 'Work address; answers within a day.',
  }),
  everyTypeContact(1, 'PHONE', '+44 20 7946 0958', { default: true }),
  everyTypeContact(2, 'FACEBOOK', 'https://www.facebook.com/myshop_page', { handle: 'myshop_page' }),
  everyTypeContact(3, 'INSTAGRAM', 'https://www.instagram.com/jane.makes', {
    handle: 'jane.makes',
    default: true,
    note: 'Posts our products weekly.',
  }),
  everyTypeContact(4, 'TWITTER', 'https://twitter.com/janedoe', { handle: 'janedoe' }),
  everyTypeContact(5, 'YOUTUBE', 'https://www.youtube.com/@janedoe', { handle: 'janedoe' }),
  everyTypeContact(6, 'TIKTOK', 'https://www.tiktok.com/@jane.makes', { handle: 'jane.makes' }),
  everyTypeContact(7, 'PINTEREST', 'https://www.pinterest.com/janedoe', { handle: 'janedoe' }),
  everyTypeContact(8, 'VK', 'https://vk.com/janedoe', { handle: 'janedoe' }),
  everyTypeContact(9, 'FB_MESSENGER', 'https://m.me/myshop_page', { handle: 'myshop_page' }),
  everyTypeContact(10, 'WHATSAPP', '+34 612 34 56 78', { default: true }),
  // Only a handle, no URL: the card builds the t.me link itself.
  everyTypeContact(11, 'TELEGRAM', 'janedoe_shop', { handle: 'janedoe_shop' }),
  everyTypeContact(12, 'VIBER', '+380501234567'),
  everyTypeContact(13, 'URL', 'https://jane-doe.example.com/portfolio'),
  everyTypeContact(14, 'OTHER', 'Skype: jane.doe.shop'),
];

/** A note long enough to wrap over several lines inside the tooltip's max width. */
export const longNote =
  'Wholesale customer since 2019. Orders every second month, usually 40–60 units of the ceramic ' +
  'line. Always confirm delivery windows by phone before shipping: the warehouse closes at 4 pm on ' +
  'Fridays and does not accept pallets. Invoices go to accounting@example.com, never to this ' +
  'address. Asked for a 5 % discount on orders over 100 units; approved by Maria until the end of ' +
  'the year. Do not send marketing e-mails.';

const notesContacts: EcwidContactJson[] = [
  {
    id: 113861420,
    contact: 'max.mustermann@example.com',
    note: 'VIP',
    type: 'EMAIL',
    default: true,
    orderBy: 0,
    timestamp: '2025-02-11 08:00:00 +0000',
  },
  {
    id: 113861421,
    contact: '+493012345678',
    note: longNote,
    type: 'PHONE',
    default: true,
    orderBy: 1,
    timestamp: '2025-02-11 08:01:00 +0000',
  },
  {
    id: 113861422,
    contact: '+79161234567',
    note: 'Пишите только в Telegram. 日本語も大丈夫です。 Bitte nicht vor 9 Uhr anrufen. يفضل التواصل مساءً',
    type: 'TELEGRAM',
    handle: 'ivan_petrov',
    default: true,
    orderBy: 2,
    timestamp: '2025-02-12 14:22:09 +0000',
  },
  {
    id: 113861423,
    contact: 'https://www.instagram.com/max.bakes',
    handle: 'max.bakes',
    note: '🎉 Won our spring giveaway 🏆 — loves the 🍋 lemon tart 👍🏽',
    type: 'INSTAGRAM',
    default: false,
    orderBy: 3,
    timestamp: '2025-03-01 19:05:44 +0000',
  },
  {
    id: 113861424,
    contact: 'https://shop.example.org',
    note: '<b>not bold</b> & <script>alert("note")</script> stays text',
    type: 'URL',
    default: false,
    orderBy: 4,
    timestamp: '2025-03-02 07:45:00 +0000',
  },
];

/** An address at the length limit of what people really type, to test wrapping and truncation. */
export const longEmail =
  'purchasing.department.north-east-region.customer-service-team@a-very-long-company-domain-name.example.com';
export const longUrl =
  'https://www.example.com/catalog/collections/summer-2025/handmade-ceramics/limited-edition?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2025&ref=customer-card';
export const longHandle = 'the_official_handmade_ceramics_and_pottery_studio_of_northern_portugal';

const edgeCaseContacts: EcwidContactJson[] = [
  {
    id: 113861440,
    contact: longEmail,
    type: 'EMAIL',
    default: true,
    orderBy: 0,
    timestamp: '2024-12-31 23:59:59 +0000',
  },
  {
    id: 113861441,
    contact: longUrl,
    type: 'URL',
    default: false,
    orderBy: 1,
    timestamp: '2025-01-01 00:00:00 +0000',
  },
  {
    id: 113861442,
    contact: `https://www.facebook.com/${longHandle}`,
    handle: longHandle,
    type: 'FACEBOOK',
    default: true,
    orderBy: 2,
    timestamp: '2025-01-02 10:10:10 +0000',
  },
  {
    id: 113861443,
    contact: 'https://www.facebook.com/profile.php?id=100012345678901',
    handle: null,
    type: 'FACEBOOK',
    default: false,
    orderBy: 3,
    timestamp: '2025-01-03 10:10:10 +0000',
  },
  {
    // Ecwid may add types; the library shows these as OTHER.
    id: 113861444,
    contact: 'https://www.snapchat.com/add/jane.snaps',
    handle: 'jane.snaps',
    type: 'SNAPCHAT',
    default: false,
    orderBy: 4,
    timestamp: '2025-01-04 10:10:10 +0000',
  },
  {
    id: 113861445,
    contact: 'javascript:alert(1)',
    note: 'Hostile value: must render as plain text, never as a link.',
    type: 'URL',
    default: false,
    orderBy: 5,
    timestamp: '2025-01-05 10:10:10 +0000',
  },
  {
    id: 113861446,
    contact: ' JaVaScRiPt:alert(document.cookie)',
    type: 'OTHER',
    default: false,
    orderBy: 6,
    timestamp: '2025-01-06 10:10:10 +0000',
  },
  {
    id: 113861447,
    contact: 'data:text/html,<script>alert(1)</script>',
    type: 'INSTAGRAM',
    default: false,
    orderBy: 7,
    timestamp: '2025-01-07 10:10:10 +0000',
  },
  {
    id: 113861448,
    contact: '<img src=x onerror=alert(1)>',
    type: 'OTHER',
    default: false,
    orderBy: 8,
    timestamp: '2025-01-08 10:10:10 +0000',
  },
];

/**
 * The seed: every customer of the mock store with their contacts as Ecwid lists them (by `orderBy`),
 * as the store starts and as `resetMockStore()` restores it. Writes never change it; read the live
 * state with `mockStoreContacts`.
 */
export const mockCustomers: ReadonlyMap<number, readonly EcwidContactJson[]> = new Map([
  [mockCustomerIds.seed, seedCustomerContacts],
  [mockCustomerIds.everyType, everyTypeContacts],
  [mockCustomerIds.notes, notesContacts],
  [mockCustomerIds.edgeCases, edgeCaseContacts],
  [mockCustomerIds.noContacts, []],
]);

/** The seed JSON of one mock contact, for stories and tests that need a specific one. */
export function mockContactJson(customerId: number, contactId: number): EcwidContactJson {
  const found = mockCustomers.get(customerId)?.find((contact) => contact.id === contactId);
  if (!found) throw new Error(`The mock store has no contact ${contactId} for customer ${customerId}.`);
  return found;
}

/** Named contacts that stories and tests pick out often. */
export const mockContactIds = {
  seedEmail: seedContact.id,
  seedPhone: 113861382,
  seedWhatsapp: 113861383,
  shortNote: 113861420,
  longNote: 113861421,
  multilingualNote: 113861422,
  emojiNote: 113861423,
  markupNote: 113861424,
  longEmail: 113861440,
  longUrl: 113861441,
  longHandle: 113861442,
  nullHandle: 113861443,
  unknownType: 113861444,
  javascriptUrl: 113861445,
  javascriptOther: 113861446,
  dataUrl: 113861447,
  markupValue: 113861448,
} as const;

/** Fields a create sets: `contact` and `type` are required, Ecwid fills in the rest. */
export interface NewMockContact {
  contact: string;
  type: string;
  handle?: string;
  note?: string;
  default?: boolean;
  orderBy?: number;
}

/** Fields an update changes: an absent field keeps its value, `''` removes a handle or a note. */
export type MockContactChanges = Partial<NewMockContact>;

function highestContactId(customers: ReadonlyMap<number, readonly EcwidContactJson[]>): number {
  return Math.max(...[...customers.values()].flat().map((contact) => contact.id));
}

/**
 * The live state, per process (one per test file, one per Storybook page). Each write replaces a
 * customer's list and the contacts it changes, so a list handed out earlier never changes under its
 * holder.
 */
let liveCustomers = new Map(mockCustomers);
let lastContactId = highestContactId(mockCustomers);

/** Puts the seed back and forgets every write. The test setups and Storybook call it before each test. */
export function resetMockStore(): void {
  liveCustomers = new Map(mockCustomers);
  lastContactId = highestContactId(mockCustomers);
}

/** A customer's contacts as the store holds them now, by `orderBy`; undefined for an unknown customer. */
export function mockStoreContacts(customerId: number): readonly EcwidContactJson[] | undefined {
  return liveCustomers.get(customerId);
}

function nextOrderBy(contacts: readonly EcwidContactJson[]): number {
  return contacts.length === 0 ? 0 : Math.max(...contacts.map((contact) => contact.orderBy)) + 1;
}

/** `2025-03-26 11:07:12 +0000`: Ecwid's timestamp format, in UTC. */
function ecwidTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} +0000`;
}

/** Sets a handle or a note; `''` removes it (how Ecwid clears a note), undefined keeps it. */
function withText(
  contact: EcwidContactJson,
  field: 'handle' | 'note',
  value: string | undefined,
): EcwidContactJson {
  if (value === undefined) return contact;
  if (value !== '') return { ...contact, [field]: value };
  const { [field]: _removed, ...withoutField } = contact;
  return withoutField;
}

function withTexts(
  contact: EcwidContactJson,
  texts: Pick<MockContactChanges, 'handle' | 'note'>,
): EcwidContactJson {
  return withText(withText(contact, 'handle', texts.handle), 'note', texts.note);
}

/**
 * Stores a customer's list after a write: one default per type (the written contact keeps its
 * default, the others of its type lose theirs), in `orderBy` order, ties by id.
 */
function storeContacts(
  customerId: number,
  contacts: readonly EcwidContactJson[],
  written?: EcwidContactJson,
) {
  const withOneDefault = contacts.map((contact) =>
    written?.default && contact.id !== written.id && contact.type === written.type && contact.default
      ? { ...contact, default: false }
      : contact,
  );
  liveCustomers.set(
    customerId,
    withOneDefault.toSorted((first, second) => first.orderBy - second.orderBy || first.id - second.id),
  );
}

/**
 * The mock store's clock for new contacts: fixed, so a story's screenshot and a test's expectations
 * do not change with the day they run on.
 */
export const MOCK_STORE_NOW = new Date('2025-06-02T09:30:00Z');

/**
 * Adds a contact as Ecwid does: a new id above every id the store has given, `orderBy` after the
 * customer's last unless given, the time of the write as its timestamp. Undefined for an unknown
 * customer.
 */
export function createMockContact(
  customerId: number,
  fields: NewMockContact,
  now: Date = MOCK_STORE_NOW,
): EcwidContactJson | undefined {
  const contacts = liveCustomers.get(customerId);
  if (!contacts) return undefined;
  lastContactId += 1;
  const created = withTexts(
    {
      id: lastContactId,
      contact: fields.contact,
      type: fields.type,
      default: fields.default ?? false,
      orderBy: fields.orderBy ?? nextOrderBy(contacts),
      timestamp: ecwidTimestamp(now),
    },
    fields,
  );
  storeContacts(customerId, [...contacts, created], created);
  return created;
}

/**
 * Applies only the given fields to one contact (a partial update); `id` and `timestamp` never
 * change. Undefined for an unknown customer or contact.
 */
export function updateMockContact(
  customerId: number,
  contactId: number,
  changes: MockContactChanges,
): EcwidContactJson | undefined {
  const contacts = liveCustomers.get(customerId);
  const current = contacts?.find((contact) => contact.id === contactId);
  if (!contacts || !current) return undefined;
  const updated = withTexts(
    {
      ...current,
      contact: changes.contact ?? current.contact,
      type: changes.type ?? current.type,
      default: changes.default ?? current.default,
      orderBy: changes.orderBy ?? current.orderBy,
    },
    changes,
  );
  storeContacts(
    customerId,
    contacts.map((contact) => (contact.id === contactId ? updated : contact)),
    updated,
  );
  return updated;
}

/** Removes one contact; false for an unknown customer or contact. */
export function deleteMockContact(customerId: number, contactId: number): boolean {
  const contacts = liveCustomers.get(customerId);
  if (!contacts?.some((contact) => contact.id === contactId)) return false;
  storeContacts(
    customerId,
    contacts.filter((contact) => contact.id !== contactId),
  );
  return true;
}
