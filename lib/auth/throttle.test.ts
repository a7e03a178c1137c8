import { describe, expect, it } from "vitest";
import { lockSeconds, throttleKeys } from "./throttle";

describe("sign-in throttle", () => {
  it("allows the free failures, then doubles the lock up to 15 minutes", () => {
    expect([5, 6, 7, 8].map((failures) => lockSeconds(failures, 5))).toEqual([0, 30, 60, 120]);
    expect(lockSeconds(30, 5)).toBe(900);
  });

  it("keys by account and, when known, by client address", () => {
    expect(throttleKeys("a@x.io", "10.1.2.3")).toEqual(["account:a@x.io", "ip:10.1.2.3"]);
    expect(throttleKeys("a@x.io", null)).toEqual(["account:a@x.io"]);
  });
});
