/**
 * Which web pages may open the relay's websocket. A browser always sends the page's Origin with a
 * websocket handshake, and any page on the web can open one to any server: without this check,
 * another site could run its own users' boards through this relay. Clients that are not browsers
 * (the y-websocket provider in Node, scripts) send no Origin and are let in: they hold a token
 * like anyone else, and a header they choose would prove nothing.
 */

/** `'*'` in the list lets every origin in. */
export type AllowedOrigins = readonly string[];

/**
 * Pages served under the address the client connected to (Origin's host equals the Host header:
 * the web app this server serves), and the origins of the list (ALLOWED_ORIGINS, or PUBLIC_URL's
 * origin, for a proxy that rewrites Host).
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: AllowedOrigins | undefined,
): boolean {
  if (origin === undefined) return true;
  if (allowed?.includes('*') || allowed?.includes(origin.toLowerCase())) return true;
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) or garbage
  }
}
