import { z } from "zod";

// One schema per account form (set a password from a link, ask for a reset link), shared by the
// client form and the server action. Kept free of server imports: client components load it.

export const USER_TOKEN_KINDS = ["INVITATION", "PASSWORD_RESET"] as const;
export type TUserTokenKind = (typeof USER_TOKEN_KINDS)[number];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** A new password: long enough to resist guessing, short enough to keep argon2 cheap. */
export const ZPassword = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

/** A link token as issued: 32 random bytes in base64url. Anything else cannot match a stored hash. */
const INVALID_LINK = "This link is invalid or has expired.";
export const ZUserTokenValue = z.string({ error: INVALID_LINK }).regex(/^[A-Za-z0-9_-]{43}$/, INVALID_LINK);

export const ZSetPassword = z
  .object({
    token: ZUserTokenValue,
    kind: z.enum(USER_TOKEN_KINDS, { error: INVALID_LINK }),
    password: ZPassword,
    confirmPassword: z.string({ error: "Repeat the password" }),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZForgotPassword = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .max(320, "At most 320 characters")
    .pipe(z.email("Enter a valid email address")),
});
export type TForgotPassword = z.infer<typeof ZForgotPassword>;
