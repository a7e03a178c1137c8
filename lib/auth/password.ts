import { hash, verify } from "@node-rs/argon2";

// Passwords are stored as argon2id hashes with OWASP's minimum parameters
// (19 MiB memory, 2 iterations, 1 lane); the parameters travel inside the hash string.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
