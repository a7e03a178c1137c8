// Text search conditions for Prisma. Prisma passes `contains` and `startsWith` to LIKE as they are,
// so a "%" or "_" typed into a search box would match anything; these take the text literally.

const literal = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Case-insensitive "contains this text", literally. */
export const containsText = (text: string) => ({ contains: literal(text), mode: "insensitive" as const });

/** Case-sensitive "starts with this text", literally (for stored lower-case values such as emails). */
export const startsWithText = (text: string) => ({ startsWith: literal(text) });
