import { z } from "zod";

const name = z.string().trim().min(1, "Enter a team name").max(120, "At most 120 characters");
/** The owner by work email or employee id; empty for none. */
const owner = z.string().trim().max(320).optional().transform((value) => value || null);
const originCompany = z.string().trim().max(200, "At most 200 characters").optional().transform((value) => value || null);

export const ZCreateTeam = z.object({ name, owner, originCompany });
export type TCreateTeam = z.infer<typeof ZCreateTeam>;

export const ZUpdateTeam = ZCreateTeam.extend({
  teamId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});
export type TUpdateTeam = z.infer<typeof ZUpdateTeam>;
