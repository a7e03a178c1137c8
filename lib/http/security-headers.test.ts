import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteMutation, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("sets nosniff and a referrer policy, and HSTS only behind https", () => {
    expect(securityHeaders({ https: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(securityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toContain("max-age=");
  });

  it("refuses a mutation from another origin or with no origin, and lets reads through", () => {
    expect(isCrossSiteMutation("POST", "https://evil.example", "pillars.example.com")).toBe(true);
    expect(isCrossSiteMutation("POST", null, "pillars.example.com")).toBe(true);
    expect(isCrossSiteMutation("DELETE", "https://pillars.example.com", "pillars.example.com")).toBe(false);
    expect(isCrossSiteMutation("GET", "https://evil.example", "pillars.example.com")).toBe(false);
  });
});
