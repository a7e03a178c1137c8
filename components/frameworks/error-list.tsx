import type { FieldErrors } from "@/lib/errors";

/** Every problem with the path it sits at (`tracks[0].competencies[2].expectations.M7`). */
export function ErrorList({ errors, label }: { errors: FieldErrors; label: string }) {
  const entries = Object.entries(errors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  return (
    <div className="sm:col-span-full">
      <h3 className="text-sm font-semibold text-red-800">{label}</h3>
      <ul aria-label={label} className="mt-1 max-h-80 list-disc overflow-auto pl-5 text-sm text-red-800">
        {entries.map(({ path, message }, index) => (
          <li key={`${path}-${index}`}>
            {path !== "form" && <code className="font-mono text-xs">{path}</code>}{path !== "form" && ": "}{message}
          </li>
        ))}
      </ul>
    </div>
  );
}
