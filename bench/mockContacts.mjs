// The bench's contact data, as the Ecwid API would send it. Deterministic, so runs compare.
// Shared by the mock server (Node) and the bench page (Chromium): no Node imports here.

export const CONTACTS_PER_CUSTOMER = 5;

// Documented order; the bench cycles through all 15 so every icon is drawn.
const TYPES = [
  'EMAIL',
  'PHONE',
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
  'URL',
  'OTHER',
];

const SOCIAL_URL = {
  FACEBOOK: (h) => `https://www.facebook.com/${h}`,
  INSTAGRAM: (h) => `https://www.instagram.com/${h}`,
  TWITTER: (h) => `https://x.com/${h}`,
  YOUTUBE: (h) => `https://www.youtube.com/@${h}`,
  TIKTOK: (h) => `https://www.tiktok.com/@${h}`,
  PINTEREST: (h) => `https://www.pinterest.com/${h}`,
  VK: (h) => `https://vk.com/${h}`,
  FB_MESSENGER: (h) => `https://m.me/${h}`,
  TELEGRAM: (h) => `https://t.me/${h}`,
};

/**
 * The JSON the mock store answers for a contact id: every third has a note, the first of each
 * customer is default, social types carry a handle.
 * @param {number} contactId positive integer
 */
export function mockContactJson(contactId) {
  const type = TYPES[(contactId - 1) % TYPES.length];
  const digits = String(contactId).padStart(4, '0');
  const handle = `shop_${contactId}`;
  const social = SOCIAL_URL[type];
  const contact = social
    ? social(handle)
    : {
        EMAIL: `customer${contactId}@example.com`,
        PHONE: `+1555010${digits}`,
        WHATSAPP: `+4915550${digits}`,
        VIBER: `+3805550${digits}`,
        URL: `https://shop-${contactId}.example.com/`,
        OTHER: `Ask at the front desk (${contactId})`,
      }[type];
  return {
    id: contactId,
    contact,
    ...(social ? { handle } : {}),
    ...(contactId % 3 === 0 ? { note: `Prefers to be contacted after 6 pm (contact ${contactId}).` } : {}),
    type,
    default: (contactId - 1) % CONTACTS_PER_CUSTOMER === 0,
    orderBy: (contactId - 1) % CONTACTS_PER_CUSTOMER,
    timestamp: '2025-03-26 11:07:12 +0000',
  };
}

/** Contact ids of a customer in the mock store: customer c owns 5(c−1)+1 … 5c. */
export function mockCustomerContactIds(customerId) {
  return Array.from(
    { length: CONTACTS_PER_CUSTOMER },
    (_, i) => (customerId - 1) * CONTACTS_PER_CUSTOMER + i + 1,
  );
}
