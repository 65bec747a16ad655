import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ContactCardView } from '../../src';
import { de } from '../../src/locales/de';
import { makeContact } from './contactFixtures';

describe('ContactCardView hydration', () => {
  it('hydrates the server HTML without a mismatch (ids, dates in UTC, note button)', async () => {
    const ui = (
      <ContactCardView
        contact={makeContact({ note: 'VIP', createdAt: new Date('2025-03-26T23:59:00Z') })}
        labels={de}
        locale="de"
      />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError }));
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      expect(container.querySelector('time')).toHaveTextContent('26. März 2025');
      act(() => root.unmount());
    } finally {
      consoleError.mockRestore();
      container.remove();
    }
  });
});
