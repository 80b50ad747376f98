import type { ApiErrorBody, ApiIssue } from '@parcours/api';

/**
 * How the web app calls the server's HTTP API: one place for the network failure, the error body and
 * the JSON reply, so that every route's caller (boards, join codes, history, exports) gets the same
 * ApiError for the same failure.
 */

/** An HTTP error with the server's message and, for a refused import, its issues path by path. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** 0 when the request never got an answer (offline, server down). */
    readonly status: number,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }
}

/** `fetch`, resolving only to a 2xx response: anything else rejects with an ApiError. */
export async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    // The API's error body (@parcours/api apiError); a proxy in between may answer something else.
    const body = (await response.json().catch(() => null)) as (Partial<ApiErrorBody> & { message?: string }) | null;
    const issues = Array.isArray(body?.issues) ? body.issues : [];
    throw new ApiError(response.status, body?.error ?? body?.message ?? response.statusText, issues);
  }
  return response;
}

/** A JSON reply's body; a 204 (no content) resolves to undefined. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetchOk(url, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The request options for sending `body` as JSON. */
export function jsonBody(body: unknown, method: 'POST' | 'PATCH' | 'PUT' = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
