// The API token, kept in localStorage. With no token configured the manager's API is open;
// the first 401 UNAUTHORIZED asks the operator for one (see app/token-prompt.tsx).
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'hearth.apiToken';

interface AuthState {
  token: string | null;
  /** true after a call answered 401 with the current token */
  needed: boolean;
}

let state: AuthState = { token: readStoredToken(), needed: false };
const listeners = new Set<() => void>();

function readStoredToken(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the prompt still works for this page's lifetime
  }
}

function update(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const getToken = (): string | null => state.token;

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(STORAGE_KEY, token);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // ignored: see readStoredToken
  }
  update({ token, needed: false });
}

export function reportUnauthorized(): void {
  if (!state.needed) update({ ...state, needed: true });
}

export function subscribeAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useAuth = (): AuthState => useSyncExternalStore(subscribeAuth, () => state);

/** Headers for the hand-written fetch calls (the SSE streams). */
export function authHeaders(): Record<string, string> {
  return state.token ? { Authorization: `Bearer ${state.token}` } : {};
}
