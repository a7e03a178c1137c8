import { describe, expect, it } from "vitest";
import { currentHref, filterNavigation, type NavItem } from "./navigation";

const items: NavItem[] = [
  { href: "/", label: "Overview", roles: "any" },
  { href: "/dashboard", label: "Dashboard", roles: ["VPE", "DIRECTOR", "HR_PARTNER"] },
  { href: "/admin", label: "Admin", roles: ["ADMIN"] },
];

describe("navigation by role", () => {
  it("shows only entries open to everyone to a user with no role", () => {
    expect(filterNavigation(items, []).map((item) => item.href)).toEqual(["/"]);
  });

  it("shows an entry to any of its roles and to nobody else", () => {
    expect(filterNavigation(items, ["DIRECTOR"]).map((item) => item.href)).toEqual(["/", "/dashboard"]);
    expect(filterNavigation(items, ["MANAGER"]).map((item) => item.href)).toEqual(["/"]);
  });

  it("unions the entries of several roles", () => {
    expect(filterNavigation(items, ["ADMIN", "VPE"]).map((item) => item.href)).toEqual(["/", "/dashboard", "/admin"]);
  });
});

describe("the current entry", () => {
  const nav: NavItem[] = [
    { href: "/", label: "Overview", roles: "any" },
    { href: "/check-ins", label: "Check-ins", roles: "any" },
    { href: "/check-ins/templates", label: "Templates", roles: "any" },
  ];
  it("is the longest entry the path is under, and only one", () => {
    expect(currentHref(nav, "/check-ins/templates/3")).toBe("/check-ins/templates");
    expect(currentHref(nav, "/check-ins/12")).toBe("/check-ins");
    expect(currentHref(nav, "/")).toBe("/");
    expect(currentHref(nav, "/check-insights")).toBeNull();
  });
});
