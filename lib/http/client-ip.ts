// The client's address for throttling and the audit log. Next sets X-Forwarded-For only when a
// request arrives without one, so behind a reverse proxy the proxy must append (or set) the
// address it saw; we take the right-most entry, the one added by the nearest hop.
export function clientIp(forwardedFor: string | null | undefined): string | null {
  if (!forwardedFor) return null;
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? null;
}
