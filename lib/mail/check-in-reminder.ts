import type { MailContent } from "./messages";

// The daily reminder about overdue check-ins. Names and days overdue only: never answers,
// notes, scores or risks, since a mailbox is read in more places than the app.

export type OverdueReport = { name: string; daysOverdue: number };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"} overdue`;

export function checkInReminderMessage(input: { name: string; overdue: OverdueReport[]; link: string }): MailContent {
  const count = input.overdue.length;
  const intro = `Hello ${input.name}, ${count === 1 ? "a check-in with one of your reports is" : `check-ins with ${count} of your reports are`} overdue:`;
  const lines = input.overdue.map((report) => `${report.name}: ${days(report.daysOverdue)}`);
  const outro = "You get this reminder at most once a day while a check-in is overdue.";
  const text = [intro, lines.map((line) => `- ${line}`).join("\n"), `Open your check-ins: ${input.link}`, outro].join("\n\n") + "\n";
  const html = [
    "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">",
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    `<p><a href="${escapeHtml(input.link)}">Open your check-ins</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    "</body></html>",
  ].join("");
  return { subject: count === 1 ? "A check-in is overdue" : `${count} check-ins are overdue`, text, html };
}
