// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ContactCardView, en } from '../../src';
import { makeContact } from './contactFixtures';

describe('ContactCardView on the server', () => {
  it('renders to a string without window, document or navigator', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <ContactCardView
        contact={makeContact({
          type: 'FACEBOOK',
          contact: 'https://www.facebook.com/myshop_page',
          handle: 'myshop_page',
          note: 'VIP customer',
        })}
        locale="en"
        data-testid="card"
      />,
    );
    expect(html).toMatch(/^<article /);
    expect(html).toContain('href="https://www.facebook.com/myshop_page"');
    expect(html).toContain('@myshop_page');
    expect(html).toContain('<time dateTime="2025-03-26T11:07:12.000Z">26 Mar 2025</time>');
    expect(html).toContain(`aria-label="${en.noteButton}"`);
    // The note waits for the tooltip to open: it is not in the server HTML.
    expect(html).not.toContain('VIP customer');
  });
});
