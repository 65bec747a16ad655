import { QueryClient } from '@tanstack/react-query';
import { customerContactKeys } from '../../src/query/customerContactKeys';
import {
  applyContactChange,
  changeList,
  deleteChange,
  patchContact,
  rollBackContactChange,
  updateChange,
} from '../../src/query/optimisticContactUpdates';
import { makeContact } from '../components/contactFixtures';

const email = makeContact({ note: 'VIP', handle: 'owner' });
const secondEmail = makeContact({ id: 2, contact: 'second@example.com', default: false, orderBy: 1 });
const phone = makeContact({
  id: 3,
  type: 'PHONE',
  rawType: 'PHONE',
  contact: '+100',
  default: true,
  orderBy: 2,
});

describe('patchContact', () => {
  it('merges only the fields the patch gives', () => {
    expect(patchContact(email, { contact: 'new@example.com', orderBy: 5 })).toEqual({
      ...email,
      contact: 'new@example.com',
      orderBy: 5,
    });
  });

  it('sets type and rawType together', () => {
    expect(patchContact(email, { type: 'PHONE' })).toMatchObject({ type: 'PHONE', rawType: 'PHONE' });
  });

  it("removes a note or a handle patched to '' and ignores fields given as undefined", () => {
    const patched = patchContact(email, { note: '', handle: '', contact: undefined });
    expect(patched).not.toHaveProperty('note');
    expect(patched).not.toHaveProperty('handle');
    expect(patched.contact).toBe(email.contact);
  });

  it('leaves the cached contact as it was', () => {
    patchContact(email, { note: 'changed' });
    expect(email.note).toBe('VIP');
  });
});

describe('updateChange', () => {
  it('clears the default of the other contacts of the type the contact becomes default of', () => {
    const change = updateChange(secondEmail, { default: true });
    expect(changeList([email, secondEmail, phone], change)).toEqual([
      { ...email, default: false },
      { ...secondEmail, default: true },
      phone,
    ]);
  });

  it("clears the default in the contact's new type when the patch moves a default contact there", () => {
    const change = updateChange(email, { type: 'PHONE' });
    expect(change(phone)).toEqual({ ...phone, default: false });
  });

  it('keeps the other defaults when the contact is not default', () => {
    const change = updateChange(secondEmail, { note: 'x' });
    expect(change(email)).toBe(email);
    expect(change(phone)).toBe(phone);
  });
});

describe('changeList', () => {
  it('keeps the list sorted by orderBy after an orderBy change', () => {
    const change = updateChange(email, { orderBy: 9 });
    expect(changeList([email, secondEmail, phone], change).map((contact) => contact.id)).toEqual([
      secondEmail.id,
      phone.id,
      email.id,
    ]);
  });

  it('returns the same list when nothing changed', () => {
    const list = [email, phone];
    expect(changeList(list, deleteChange(999))).toBe(list);
  });

  it('drops a deleted contact', () => {
    expect(changeList([email, secondEmail, phone], deleteChange(secondEmail.id))).toEqual([email, phone]);
  });
});

describe('rollBackContactChange', () => {
  const storeId = 1;
  const customerId = 7;
  const listKey = customerContactKeys.list(storeId, customerId);
  const sameOrderEmail = makeContact({ id: 4, contact: 'third@example.com', default: false, orderBy: 1 });

  function cacheWith(contacts: ReturnType<typeof makeContact>[]): QueryClient {
    const queryClient = new QueryClient();
    queryClient.setQueryData(listKey, contacts);
    for (const contact of contacts) {
      queryClient.setQueryData(customerContactKeys.detail(storeId, customerId, contact.id), contact);
    }
    return queryClient;
  }

  it('puts a deleted contact back where it sorts, by orderBy then id, keeping later changes', () => {
    const queryClient = cacheWith([email, secondEmail, sameOrderEmail, phone]);
    const rollback = applyContactChange(queryClient, storeId, customerId, deleteChange(sameOrderEmail.id));
    applyContactChange(queryClient, storeId, customerId, updateChange(phone, { note: 'Mobile' }));

    rollBackContactChange(queryClient, rollback);

    expect(queryClient.getQueryData(listKey)).toEqual([
      email,
      secondEmail,
      sameOrderEmail,
      { ...phone, note: 'Mobile' },
    ]);
  });

  it('does not bring back a contact another write removed', () => {
    const queryClient = cacheWith([email, secondEmail, phone]);
    const rollback = applyContactChange(
      queryClient,
      storeId,
      customerId,
      updateChange(secondEmail, { note: 'x' }),
    );
    applyContactChange(queryClient, storeId, customerId, deleteChange(secondEmail.id));
    queryClient.removeQueries({ queryKey: customerContactKeys.detail(storeId, customerId, secondEmail.id) });

    rollBackContactChange(queryClient, rollback);

    expect(queryClient.getQueryData(listKey)).toEqual([email, phone]);
    expect(queryClient.getQueryData(customerContactKeys.detail(storeId, customerId, secondEmail.id))).toBe(
      undefined,
    );
  });
});
