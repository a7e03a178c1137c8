import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** What every eraser receives: the open erasure transaction and whom it erases. */
export type ErasureContext = {
  tx: Tx;
  personId: number;
  /** The erasure's instant, for "used at" style timestamps. */
  now: Date;
};

/**
 * Records whose audit events (before/after) may hold the person's free text. The audit
 * rewrite erases every prose string in those payloads, or only `fields` when given (for
 * identifying values that are not prose, like an employee id).
 */
export type AuditedRecords = {
  entityType: string;
  ids: ReadonlyArray<number | string>;
  fields?: readonly string[];
};

/**
 * One feature's part of an erasure: clears the free text it stores about the person (keeping
 * figures) and names the records whose audit events carry that text.
 */
export type Eraser = {
  /** The feature or table, for logs and tests. */
  name: string;
  erase: (context: ErasureContext) => Promise<AuditedRecords[]>;
};
