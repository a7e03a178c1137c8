// Every react-query key in one place, so a mutation invalidates exactly what it changed.

export const queryKeys = {
  checkIns: {
    all: ["check-ins"] as const,
    due: () => ["check-ins", "due"] as const,
    coverage: () => ["check-ins", "coverage"] as const,
    history: (personId: number) => ["check-ins", "history", personId] as const,
    actionItems: (checkInId: number) => ["check-ins", checkInId, "action-items"] as const,
  },
  risks: {
    all: ["risks"] as const,
    register: (search: string) => ["risks", "register", search] as const,
    queue: () => ["risks", "queue"] as const,
  },
  departures: {
    all: ["departures"] as const,
    list: (search: string) => ["departures", "list", search] as const,
    attrition: (under: number | null) => ["departures", "attrition", under] as const,
    candidates: (q: string) => ["departures", "candidates", q] as const,
  },
  skills: {
    all: ["skills"] as const,
    list: (search: string) => ["skills", "list", search] as const,
    summary: () => ["skills", "summary"] as const,
    people: (q: string) => ["skills", "people", q] as const,
  },
  quality: {
    all: ["quality"] as const,
    teams: () => ["quality", "teams"] as const,
  },
  reports: {
    all: ["reports"] as const,
    list: () => ["reports", "list"] as const,
    one: (id: number) => ["reports", id] as const,
  },
  actionItems: {
    mine: () => ["action-items", "mine"] as const,
    open: (personId: number) => ["action-items", "open", personId] as const,
  },
} as const;

/** The dashboard's widgets, by the filters' query string. */
export const dashboardKeys = {
  managers: (q: string) => ["dashboard", "managers", q] as const,
  pillars: (search: string) => ["dashboard", "pillars", search] as const,
  risks: (search: string) => ["dashboard", "risks", search] as const,
  heatmap: (search: string, all: boolean) => ["dashboard", "heatmap", search, all] as const,
  scorecards: (search: string, parent: number | null) => ["dashboard", "scorecards", search, parent] as const,
  levels: (search: string) => ["dashboard", "levels", search] as const,
  coverage: (search: string) => ["dashboard", "coverage", search] as const,
  attrition: (search: string) => ["dashboard", "attrition", search] as const,
};
