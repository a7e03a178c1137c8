// A people CSV in Pillars' own columns: a VPE, two directors, managers under them and engineers.
export function peopleCsv(count: number, options: { badLine?: number } = {}): string {
  const rows = ["employee_id,email,name,title,manager,team,location,region,origin_company,start_date"];
  for (let n = 1; n <= count; n++) {
    const id = `P${String(n).padStart(4, "0")}`;
    const [title, manager, team] =
      n === 1 ? ["VP of Engineering", "", ""]
      : n <= 3 ? ["Director of Engineering", "P0001", ""]
      : n <= 13 ? ["Engineering Manager", n % 2 === 0 ? "P0002" : "P0003", `Team ${n}`]
      : ["Software Engineer", `P${String(4 + (n % 10)).padStart(4, "0")}`, `Team ${4 + (n % 10)}`];
    // The file's line is n + 1 (the header is line 1).
    const start = options.badLine === n + 1 ? "2024-02-30" : "2024-01-15";
    rows.push(`${id},person${n}@acme.test,Person ${n},${title},${manager},${team},Berlin,ONSHORE,,${start}`);
  }
  return `${rows.join("\n")}\n`;
}
