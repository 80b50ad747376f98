/**
 * What the per-address limits count by. An IPv4 client has one address; an IPv6 client usually
 * holds a whole /64 (it picks its own interface ids), so counting single IPv6 addresses would let
 * one client multiply every per-address limit by 2^64. IPv4-mapped IPv6 addresses count as IPv4.
 */
import { isIPv6 } from 'node:net';

export function addressKey(ip: string): string {
  const address = ip.split('%')[0]!; // a zone id (fe80::1%eth0) is not part of the address
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return ip;
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const start = groups(head);
  const end = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? start : [...start, ...Array(8 - start.length - end.length).fill('0'), ...end];
  return `${all
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
