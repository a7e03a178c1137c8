// The mails Pillars sends: plain text first, with a simple HTML twin. No images, no tracking
// pixels, no redirecting links: the only link is the one the reader needs.

export type MailContent = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An absolute time that reads the same in every mail client, whatever its time zone. */
function formatExpiry(expiresAt: Date): string {
  return `${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function html(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`);
  const button = `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`;
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${[body[0], button, ...body.slice(1)].join("")}</body></html>`;
}

export function invitationMessage(input: { name: string; invitedByName: string; link: string; expiresAt: Date }): MailContent {
  const intro = `Hello ${input.name}, ${input.invitedByName} invited you to Pillars. Choose a password to sign in:`;
  const expiry = `This link works once and expires on ${formatExpiry(input.expiresAt)} (in 7 days). If it has expired, ask ${input.invitedByName} for a new one.`;
  const ignore = "If you did not expect this invitation, you can ignore this email.";
  return {
    subject: "You're invited to Pillars",
    text: [intro, input.link, expiry, ignore].join("\n\n") + "\n",
    html: html([intro, expiry, ignore], { href: input.link, label: "Set your password" }),
  };
}

export function passwordResetMessage(input: { name: string; link: string; expiresAt: Date }): MailContent {
  const intro = `Hello ${input.name}, someone asked to reset your Pillars password. To choose a new one, open this link:`;
  const expiry = `This link works once and expires on ${formatExpiry(input.expiresAt)} (in 1 hour).`;
  const ignore = "If you did not ask for this, ignore this email: your password stays as it is.";
  return {
    subject: "Reset your Pillars password",
    text: [intro, input.link, expiry, ignore].join("\n\n") + "\n",
    html: html([intro, expiry, ignore], { href: input.link, label: "Choose a new password" }),
  };
}
