import type { MetricKey, Pillar, QuestionKind } from "@/lib/generated/prisma/enums";

// The default check-in template. It holds the seven metric questions every template version
// must contain (one per metric key: the figures stored as columns on submit) plus questions
// that only inform the conversation. Wins, blockers, the growth question and private notes
// are fields of every check-in, not template questions.

export type QuestionDefinition = {
  key: string;
  prompt: string;
  help?: string;
  kind: QuestionKind;
  pillar: Pillar;
  metricKey?: MetricKey;
  options?: string[];
  required: boolean;
};

export const METRIC_QUESTION_KEYS: Record<MetricKey, string> = {
  PILLAR_QUALITY: "quality-score",
  PILLAR_ENGAGEMENT: "engagement-score",
  PILLAR_GROWTH: "growth-score",
  PILLAR_SKILLS: "skills-score",
  PSYCHOLOGICAL_SAFETY: "psychological-safety",
  AUTONOMY: "autonomy",
  TRUST: "trust",
};

export const DEFAULT_TEMPLATE = {
  name: "Manager check-in",
  description: "Fortnightly conversation between a manager and their report, scored by pillar.",
  questions: [
    { key: "quality-score", kind: "SCALE", pillar: "QUALITY", metricKey: "PILLAR_QUALITY", required: true,
      prompt: "How well is the team delivering reliable, well-automated work right now?",
      help: "1 = firefighting most of the time, 5 = stable, automated and improving" },
    { key: "engagement-score", kind: "SCALE", pillar: "ENGAGEMENT", metricKey: "PILLAR_ENGAGEMENT", required: true,
      prompt: "How engaged is the team in its work these weeks?" },
    { key: "growth-score", kind: "SCALE", pillar: "GROWTH", metricKey: "PILLAR_GROWTH", required: true,
      prompt: "How much is this person growing in their role?" },
    { key: "skills-score", kind: "SCALE", pillar: "SKILLS", metricKey: "PILLAR_SKILLS", required: true,
      prompt: "How much room has the team had to learn and try new things?" },
    { key: "psychological-safety", kind: "SCALE", pillar: "ENGAGEMENT", metricKey: "PSYCHOLOGICAL_SAFETY", required: true,
      prompt: "Can people on the team raise a mistake or a concern without fear of how it lands?" },
    { key: "autonomy", kind: "SCALE", pillar: "ENGAGEMENT", metricKey: "AUTONOMY", required: true,
      prompt: "How free is the team to decide how it does its work?" },
    { key: "trust", kind: "SCALE", pillar: "ENGAGEMENT", metricKey: "TRUST", required: true,
      prompt: "How much do the team and its leadership trust each other at the moment?" },
    { key: "on-call-sustainable", kind: "YES_NO", pillar: "QUALITY", required: false,
      prompt: "Is the team's on-call load sustainable?" },
    { key: "experiment", kind: "TEXT", pillar: "SKILLS", required: false,
      prompt: "What did the team learn or try since the last check-in?" },
  ] satisfies QuestionDefinition[],
};
