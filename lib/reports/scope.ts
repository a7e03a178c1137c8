// What a report covers, in words, for its snapshot and the list of reports alike.

/** "Whole organisation", or "dana's organisation" for the subtree below dana. */
export const scopeLabel = (root: { name: string } | null) => (root ? `${root.name}'s organisation` : "Whole organisation");
