import { CONTACT_TYPES, contactHref, type ContactType } from '../../src';
import { HOSTILE_CONTACT_VALUES } from './hostileContacts';

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/;
// A type the API may add tomorrow: treated as OTHER.
const UNKNOWN_TYPE = 'SNAPCHAT' as ContactType;

describe('contactHref', () => {
  it.each<[ContactType, string, string | null]>([
    ['EMAIL', 'ec.apps@lightspeedhq.com', 'mailto:ec.apps@lightspeedhq.com'],
    ['PHONE', '+1 (555) 123-4567', 'tel:+15551234567'],
    ['FACEBOOK', 'https://www.facebook.com/myshop_page', 'https://www.facebook.com/myshop_page'],
    ['INSTAGRAM', 'myshop', 'https://www.instagram.com/myshop'],
    ['TWITTER', '@myshop', 'https://x.com/myshop'],
    ['YOUTUBE', 'https://www.youtube.com/@myshop', 'https://www.youtube.com/@myshop'],
    ['TIKTOK', '@myshop', 'https://www.tiktok.com/@myshop'],
    ['PINTEREST', 'pinterest.com/myshop', 'https://pinterest.com/myshop'],
    ['VK', 'https://vk.com/myshop', 'https://vk.com/myshop'],
    ['FB_MESSENGER', 'https://m.me/myshop', 'https://m.me/myshop'],
    ['WHATSAPP', '+44 7700 900123', 'https://wa.me/447700900123'],
    ['TELEGRAM', 'myshop_bot', 'https://t.me/myshop_bot'],
    ['VIBER', '+44 7700 900123', null],
    ['URL', 'https://shop.example/contact?x=1', 'https://shop.example/contact?x=1'],
    ['OTHER', 'Ask at the counter', null],
    [UNKNOWN_TYPE, 'https://snap.example/u/myshop', 'https://snap.example/u/myshop'],
  ])('links a %s contact %j as %j', (type, contact, expected) => {
    expect(contactHref({ type, contact })).toBe(expected);
  });

  it('covers every documented type in the table above', () => {
    // Guards the table: a 16th type must get a row.
    expect(CONTACT_TYPES).toHaveLength(15);
  });

  it.each([
    ['EMAIL', 'not an address'],
    ['EMAIL', 'a@b'],
    ['EMAIL', 'two@at@signs.example'],
    ['PHONE', 'call me maybe'],
    ['PHONE', '12'],
    ['PHONE', '+1+2 345 678'],
    ['URL', 'just words'],
    ['OTHER', 'shop.example'],
    ['VIBER', 'viber://chat?number=447700900123'],
    ['TELEGRAM', 'my handle with spaces'],
  ] as [ContactType, string][])('keeps the implausible %s value %j as text', (type, contact) => {
    expect(contactHref({ type, contact })).toBeNull();
  });

  it('normalises before it links: outer whitespace trimmed, mailto encoded, host lower-cased', () => {
    expect(contactHref({ type: 'EMAIL', contact: '  Jane+Shop@Example.COM \n' })).toBe(
      'mailto:Jane%2BShop@example.com',
    );
    expect(contactHref({ type: 'EMAIL', contact: 'mailto:jane@shop.example' })).toBe(
      'mailto:jane@shop.example',
    );
    expect(contactHref({ type: 'PHONE', contact: 'tel:+49 30 1234567' })).toBe('tel:+49301234567');
    expect(contactHref({ type: 'URL', contact: 'HTTPS://Shop.Example/Path' })).toBe(
      'https://shop.example/Path',
    );
    expect(contactHref({ type: 'URL', contact: 'www.shop.example' })).toBe('https://www.shop.example/');
    expect(contactHref({ type: 'URL', contact: 'http://shop.example' })).toBe('http://shop.example/');
  });

  it('links WhatsApp and Telegram URLs as given', () => {
    expect(contactHref({ type: 'WHATSAPP', contact: 'https://wa.me/447700900123' })).toBe(
      'https://wa.me/447700900123',
    );
    expect(contactHref({ type: 'TELEGRAM', contact: 't.me/myshop' })).toBe('https://t.me/myshop');
  });

  it(`never turns any of ${HOSTILE_CONTACT_VALUES.length} hostile values into an href, for any type`, () => {
    expect(HOSTILE_CONTACT_VALUES.length).toBeGreaterThanOrEqual(30);
    for (const type of [...CONTACT_TYPES, UNKNOWN_TYPE]) {
      for (const contact of HOSTILE_CONTACT_VALUES) {
        expect({ type, contact, href: contactHref({ type, contact }) }).toEqual({
          type,
          contact,
          href: null,
        });
      }
    }
  });

  it('returns only allowlisted schemes for arbitrary strings', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.constantFrom(...CONTACT_TYPES), fc.string({ unit: 'binary' }), (type, contact) => {
        const href = contactHref({ type, contact });
        return href === null || SAFE_SCHEME.test(href);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives values that are not strings', () => {
    expect(contactHref({ type: 'URL', contact: null as unknown as string })).toBeNull();
    expect(contactHref({ type: 'URL', contact: 42 as unknown as string })).toBeNull();
  });
});
