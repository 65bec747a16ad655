import { http, HttpResponse } from 'msw';

export const ECWID_API = 'https://app.ecwid.com/api/v3';

/** The seed's example contact, exactly as the reference page shows it. */
export const seedContact = {
  id: 113861381,
  contact: 'ec.apps@lightspeedhq.com',
  type: 'EMAIL',
  default: true,
  orderBy: 0,
  timestamp: '2025-03-26 11:07:12 +0000',
};

export const handlers = [
  http.get(`${ECWID_API}/1003/customers/177737165/contacts/113861381`, () =>
    HttpResponse.json(seedContact),
  ),
];
