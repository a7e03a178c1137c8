import type { CompetencyDomain, Pillar, TrackKind } from "@/lib/generated/prisma/enums";

// The portable shape of a career framework: what ships as the default, what the demo loads,
// and what JSON import/export reads and writes.

export type CompetencyDefinition = {
  key: string;
  name: string;
  description: string;
  pillar: Pillar;
  domain: CompetencyDomain;
  /** Expectation text keyed by level code; one entry for every level of the track. */
  expectations: Record<string, string>;
};

export type TrackDefinition = {
  key: string;
  name: string;
  kind: TrackKind;
  /** Ordered from the first level up. */
  levels: Array<{ code: string; name: string; summary: string }>;
  competencies: CompetencyDefinition[];
};

export type FrameworkDefinition = {
  name: string;
  description: string;
  tracks: TrackDefinition[];
};
