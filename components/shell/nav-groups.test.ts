import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/navigation";
import { groupNavigation, MAX_INLINE } from "./nav-groups";

const hrefs = (items: { href: string }[]) => items.map((item) => item.href);

describe("the header row and More", () => {
  it("keeps an admin's entries all in the row", () => {
    const { inline, more } = groupNavigation(navigationFor(["ADMIN"]));
    expect(hrefs(inline)).toEqual(["/people", "/teams", "/frameworks", "/admin/users", "/admin/settings", "/admin/audit"]);
    expect(more).toEqual([]);
  });

  it("folds the VPE's less visited entries under More", () => {
    const { inline, more } = groupNavigation(navigationFor(["VPE"], true));
    expect(hrefs(inline)).toEqual(["/", "/check-ins", "/risks", "/quality", "/skills", "/people", "/me"]);
    expect(more.map((section) => [section.label, hrefs(section.items)])).toEqual([[null, ["/departures", "/reports", "/teams", "/frameworks"]]]);
  });

  it("puts administration in its own section, and every entry exactly once, for a user holding every role", () => {
    const items = navigationFor(["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"], true);
    const { inline, more } = groupNavigation(items);
    expect(inline.length + 1).toBeLessThanOrEqual(MAX_INLINE);
    expect(more.map((section) => section.label)).toEqual([null, "Administration"]);
    expect(hrefs([...inline, ...more.flatMap((section) => section.items)]).sort()).toEqual(hrefs(items).sort());
  });
});
