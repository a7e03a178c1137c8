// Sign-ins of the demo organisation, one per role (embedded demo only; all share the password).
export const DEMO_PASSWORD = "pillars-demo";

export const DEMO_SIGN_INS = {
  VPE: "vpe@pillars.demo",
  DIRECTOR: "director@pillars.demo",
  MANAGER: "manager@pillars.demo",
  HR_PARTNER: "hr@pillars.demo",
  ADMIN: "admin@pillars.demo",
} as const;
