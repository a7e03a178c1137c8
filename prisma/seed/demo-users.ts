// Sign-ins of the demo organisation (embedded demo only; every demo user shares the password).
export const DEMO_PASSWORD = "pillars-demo";

export const DEMO_SIGN_IN = { email: "vpe@pillars.demo", password: DEMO_PASSWORD } as const;
