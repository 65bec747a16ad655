// Drives the example app (examples/ecwid-app) the way the admin shows it: the local admin shell frames
// the app with the payload in the URL fragment, against the mock API, in Chromium.
import { http, HttpResponse } from 'msw';
import { chromium, type Browser, type Frame, type Page } from 'playwright';
import { startDemoServer } from '../../examples/ecwid-app/serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { ECWID_API } from '../mocks/handlers';
import { en } from '../../src/components/labels/labels';
import { customerContactsEn } from '../../src/components/labels/customerContactsLabels';
import { longNote, mockCustomerIds, mockCustomers } from '../mocks/mockStore';

const TOKEN = 'secret_example_app_test_token';
/** A customer the shared mock store lacks: a single card whose note is long, so its tooltip is tall. */
const ONE_LONG_NOTE_CUSTOMER = 42;

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  const found = await findChromium();
  if (!found) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
  demo = await startDemoServer({
    port: 0,
    handlers: [
      http.get(`${ECWID_API}/:storeId/customers/${ONE_LONG_NOTE_CUSTOMER}/contacts`, () =>
        HttpResponse.json({
          items: [
            {
              id: 1,
              contact: '+493012345678',
              type: 'PHONE',
              note: longNote,
              default: false,
              orderBy: 0,
              timestamp: '2025-03-26 11:07:12 +0000',
            },
          ],
        }),
      ),
    ],
  });
  browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

/** Opens the shell on a customer and waits until the framed app shows their contact list. */
async function openShell(customerId: number): Promise<Frame> {
  await page.goto(`${demo.shellUrl}?${new URLSearchParams({ token: TOKEN, customer: String(customerId) })}`);
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('the shell has no app frame');
  await frame.getByRole('list', { name: `Contacts of customer ${customerId}` }).waitFor({ timeout: 30_000 });
  return frame;
}

async function frameBox() {
  const box = await page.locator('#app-frame').boundingBox();
  if (!box) throw new Error('the app frame is not visible');
  return box;
}

it('lists the customer’s contacts as cards inside the framed app', async () => {
  const frame = await openShell(mockCustomerIds.seed);
  const expected = mockCustomers.get(mockCustomerIds.seed)?.length;
  expect(expected).toBeGreaterThan(1);
  await expect.poll(() => frame.getByRole('listitem').count()).toBe(expected);
  await frame.locator('a[href="mailto:ec.apps@lightspeedhq.com"]').waitFor();
  // The app's own words never name the platform (the contact values are the customer's data).
  const ownText = await frame.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('li').forEach((item) => item.remove());
    return clone.innerText;
  });
  expect(ownText).toContain('Customer contacts');
  expect(ownText).not.toMatch(/ecwid|lightspeed/i);
});

it('never shows the token, and drops it from the frame’s address once read', async () => {
  const frame = await openShell(mockCustomerIds.seed);
  expect(await frame.evaluate(() => document.documentElement.outerHTML)).not.toContain(TOKEN);
  expect(await frame.locator('body').innerText()).not.toContain(TOKEN);
  expect(await page.locator('body').innerText()).not.toContain(TOKEN);
  expect(await frame.evaluate(() => window.location.hash)).toBe('');
});

it('keeps the frame tall enough for a long note to open in full on the last card', async () => {
  const frame = await openShell(ONE_LONG_NOTE_CUSTOMER);
  await frame.getByRole('button', { name: 'Note on this contact' }).focus();
  await frame.getByRole('tooltip').waitFor({ state: 'attached' });
  const wrapper = frame.locator('[data-radix-popper-content-wrapper]');
  await expect
    .poll(async () => {
      const [box, tooltip] = [await frameBox(), await wrapper.boundingBox()];
      return (
        tooltip !== null && tooltip.y >= box.y - 1 && tooltip.y + tooltip.height <= box.y + box.height + 1
      );
    })
    .toBe(true);
  // Shown at its full height, not squeezed into a scroll box by a frame that is too short.
  const content = wrapper.locator('.ecc-tooltip');
  const { scrollHeight, clientHeight } = await content.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(clientHeight).toBeGreaterThan(100);
  expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);
});

it('says plainly when opened without a payload, and sends no request', async () => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v3/')) requests.push(request.url());
  });
  await page.goto(`${demo.origin}/index.html`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  expect(await alert.innerText()).toMatch(/open the app from the admin/i);
  expect(requests).toEqual([]);
});

it('edits a note through the demo: the PUT carries the note and the refetched list holds it', async () => {
  const frame = await openShell(mockCustomerIds.seed);
  const note = `Call after 5 pm (${Date.now()})`;
  await frame.getByRole('button', { name: customerContactsEn.editNote }).first().click();
  await frame.getByRole('textbox', { name: customerContactsEn.noteField }).fill(note);
  const isContactsApi = (url: string) => url.includes('/api/v3/') && url.includes('/contacts');
  const write = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && isContactsApi(response.url()),
  );
  const refetch = page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' &&
      isContactsApi(response.url()) &&
      response.url().endsWith('/contacts'),
  );
  await frame.getByRole('button', { name: customerContactsEn.saveNote }).click();
  const answered = await write;
  expect(answered.status()).toBe(200);
  expect(answered.request().postDataJSON()).toEqual({ note });
  const refetched: { items: { note?: string }[] } = await (await refetch).json();
  expect(refetched.items.map((contact) => contact.note)).toContain(note);
  // The card keeps the saved note: its note button is there to open it.
  await frame.getByRole('button', { name: en.noteButton }).first().waitFor();
});
