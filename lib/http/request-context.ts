import { headers } from "next/headers";
import { clientIp } from "./client-ip";

/** Request id (set by proxy.ts) and client address, for logs and the audit trail. */
export async function requestContext(): Promise<{ requestId: string | null; ip: string | null }> {
  const h = await headers();
  return { requestId: h.get("x-request-id"), ip: clientIp(h.get("x-forwarded-for")) };
}
