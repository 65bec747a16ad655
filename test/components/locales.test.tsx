import { render, screen } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  CONTACT_TYPES,
  ContactCardView,
  contactTypeLabel,
  customerContactsEn,
  en,
  type ContactCardLabels,
} from '../../src';
import { de } from '../../src/locales/de';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { it as italian } from '../../src/locales/it';
import { nl } from '../../src/locales/nl';
import { pl } from '../../src/locales/pl';
import { pt } from '../../src/locales/pt';
import { ru } from '../../src/locales/ru';
import { makeContact } from './contactFixtures';

const LOCALES: Record<string, ContactCardLabels> = { de, fr, es, it: italian, pt, nl, pl, ru };
const LOCALES_DIR = path.resolve(__dirname, '../../src/locales');

function keysOf(labels: ContactCardLabels): string[] {
  return [
    ...Object.keys(labels).filter((key) => key !== 'types'),
    ...Object.keys(labels.types).map((t) => `types.${t}`),
  ].sort();
}

describe('locales', () => {
  it('ships exactly de, fr, es, it, pt, nl, pl and ru, each its own file with a named and a default export', async () => {
    const files = readdirSync(LOCALES_DIR).sort();
    expect(files).toEqual(['de.ts', 'es.ts', 'fr.ts', 'it.ts', 'nl.ts', 'pl.ts', 'pt.ts', 'ru.ts']);
    for (const code of Object.keys(LOCALES)) {
      const module = (await import(`../../src/locales/${code}.ts`)) as Record<string, unknown>;
      expect(module[code]).toBe(LOCALES[code]);
      expect(module.default).toBe(LOCALES[code]);
    }
  });

  it.each(Object.entries(LOCALES))(
    '%s has every string English has (card and CustomerContacts), none empty, placeholders kept',
    (_code, labels) => {
      expect(keysOf(labels)).toEqual(keysOf(customerContactsEn));
      for (const type of CONTACT_TYPES) expect(labels.types[type].trim()).not.toBe('');
      for (const [key, value] of Object.entries(labels)) {
        if (key !== 'types') expect(String(value).trim(), key).not.toBe('');
      }
      expect(labels.added).toContain('{date}');
      expect(labels.missingScope).toContain('read_customers');
      // Translated, not copied: the sentences differ from English.
      expect(labels.notFound).not.toBe(en.notFound);
      expect(labels.noteButton).not.toBe(en.noteButton);
    },
  );

  it('English-only code imports no locale: nothing in src outside src/locales imports one', () => {
    const srcDir = path.resolve(__dirname, '../../src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (full !== LOCALES_DIR) walk(full);
        } else if (
          /\.tsx?$/.test(entry.name) &&
          /^\s*(?:import|export)\b[^;]*?from\s+['"][^'"]*locales\//m.test(readFileSync(full, 'utf8'))
        ) {
          offenders.push(full);
        }
      }
    };
    walk(srcDir);
    expect(offenders).toEqual([]);
  });

  it('renders a card in German: strings from labels, date from locale', () => {
    render(<ContactCardView contact={makeContact({ note: 'x' })} labels={de} locale="de" />);
    const card = screen.getByRole('article', { name: 'E-Mail ec.apps@lightspeedhq.com' });
    expect(card).toHaveTextContent('Standard');
    expect(card).toHaveTextContent('Hinzugefügt am 26. März 2025');
    expect(screen.getByRole('button', { name: 'Notiz zu diesem Kontakt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kontakt kopieren' })).toBeInTheDocument();
  });

  it('formats the date by the locale prop alone, in UTC', () => {
    render(
      <>
        <ContactCardView contact={makeContact({ createdAt: new Date('2025-03-26T23:30:00Z') })} locale="fr" />
        <ContactCardView
          contact={makeContact({ id: 2, createdAt: new Date('2025-03-26T23:30:00Z') })}
          locale="en-US"
        />
      </>,
    );
    const [french, american] = [...document.querySelectorAll('time')];
    expect(french).toHaveTextContent('26 mars 2025');
    expect(american).toHaveTextContent('Mar 26, 2025');
  });

  it('falls back to English dates for a malformed locale instead of crashing', () => {
    render(<ContactCardView contact={makeContact()} locale="not a locale!!" />);
    expect(document.querySelector('time')).toHaveTextContent('26 Mar 2025');
  });

  it('takes partial overrides: the rest stays English', () => {
    render(
      <ContactCardView
        contact={makeContact()}
        labels={{ defaultBadge: 'Main', added: 'Since {date}', types: { EMAIL: 'E-mail address' } }}
      />,
    );
    expect(screen.getByRole('img', { name: 'E-mail address' })).toBeInTheDocument();
    expect(screen.getByText('Main')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Since 26 Mar 2025');
    expect(screen.getByRole('button', { name: 'Copy contact' })).toBeInTheDocument();
  });

  it('ignores undefined entries in overrides', () => {
    render(
      <ContactCardView
        contact={makeContact()}
        labels={{ defaultBadge: undefined, types: { EMAIL: undefined } }}
      />,
    );
    expect(screen.getByText('Default')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Email' })).toBeInTheDocument();
  });
});

describe('contactTypeLabel(type, labels?)', () => {
  it('gives the English label by default', () => {
    expect(contactTypeLabel('FB_MESSENGER')).toBe('Facebook Messenger');
    expect(contactTypeLabel('WHATSAPP', {})).toBe('WhatsApp');
  });

  it('gives English, without throwing, to an untyped caller still passing a locale tag', () => {
    expect(contactTypeLabel('EMAIL', 'de-DE' as never)).toBe('Email');
  });

  it('takes a labels object: a shipped locale or partial overrides', () => {
    expect(contactTypeLabel('EMAIL', de)).toBe('E-Mail');
    expect(contactTypeLabel('VK', ru)).toBe('ВКонтакте');
    expect(contactTypeLabel('URL', { types: { URL: 'Homepage' } })).toBe('Homepage');
    expect(contactTypeLabel('PHONE', { types: { URL: 'Homepage' } })).toBe('Phone');
  });

  it('labels unknown types as OTHER', () => {
    expect(contactTypeLabel('SNAPCHAT' as never)).toBe('Other contact');
    expect(contactTypeLabel('SNAPCHAT' as never, de)).toBe('Anderer Kontakt');
  });

  it('has a distinct English label for each of the 15 types', () => {
    const labels = CONTACT_TYPES.map((type) => contactTypeLabel(type));
    expect(new Set(labels).size).toBe(15);
  });
});
