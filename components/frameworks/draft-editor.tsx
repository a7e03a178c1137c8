"use client";

import { useState, useTransition, type FormEvent } from "react";
import { publishDraftAction, saveDraftAction, type SaveResult } from "@/app/(app)/frameworks/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FrameworkDefinition, TrackDefinition } from "@/lib/frameworks/definition";
import type { ActionResult } from "@/lib/http/action";
import { ErrorList } from "./error-list";
import { TrackEditor } from "./track-editor";

type Props = { versionId: number; version: number; number: number; definition: FrameworkDefinition };

/**
 * The whole draft held in the browser and saved whole under the draft's lock: a save made from a
 * stale page is refused with the domain's CONFLICT message instead of overwriting someone's change.
 */
export function DraftEditor({ versionId, version, number, definition }: Props) {
  const [draft, setDraft] = useState(definition);
  const [lock, setLock] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [saving, startSaving] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};

  const change = (next: FrameworkDefinition) => {
    setDraft(next);
    setDirty(true);
  };
  const setTrack = (t: number, track: TrackDefinition) => change({ ...draft, tracks: draft.tracks.map((old, i) => (i === t ? track : old)) });

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set("versionId", String(versionId));
    form.set("version", String(lock));
    form.set("definition", JSON.stringify(draft));
    startSaving(async () => {
      const saved = await saveDraftAction(null, form);
      setResult(saved);
      if (saved.ok && saved.version) {
        setLock(saved.version);
        setDirty(false);
      }
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={save} noValidate className="space-y-6">
        <section aria-labelledby="about-heading" className="space-y-2 rounded-lg bg-white p-6 shadow-sm">
          <h2 id="about-heading" className="text-lg font-semibold">About this framework</h2>
          <label htmlFor="draft-description" className="block text-sm font-medium">Description</label>
          <textarea id="draft-description" rows={3} value={draft.description} onChange={(e) => change({ ...draft, description: e.target.value })}
            className="block w-full rounded border border-slate-300 px-3 py-2 text-sm" />
        </section>
        {draft.tracks.map((track, t) => (
          <TrackEditor key={track.key} track={track} index={t} errors={errors} onChange={(next) => setTrack(t, next)} />
        ))}
        <div className="sticky bottom-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <FormMessage result={result} />
          {Object.keys(errors).length > 0 && <ErrorList errors={errors} label="Problems in the draft" />}
          <button type="submit" disabled={saving} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {saving ? "Saving…" : "Save draft"}
          </button>
          {dirty && <span className="ml-3 text-sm text-slate-700">Unsaved changes</span>}
        </div>
      </form>
      <PublishForm versionId={versionId} lock={lock} number={number} dirty={dirty} />
    </div>
  );
}

function PublishForm({ versionId, lock, number, dirty }: { versionId: number; lock: number; number: number; dirty: boolean }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(publishDraftAction);
  const confirmThenSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (window.confirm(`Publish version ${number}? The version published now is archived; past assessments keep the version they were made against.`)) onSubmit(event);
    else event.preventDefault();
  };
  return (
    <section aria-labelledby="publish-heading" className="space-y-2 rounded-lg bg-white p-6 shadow-sm">
      <h2 id="publish-heading" className="text-lg font-semibold">Publish</h2>
      <p className="text-sm text-slate-700">
        New assessments and level assignments use the published version. The current one becomes archived and stays readable.
      </p>
      <form onSubmit={confirmThenSubmit} className="space-y-2">
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="version" value={lock} />
        <FormMessage result={result} />
        {dirty && <p className="text-sm text-amber-900">Save your changes before publishing.</p>}
        <button type="submit" disabled={pending || dirty} className="rounded border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50 disabled:opacity-60">
          {pending ? "Publishing…" : `Publish version ${number}`}
        </button>
      </form>
    </section>
  );
}
