import { describe, expect, it } from "vitest";
import { ZImportCells, ZImportDate, ZImportOptions } from "./schemas";

describe("import cell schemas", () => {
  it("takes dates as YYYY-MM-DD only", () => {
    expect(ZImportDate.parse("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-13-01", "03/04/2024", "3.4.2024", "2024/03/04", "20240304", "2024-03-04T00:00:00"]) {
      expect(ZImportDate.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("normalises emails and regions, and turns empty optional cells into null", () => {
    expect(ZImportCells.email.parse("Ann.Lee@Acme.TEST")).toBe("ann.lee@acme.test");
    expect(ZImportCells.region.parse("nearshore")).toBe("NEARSHORE");
    expect(ZImportCells.title.parse("")).toBeNull();
    expect(ZImportCells.region.parse("")).toBeNull();
  });
});

describe("ZImportOptions", () => {
  it("checks the effective date and the column choices", () => {
    expect(ZImportOptions.parse({ effectiveDate: "2026-03-01", columns: { employeeId: " Personalnummer " } })).toEqual({
      effectiveDate: "2026-03-01",
      columns: { employeeId: "Personalnummer" },
    });
    expect(ZImportOptions.safeParse({ effectiveDate: "1/3/2026" }).success).toBe(false);
    expect(ZImportOptions.safeParse({ columns: { shoeSize: "Size" } }).success).toBe(false);
  });
});
