// A seeded pseudo-random generator (mulberry32): the same seed gives the same org every run.
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (probability) => next() < probability,
  };
}

/** A 1–5 score drifting around a baseline, as check-in answers do over time. */
export function score(random: Random, baseline: number): number {
  return Math.min(5, Math.max(1, Math.round(baseline + (random.next() - 0.5) * 2)));
}

export const FIRST_NAMES = [
  "Amara", "Ben", "Chen", "Dana", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Lars", "Maya", "Nikhil",
  "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno",
  "Carmen", "Dmitri", "Esther", "Felix", "Giulia", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Marco", "Noor",
];

export const LAST_NAMES = [
  "Adeyemi", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann", "Ibrahim", "Jansen", "Kowalski",
  "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka", "Umarov", "Varga",
  "Weber", "Xu", "Yilmaz", "Zimmermann", "Almeida", "Novak", "Silva", "Haddad",
];
