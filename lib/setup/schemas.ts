import { z } from "zod";
import { ZPassword } from "@/lib/users/schemas";

// First-run setup: the organisation and its first admin, in one form.

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZOrgBasics = z.object({
  orgName: z.string().trim().min(1, "Enter the organisation's name").max(200, "At most 200 characters"),
  timeZone: z.string().trim().refine(isTimeZone, "Choose a time zone from the list"),
  fiscalYearStartMonth: z.coerce.number({ error: "Choose a month" }).int().min(1, "Choose a month").max(12, "Choose a month"),
});

export const ZSetup = ZOrgBasics.extend({
  token: z.string().trim().min(1, "Enter the setup token from the server log"),
  adminName: z.string().trim().min(1, "Enter your name").max(200, "At most 200 characters"),
  adminEmail: z.string().trim().toLowerCase().max(320, "At most 320 characters").pipe(z.email("Enter a valid email address")),
  password: ZPassword,
  confirmPassword: z.string({ error: "Repeat the password" }),
}).refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });
export type TSetup = z.infer<typeof ZSetup>;

/** Time zones for pickers: UTC first, then every IANA zone the runtime knows. */
export function timeZoneOptions(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}
