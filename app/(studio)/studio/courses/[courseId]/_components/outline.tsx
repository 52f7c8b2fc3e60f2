"use client";

import Link from "next/link";
import { useEffect, useOptimistic, useRef, useState, useTransition, type DragEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { moveItem } from "@/lib/studio/lesson-draft";
import type { StudioModule } from "@/lib/studio/outline";
import { moveAction } from "../../../actions";
import { AddLessonForm, ModuleForm } from "./course-forms";
import { DeleteOutlineItem } from "./delete-outline-item";

const deleteButton =
  "rounded border border-red-300 px-2 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950";

type Dragged = { kind: "module" | "lesson"; id: string; parent: string };

const moveButton =
  "rounded border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * The course outline. Modules and lessons move by drag and drop, or with
 * their move-up and move-down buttons (the keyboard way). The new order shows
 * at once and is saved in the background; a refused move snaps back and says why.
 */
export function Outline({ courseId, modules }: { courseId: string; modules: StudioModule[] }) {
  const [shown, reorder] = useOptimistic(modules, (current, move: { kind: Dragged["kind"]; id: string; to: number }) =>
    move.kind === "module"
      ? moveItem(current, current.findIndex((m) => m.id === move.id), move.to)
      : current.map((m) => {
          const from = m.lessons.findIndex((l) => l.id === move.id);
          return from === -1 ? m : { ...m, lessons: moveItem(m.lessons, from, move.to) };
        }),
  );
  const [, startTransition] = useTransition();
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // A deleted row takes its dialog and the focus in it away: once the row is gone from the
  // outline, the focus goes to the list, and the outcome is announced from here, which outlives it.
  const list = useRef<HTMLOListElement>(null);
  const focusWhenGone = useRef<string | null>(null);
  useEffect(() => {
    const id = focusWhenGone.current;
    if (id && !shown.some((m) => m.id === id || m.lessons.some((l) => l.id === id))) {
      focusWhenGone.current = null;
      list.current?.focus();
    }
  }, [shown, announcement]);
  const onDeleted = (id: string, message: string) => {
    focusWhenGone.current = id;
    setAnnouncement(message);
  };

  const move = (kind: Dragged["kind"], id: string, to: number, label: string) => {
    startTransition(async () => {
      reorder({ kind, id, to });
      const result = await moveAction({ kind, id, to });
      setAnnouncement(result.status === "error" ? (result.message ?? "That move was refused.") : `${label} moved to position ${to + 1}.`);
    });
  };
  const dropOn = (target: Dragged, index: number, label: string) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged && dragged.kind === target.kind && dragged.parent === target.parent && dragged.id !== target.id) move(dragged.kind, dragged.id, index, label);
    setDragged(null);
  };
  const dragProps = (item: Dragged, index: number, label: string) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.stopPropagation();
      event.dataTransfer.effectAllowed = "move";
      setDragged(item);
    },
    onDragOver: (event: DragEvent) => {
      if (dragged?.kind === item.kind && dragged.parent === item.parent) event.preventDefault();
    },
    onDrop: dropOn(item, index, label),
  });

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {shown.length === 0 && <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">No modules yet: add the first one below.</p>}
      <ol ref={list} tabIndex={-1} className="mt-4 space-y-4 empty:hidden" aria-label="Modules">
        {shown.map((mod, index) => (
          <li key={mod.id} {...dragProps({ kind: "module", id: mod.id, parent: courseId }, index, mod.title)} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-950" data-testid="studio-module">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="flex items-center gap-2 font-semibold">
                <span aria-hidden="true" className="cursor-grab text-slate-400" title="Drag to reorder">
                  ⠿
                </span>
                {index + 1}. {mod.title}
                {!mod.published && <Badge>New</Badge>}
                <Badge tone={mod.quizQuestions ? "brand" : "neutral"}>{mod.quizQuestions ? `Quiz: ${mod.quizQuestions} ${mod.quizQuestions === 1 ? "question" : "questions"}` : "No quiz yet"}</Badge>
              </h3>
              <div className="flex gap-1">
                <button type="button" className={moveButton} disabled={index === 0} onClick={() => move("module", mod.id, index - 1, mod.title)} aria-label={`Move module ${mod.title} up`}>
                  ↑ Up
                </button>
                <button type="button" className={moveButton} disabled={index === shown.length - 1} onClick={() => move("module", mod.id, index + 1, mod.title)} aria-label={`Move module ${mod.title} down`}>
                  ↓ Down
                </button>
                <DeleteOutlineItem kind="module" id={mod.id} title={mod.title} published={mod.published} className={deleteButton} onDeleted={onDeleted} />
              </div>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-slate-700 dark:text-slate-300">Edit title and summary</summary>
              <div className="mt-2">
                <ModuleForm moduleId={mod.id} title={mod.title} summary={mod.summary} />
              </div>
            </details>
            <ol className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-100 dark:divide-slate-800 dark:border-slate-800" aria-label={`Lessons of ${mod.title}`}>
              {mod.lessons.map((lesson, at) => (
                <li key={lesson.id} {...dragProps({ kind: "lesson", id: lesson.id, parent: mod.id }, at, lesson.title)} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm" data-testid="studio-lesson">
                  <span className="flex flex-wrap items-center gap-2">
                    <span aria-hidden="true" className="cursor-grab text-slate-400">
                      ⠿
                    </span>
                    <Link href={`/studio/lessons/${lesson.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
                      {lesson.title}
                    </Link>
                    <span className={`tabular-nums ${lesson.words < 400 ? "text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>{lesson.words} words</span>
                    {!lesson.published ? <Badge>New</Badge> : lesson.hasDraft && <Badge>Draft changes</Badge>}
                  </span>
                  <span className="flex gap-1">
                    <button type="button" className={moveButton} disabled={at === 0} onClick={() => move("lesson", lesson.id, at - 1, lesson.title)} aria-label={`Move lesson ${lesson.title} up`}>
                      ↑
                    </button>
                    <button type="button" className={moveButton} disabled={at === mod.lessons.length - 1} onClick={() => move("lesson", lesson.id, at + 1, lesson.title)} aria-label={`Move lesson ${lesson.title} down`}>
                      ↓
                    </button>
                    <DeleteOutlineItem kind="lesson" id={lesson.id} title={lesson.title} published={lesson.published} className={deleteButton} onDeleted={onDeleted} />
                  </span>
                </li>
              ))}
              {mod.lessons.length === 0 && <li className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">No lessons yet.</li>}
            </ol>
            <div className="mt-3">
              <AddLessonForm moduleId={mod.id} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
