export const STORE_ID = 1003;
export const CUSTOMER_ID = 177737165;
export const CONTACT_ID = 113861381;
