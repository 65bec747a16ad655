import { CONTACT_TYPES, contactHref, type ContactType } from '../../src';
import { hostileContactValues } from '../mocks/hostileContactValues';

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/;
// A type the API may add tomorrow: treated as OTHER.
const UNKNOWN_TYPE = 'SNAPCHAT' as ContactType;
// A value no type links, so only the handle can make one.
const PLAIN_TEXT = 'Ask at the counter';

/** One row per documented type (and an unknown one): a value and the link it makes. */
const LINK_PER_TYPE: readonly [ContactType, string, string | null][] = [
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
  ['OTHER', PLAIN_TEXT, null],
  [UNKNOWN_TYPE, 'https://snap.example/u/myshop', 'https://snap.example/u/myshop'],
];

/** The profile a valid handle links when the value makes no link; the other types link none. */
const PROFILE_PER_TYPE: Readonly<Record<ContactType, string | null>> = {
  EMAIL: null,
  PHONE: null,
  FACEBOOK: 'https://www.facebook.com/myshop',
  INSTAGRAM: 'https://www.instagram.com/myshop',
  TWITTER: 'https://x.com/myshop',
  YOUTUBE: 'https://www.youtube.com/@myshop',
  TIKTOK: 'https://www.tiktok.com/@myshop',
  PINTEREST: 'https://www.pinterest.com/myshop',
  VK: 'https://vk.com/myshop',
  FB_MESSENGER: 'https://m.me/myshop',
  WHATSAPP: null,
  TELEGRAM: 'https://t.me/myshop',
  VIBER: null,
  URL: null,
  OTHER: null,
};

describe('contactHref', () => {
  it.each(LINK_PER_TYPE)('links a %s contact %j as %j', (type, contact, expected) => {
    expect(contactHref({ type, contact })).toBe(expected);
  });

  it('covers every documented type in the table above', () => {
    const documented = LINK_PER_TYPE.map(([type]) => type).filter((type) => type !== UNKNOWN_TYPE);
    expect(documented).toEqual([...CONTACT_TYPES]);
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

  it(`never turns any of ${hostileContactValues.length} hostile values into an href, for any type`, () => {
    for (const type of [...CONTACT_TYPES, UNKNOWN_TYPE]) {
      for (const contact of hostileContactValues) {
        expect({ type, contact, href: contactHref({ type, contact }) }).toEqual({
          type,
          contact,
          href: null,
        });
      }
    }
  });

  describe('handle', () => {
    it('links the profile built from the handle when the value makes no link (a Telegram phone number)', () => {
      expect(contactHref({ type: 'TELEGRAM', contact: '+79161234567', handle: 'ivan_petrov' })).toBe(
        'https://t.me/ivan_petrov',
      );
      expect(contactHref({ type: 'TELEGRAM', contact: '+79161234567', handle: ' @ivan_petrov ' })).toBe(
        'https://t.me/ivan_petrov',
      );
    });

    it.each(CONTACT_TYPES)('links a valid %s handle only where the type has a profile URL', (type) => {
      expect(contactHref({ type, contact: PLAIN_TEXT, handle: 'myshop' })).toBe(PROFILE_PER_TYPE[type]);
    });

    it('lists every documented type in the profile table', () => {
      expect(Object.keys(PROFILE_PER_TYPE)).toEqual([...CONTACT_TYPES]);
    });

    it('lets a value that makes a link win over the handle', () => {
      expect(contactHref({ type: 'TELEGRAM', contact: 'myshop_bot', handle: 'other' })).toBe(
        'https://t.me/myshop_bot',
      );
      expect(
        contactHref({ type: 'FACEBOOK', contact: 'https://www.facebook.com/myshop_page', handle: 'other' }),
      ).toBe('https://www.facebook.com/myshop_page');
      expect(contactHref({ type: 'WHATSAPP', contact: '+44 7700 900123', handle: 'other' })).toBe(
        'https://wa.me/447700900123',
      );
    });

    it.each([
      'ivan petrov',
      '@@ivan',
      'ivan/petrov',
      'ivan?x=1',
      '',
      '   ',
      'a'.repeat(101),
      '.',
      '..',
      '@..',
    ])('keeps an invalid handle %j as text', (handle) => {
      expect(contactHref({ type: 'TELEGRAM', contact: '+79161234567', handle })).toBeNull();
    });

    it.each(['.', '..', '@..'])(
      'keeps a value of dots only (%j) as text: it would link the home page',
      (contact) => {
        expect(contactHref({ type: 'TELEGRAM', contact })).toBeNull();
      },
    );

    it(`never turns any of ${hostileContactValues.length} hostile handles into an href, for any type`, () => {
      for (const type of [...CONTACT_TYPES, UNKNOWN_TYPE]) {
        for (const handle of hostileContactValues) {
          expect({ type, handle, href: contactHref({ type, contact: PLAIN_TEXT, handle }) }).toEqual({
            type,
            handle,
            href: null,
          });
        }
      }
    });

    it('survives a handle that is not a string', () => {
      expect(
        contactHref({ type: 'TELEGRAM', contact: PLAIN_TEXT, handle: 42 as unknown as string }),
      ).toBeNull();
      expect(
        contactHref({ type: 'TELEGRAM', contact: PLAIN_TEXT, handle: null as unknown as string }),
      ).toBeNull();
    });
  });

  it('returns only allowlisted schemes without credentials for arbitrary values and handles', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTACT_TYPES),
        fc.string({ unit: 'binary' }),
        fc.option(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^@?[\w.-]{1,30}$/)), {
          nil: undefined,
        }),
        (type, contact, handle) => {
          const href = contactHref({ type, contact, handle });
          if (href === null) return true;
          const url = new URL(href);
          return SAFE_SCHEME.test(href) && url.username === '' && url.password === '';
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('survives values that are not strings', () => {
    expect(contactHref({ type: 'URL', contact: null as unknown as string })).toBeNull();
    expect(contactHref({ type: 'URL', contact: 42 as unknown as string })).toBeNull();
  });
});
