import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZForgotPassword, ZSetPassword } from "./schemas";

const token = "A".repeat(40) + "-_9";
const valid = { token, kind: "INVITATION", password: "correct horse battery", confirmPassword: "correct horse battery" };

function fieldErrors(result: { error?: z.ZodError }) {
  return result.error ? z.flattenError(result.error).fieldErrors : {};
}

describe("ZSetPassword", () => {
  it("accepts a long enough, confirmed password from either kind of link", () => {
    expect(ZSetPassword.parse(valid)).toEqual(valid);
    expect(ZSetPassword.safeParse({ ...valid, kind: "PASSWORD_RESET" }).success).toBe(true);
  });

  it("accepts exactly 12 and 200 characters, refuses 11 and 201", () => {
    for (const [length, ok] of [[12, true], [200, true], [11, false], [201, false]] as const) {
      const password = "x".repeat(length);
      const result = ZSetPassword.safeParse({ ...valid, password, confirmPassword: password });
      expect(result.success, `length ${length}`).toBe(ok);
      if (!ok) expect(Object.keys(fieldErrors(result))).toEqual(["password"]);
    }
  });

  it("keys a mismatch to confirmPassword and reports it next to a short password", () => {
    expect(fieldErrors(ZSetPassword.safeParse({ ...valid, confirmPassword: "something else" }))).toEqual({
      confirmPassword: ["The passwords do not match"],
    });
    const both = fieldErrors(ZSetPassword.safeParse({ ...valid, password: "short", confirmPassword: "other" }));
    expect(both).toEqual({ password: ["Use at least 12 characters"], confirmPassword: ["The passwords do not match"] });
  });

  it("asks for missing fields by name", () => {
    const errors = fieldErrors(ZSetPassword.safeParse({ token, kind: "INVITATION" }));
    expect(errors).toEqual({ password: ["Enter a password"], confirmPassword: ["Repeat the password"] });
  });

  it("refuses a kind outside the enum and a token that cannot have been issued", () => {
    expect(Object.keys(fieldErrors(ZSetPassword.safeParse({ ...valid, kind: "ADMIN" })))).toEqual(["kind"]);
    for (const bad of ["", "short", `${token}x`, `${token.slice(1)}=`, `${token.slice(1)}/`]) {
      expect(Object.keys(fieldErrors(ZSetPassword.safeParse({ ...valid, token: bad }))), bad).toEqual(["token"]);
    }
  });
});

describe("ZForgotPassword", () => {
  it("trims and lowercases the email", () => {
    expect(ZForgotPassword.parse({ email: "  Ana@Example.COM " })).toEqual({ email: "ana@example.com" });
  });

  it("gives a message on the email field for a missing or malformed address", () => {
    expect(fieldErrors(ZForgotPassword.safeParse({}))).toEqual({ email: ["Enter your email address"] });
    expect(fieldErrors(ZForgotPassword.safeParse({ email: "not-an-email" }))).toEqual({ email: ["Enter a valid email address"] });
    expect(fieldErrors(ZForgotPassword.safeParse({ email: `${"a".repeat(320)}@example.com` }))).toEqual({ email: ["At most 320 characters"] });
  });
});
