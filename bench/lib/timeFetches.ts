import { nowMs } from './time';

/**
 * Fetches `url` once to warm up, then `n` times, each within `timeoutMs`, body read included: the
 * times in ms and the size of the last body. Any status but 200 throws, with the start of the answer.
 */
export async function timeFetches(
  url: string,
  n: number,
  timeoutMs: number,
  what: string,
): Promise<{ times: number[]; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = -1; i < n; i++) {
    const t0 = nowMs();
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200) {
      throw new Error(`${what} answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 300)}`);
    }
    if (i >= 0) times.push(nowMs() - t0);
    bytes = body.byteLength;
  }
  return { times, bytes };
}
