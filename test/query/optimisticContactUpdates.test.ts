import {
  changeList,
  deleteChange,
  patchContact,
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
