/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by serve.mjs to the local mock API; unset in production, where the client calls the real API. */
  readonly VITE_ECWID_API_BASE_URL?: string;
}
