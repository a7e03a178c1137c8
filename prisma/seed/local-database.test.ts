import { describe, expect, it } from "vitest";
import { assertLocalDatabase, isLocalDatabase } from "./local-database";

describe("local database guard", () => {
  it("accepts loopback hosts and sockets", () => {
    expect(isLocalDatabase("postgresql://postgres@127.0.0.1:5432/test")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@localhost/test")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@[::1]:5432/test")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@/test?host=/var/run/postgresql")).toBe(true);
  });

  it("refuses remote hosts, including one hidden in a host parameter", () => {
    expect(isLocalDatabase("postgresql://postgres@db.prod.example.com/app")).toBe(false);
    expect(isLocalDatabase("postgresql://postgres@127.0.0.1/postgres?host=db.prod.example.com")).toBe(false);
    expect(() => assertLocalDatabase("postgresql://u@10.0.0.5/app")).toThrow(/non-local database host "10.0.0.5"/);
  });
});
