import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isCrossSiteMutation, securityHeaders } from "@/lib/http/security-headers";

// Runs before every request: a fresh CSP nonce, security headers, a request id, and a refusal
// of cross-site mutations. It is a first line only: authorization happens in the server code
// that reads the data (lib/auth), because a proxy can be bypassed (CVE-2025-29927).

export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || (process.env.APP_URL ?? "").startsWith("https:");
  // next-auth's own endpoints carry their own CSRF token.
  if (!request.nextUrl.pathname.startsWith("/api/auth/") && isCrossSiteMutation(request.method, request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: "Cross-site request refused." }, { status: 403 });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", crypto.randomUUID());
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
