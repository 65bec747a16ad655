import { CONTACT_TYPES, type ContactType } from '../../src/api/contactTypes';
import { checkContactValue, CONTACT_VALUE_KINDS } from '../../src/components/contactForm/contactValueRules';
import { hostileContactValues } from '../mocks/hostileContactValues';

interface Examples {
  valid: string[];
  invalid: string[];
}

const profile = (url: string, handle: string): Examples => ({
  valid: [url, `@${handle}`, handle],
  invalid: ['my shop page', '+7 916 123-45-67', 'mailto:jane@example.com'],
});

/** Values a card links (valid) and values it shows as text (invalid), per type. */
const examples: Record<ContactType, Examples> = {
  EMAIL: {
    valid: ['jane.doe@example.com', '  ec.apps@lightspeedhq.com  '],
    invalid: ['jane.doe', 'jane@', '@example.com', 'https://example.com', '+44 20 7946 0958'],
  },
  PHONE: {
    valid: ['+44 20 7946 0958', '(555) 123-4567', '123'],
    invalid: ['12', '1'.repeat(21), '+1 555 CALL NOW', 'jane@example.com', '1+2'],
  },
  FACEBOOK: profile('https://www.facebook.com/myshop_page', 'myshop_page'),
  INSTAGRAM: profile('https://www.instagram.com/jane.makes', 'jane.makes'),
  TWITTER: profile('https://x.com/janedoe', 'janedoe'),
  YOUTUBE: profile('https://www.youtube.com/@janedoe', 'janedoe'),
  TIKTOK: profile('https://www.tiktok.com/@jane.makes', 'jane.makes'),
  PINTEREST: profile('https://www.pinterest.com/janedoe', 'janedoe'),
  VK: profile('vk.com/janedoe', 'janedoe'),
  FB_MESSENGER: profile('https://m.me/myshop_page', 'myshop_page'),
  WHATSAPP: {
    valid: ['+34 612 34 56 78', 'https://wa.me/34612345678', 'wa.me/34612345678'],
    invalid: ['@janedoe', 'call me', '12'],
  },
  TELEGRAM: profile('https://t.me/janedoe_shop', 'janedoe_shop'),
  VIBER: {
    valid: ['+380501234567', 'https://invite.viber.com/?g2=jane'],
    invalid: ['viber://chat?number=380501234567', '@jane', 'invite.viber.com/jane'],
  },
  URL: {
    valid: ['https://jane-doe.example.com/portfolio', 'http://shop.example', 'shop.example.com/page'],
    invalid: ['jane doe', 'ftp://shop.example/file', 'jane@example.com'],
  },
  OTHER: { valid: ['Skype: jane.doe.shop', '42', 'javascript:alert(1)'], invalid: [] },
};

describe('checkContactValue', () => {
  it('has examples and a kind for every contact type, and only for those', () => {
    expect(Object.keys(examples)).toEqual([...CONTACT_TYPES]);
    expect(Object.keys(CONTACT_VALUE_KINDS)).toEqual([...CONTACT_TYPES]);
  });

  describe.each(CONTACT_TYPES)('%s', (type) => {
    it.each(examples[type].valid)('accepts %j', (value) => {
      expect(checkContactValue(type, value)).toBe('valid');
    });

    it.each(examples[type].invalid)('rejects %j', (value) => {
      expect(checkContactValue(type, value)).toBe('invalid');
    });

    it.each(['', '   ', '\n\t'])('calls %j empty', (value) => {
      expect(checkContactValue(type, value)).toBe('empty');
    });
  });

  it.each(CONTACT_TYPES.filter((type) => CONTACT_VALUE_KINDS[type] !== 'text'))(
    'rejects every hostile value for %s, whose values are links',
    (type) => {
      const accepted = hostileContactValues.filter((value) => checkContactValue(type, value) === 'valid');
      expect(accepted).toEqual([]);
    },
  );

  it('accepts any text for OTHER, which is never linked', () => {
    expect(CONTACT_TYPES.filter((type) => CONTACT_VALUE_KINDS[type] === 'text')).toEqual(['OTHER']);
    for (const value of hostileContactValues.filter((value) => value.trim() !== '')) {
      expect(checkContactValue('OTHER', value)).toBe('valid');
    }
  });
});
