import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactCardView, en } from '../../src';
import { seedContact } from '../mocks/mockStore';
import { makeContact } from './contactFixtures';

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

describe('copy button', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the contact value and announces "Copied" in the polite live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<ContactCardView contact={makeContact({ contact: `  ${seedContact.contact} ` })} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: en.copyButton }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(seedContact.contact);
    expect(status).toHaveTextContent(en.copied);
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('copies the full URL of a social contact shown by its handle', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(
      <ContactCardView
        contact={makeContact({
          type: 'INSTAGRAM',
          contact: 'https://www.instagram.com/myshop',
          handle: 'myshop',
        })}
      />,
    );
    await user.click(screen.getByRole('button', { name: en.copyButton }));
    expect(writeText).toHaveBeenCalledWith('https://www.instagram.com/myshop');
  });

  it('says plainly when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    render(<ContactCardView contact={makeContact()} />);
    await user.click(screen.getByRole('button', { name: en.copyButton }));
    expect(screen.getByRole('status')).toHaveTextContent(en.copyFailed);
  });

  it('says plainly when the browser rejects the copy', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) });
    render(<ContactCardView contact={makeContact()} />);
    await user.click(screen.getByRole('button', { name: en.copyButton }));
    expect(screen.getByRole('status')).toHaveTextContent(en.copyFailed);
  });

  it('empties the live region again after a while, ready for the next announcement', async () => {
    vi.useFakeTimers();
    try {
      setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
      render(<ContactCardView contact={makeContact()} />);
      await act(async () => screen.getByRole('button', { name: en.copyButton }).click());
      expect(screen.getByRole('status')).toHaveTextContent(en.copied);
      act(() => vi.advanceTimersByTime(5000));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the labels for its name and messages', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    render(
      <ContactCardView contact={makeContact()} labels={{ copyButton: 'Kopieren', copied: 'Kopiert' }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Kopieren' }));
    expect(screen.getByRole('status')).toHaveTextContent('Kopiert');
  });
});
