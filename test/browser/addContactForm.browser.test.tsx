import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { createEcwidClient } from '../../src/api/index';
import { AddContactForm } from '../../src/components/contactForm/AddContactForm';
import { addContactFormEn } from '../../src/components/labels/addContactFormLabels';
import '../../src/components/customerContacts.css';
import { mockCustomerIds } from '../mocks/mockStore';

const PHONE_WIDTH = 320;
const PHONE_HEIGHT = 568;
/** WCAG 2.5.5's size, which the library's text buttons and fields meet. */
const TOUCH_TARGET_PX = 44;

// Real events in a real browser settle on their own schedule; act() warnings are for simulated ones.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

interface SentRequest {
  method: string;
  body: unknown;
}

/** A client whose fetch answers every create with Ecwid's `{ createCount: 1 }` and records it. */
function renderForm(direction: 'ltr' | 'rtl' = 'ltr') {
  const sent: SentRequest[] = [];
  const fetchStub: typeof fetch = async (_url, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ method: init?.method ?? 'GET', body });
    return Response.json({ createCount: 1 });
  };
  const client = createEcwidClient({ storeId: 1003, token: 'secret_browser_test', fetch: fetchStub });
  const onDone = vi.fn();
  render(
    <div dir={direction}>
      <AddContactForm
        customerId={mockCustomerIds.seed}
        onDone={onDone}
        client={client}
        queryClient={new QueryClient()}
      />
    </div>,
  );
  return { sent, onDone };
}

const strings = addContactFormEn;

describe('AddContactForm in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('fills and saves by keyboard alone; an invalid value takes the focus back from Save', async () => {
    const { sent, onDone } = renderForm();
    await userEvent.tab();
    const type = screen.getByRole('combobox', { name: strings.newContactType });
    expect(type).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(type).toHaveValue('PHONE');

    await userEvent.tab();
    const phone = screen.getByRole('textbox', { name: strings.newContactPhone });
    expect(phone).toHaveFocus();
    await userEvent.keyboard('12');
    // Past Note and Default to Save.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: strings.newContactSave })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(phone).toHaveFocus();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await userEvent.keyboard('{End} 345 678');
    await userEvent.tab();
    await userEvent.keyboard('Mornings');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(phone).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => onDone.mock.calls.length).toBe(1);
    expect(sent).toEqual([
      { method: 'POST', body: { type: 'PHONE', contact: '12 345 678', note: 'Mornings', default: true } },
    ]);
  });

  it.each(['ltr', 'rtl'] as const)(
    'fits a 320 px screen (%s) with errors shown, and its controls are 44 px tall',
    async (direction) => {
      await page.viewport(PHONE_WIDTH, PHONE_HEIGHT);
      renderForm(direction);
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: strings.newContactType }),
        'FB_MESSENGER',
      );
      const profile = screen.getByRole('textbox', { name: strings.newContactProfile });
      await userEvent.fill(profile, 'not a profile, and a rather long value that must wrap or scroll inside');
      await userEvent.click(screen.getByRole('button', { name: strings.newContactSave }));
      expect(profile).toHaveAttribute('aria-invalid', 'true');

      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
      const form = screen.getByRole('form', { name: strings.newContactForm });
      const { left, right } = form.getBoundingClientRect();
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(PHONE_WIDTH);
      const targets = [
        screen.getByRole('combobox', { name: strings.newContactType }),
        profile,
        screen.getByRole('textbox', { name: strings.newContactNote }),
        screen.getByRole('button', { name: strings.newContactSave }),
        screen.getByRole('button', { name: strings.newContactCancel }),
      ];
      for (const target of targets) {
        expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(TOUCH_TARGET_PX);
      }
    },
  );
});
