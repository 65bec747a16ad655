import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactCardView, en } from '../../src';
import { makeContact } from './contactFixtures';

const NOTE = 'Prefers WhatsApp after 6 pm. Ask for Maria.';

describe('owner note', () => {
  it('shows no note button when there is no note (or only whitespace)', () => {
    render(
      <>
        <ContactCardView contact={makeContact()} />
        <ContactCardView contact={makeContact({ note: '   ' })} />
      </>,
    );
    expect(screen.queryByRole('button', { name: en.noteButton })).toBeNull();
  });

  it('is a type="button" named for its purpose, never by the note text', () => {
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    const button = screen.getByRole('button', { name: en.noteButton });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).not.toHaveAccessibleName(expect.stringContaining('Maria'));
  });

  it('keeps the note out of the DOM until opened', () => {
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.body).not.toHaveTextContent('Maria');
  });

  it('opens on keyboard focus, describes the button, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    await user.tab(); // the mailto link
    await user.tab();
    const button = screen.getByRole('button', { name: en.noteButton });
    expect(button).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(NOTE);
    expect(button).toHaveAccessibleDescription(NOTE);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('toggles with Enter and Space, so the button does something when pressed', async () => {
    const user = userEvent.setup();
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    await user.tab();
    await user.tab();
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard(' ');
    expect(await screen.findByRole('tooltip')).toHaveTextContent(NOTE);
  });

  it('closes when focus leaves the button', async () => {
    const user = userEvent.setup();
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    await user.tab();
    await user.tab();
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: en.copyButton })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('toggles on touch taps and closes on a tap elsewhere', async () => {
    render(
      <>
        <ContactCardView contact={makeContact({ note: NOTE })} />
        <p>elsewhere</p>
      </>,
    );
    const button = screen.getByRole('button', { name: en.noteButton });
    const tap = (target: Element) => {
      fireEvent.pointerDown(target, { pointerType: 'touch', button: 0 });
      fireEvent.pointerUp(target, { pointerType: 'touch', button: 0 });
      // A real tap's click counts one press (detail 1), unlike keyboard activation (detail 0).
      fireEvent.click(target, { detail: 1 });
    };
    act(() => tap(button));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(NOTE);
    act(() => tap(button));
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => tap(button));
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    act(() => tap(screen.getByText('elsewhere')));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('needs no TooltipProvider from the host', () => {
    // Rendering without any provider above is the whole test: Radix throws without one.
    expect(() => render(<ContactCardView contact={makeContact({ note: NOTE })} />)).not.toThrow();
  });
});
