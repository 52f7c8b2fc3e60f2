"use client";

import { useRouter } from "next/navigation";
import { useActionState, useCallback, useEffect, useId, useRef, useState } from "react";
import { QuestionPanel } from "@/components/assessment/question-panel";
import { Button, buttonClass } from "@/components/ui/button";
import type { PresentedQuestion } from "@/lib/assessment/present";
import { timeAnnouncement } from "@/lib/assessment/time-announcement";
import type { Response } from "@/lib/assessment/types";
import { advanceSectionAction, flagAction, resumeFromBreakAction, saveAnswerAction, submitAttemptAction } from "@/app/(learner)/assessment-actions";
import { Countdown, useRemaining } from "./countdown";
import { noticeClass } from "@/components/ui/notice";

type Item = { position: number; section: number; domain: string; question: PresentedQuestion; response: Response | null; flagged: boolean; answered: boolean };
type OutlineItem = { position: number; section: number; answered: boolean; flagged: boolean };

type Props = {
  attemptId: string;
  title: string;
  deadline: string | null;
  serverNow: string;
  onBreakUntil: string | null;
  section: number;
  sectionBreaks: number[];
  /** Every question's place and state, for the navigator. */
  outline: OutlineItem[];
  /** Only the open section's questions: the server sends no others. */
  items: Item[];
};

type SaveState = "idle" | "saving" | "saved" | "error";

export function ExamRunner(props: Props) {
  const { attemptId, items, outline, sectionBreaks, section } = props;
  const router = useRouter();
  const [skew] = useState(() => new Date(props.serverNow).getTime() - Date.now());
  const [responses, setResponses] = useState<Record<number, Response | null>>(() => Object.fromEntries(items.map((i) => [i.position, i.response])));
  const [flags, setFlags] = useState<Record<number, boolean>>(() => Object.fromEntries(outline.map((i) => [i.position, i.flagged])));
  const firstOpen = items.find((i) => !i.answered) ?? items[0];
  const [current, setCurrent] = useState(firstOpen?.position ?? 0);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [endingSection, setEndingSection] = useState(false);
  // Below lg the navigator is a sheet opened from the sticky bar; from lg it is a sidebar.
  const [sheetOpen, setSheetOpen] = useState(false);
  const navigatorId = useId();
  const sheetButton = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    if (sheetOpen) sheet.current?.focus();
  }, [sheetOpen]);
  const closeSheet = () => {
    setSheetOpen(false);
    sheetButton.current?.focus();
  };
  // When the current question appeared, for time-per-question; set after mount.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const [submitState, submitAction, submitting] = useActionState(submitAttemptAction, { status: "idle" });
  const submitForm = useRef<HTMLFormElement>(null);
  const resultsHref = submitState.data?.resultsHref;
  useEffect(() => {
    if (resultsHref) router.push(resultsHref);
  }, [resultsHref, router]);

  const item = items.find((i) => i.position === current);
  const sectionEnd = sectionBreaks[section] ?? outline.length;
  const lastSection = section >= sectionBreaks.length;
  const locked = (i: OutlineItem) => i.section !== section;
  const isAnswered = (i: OutlineItem) => (locked(i) ? i.answered : responses[i.position] != null);
  const unanswered = outline.filter((i) => !isAnswered(i)).length;

  const expire = useCallback(() => {
    setMessage("Time is up. Your answers are being submitted.");
    submitForm.current?.requestSubmit();
  }, []);
  const remaining = useRemaining(props.deadline, skew, expire);
  const breakLeft = useRemaining(props.onBreakUntil, skew);

  const save = useCallback(
    (position: number, response: Response) => {
      clearTimeout(timers.current[position]);
      setSaveState("saving");
      timers.current[position] = setTimeout(async () => {
        const spent = Date.now() - shownAt.current;
        shownAt.current = Date.now();
        const result = await saveAnswerAction({ attemptId, position, response, timeSpentMs: spent });
        if (result.status === "success") {
          setSaveState("saved");
          setMessage(null);
        } else {
          const error = result.message ?? "Could not save the answer.";
          setSaveState("error");
          setMessage(error);
          if (/^Time is up|finished/.test(error)) router.push(`/exams/${attemptId}/results`);
        }
      }, 400);
    },
    [attemptId, router],
  );

  const go = (position: number) => {
    shownAt.current = Date.now();
    setCurrent(position);
  };

  useEffect(() => () => Object.values(timers.current).forEach(clearTimeout), []);

  const toggleFlag = async () => {
    const flagged = !flags[current];
    setFlags((f) => ({ ...f, [current]: flagged }));
    const result = await flagAction({ attemptId, position: current, flagged });
    if (result.status === "error") setMessage(result.message ?? "Could not flag the question.");
  };

  const endSection = async (takeBreak: boolean) => {
    const result = await advanceSectionAction({ attemptId, takeBreak });
    setEndingSection(false);
    if (result.status === "error") setMessage(result.message ?? "Could not move on.");
    router.refresh();
  };

  const index = items.findIndex((i) => i.position === current);

  if (props.onBreakUntil || !item) {
    return (
      <div className="mx-auto max-w-xl px-4 py-20 text-center">
        <h1 className="text-2xl font-bold">Break</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {breakLeft
            ? "The exam clock is paused for up to the break allowance. The previous section is locked; the next one opens when you resume."
            : "Your break allowance is used up and the exam clock is running again. Resume to see the next section."}
        </p>
        {breakLeft !== null && breakLeft > 0 && (
          <div className="mt-6 flex justify-center">
            <Countdown remaining={breakLeft} label="Break time left" />
          </div>
        )}
        <Button
          className="mt-6"
          onClick={async () => {
            await resumeFromBreakAction({ attemptId });
            router.refresh();
          }}
        >
          Resume the exam
        </Button>
      </div>
    );
  }

  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[1fr_18rem]">
      <div className="sticky top-0 z-30 -mx-4 -mt-6 flex items-center gap-3 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden dark:border-slate-800 dark:bg-slate-950/95">
        <p className="text-sm font-semibold tabular-nums">
          Q {current}/{outline.length}
        </p>
        {remaining !== null && <Countdown remaining={remaining} label="Time left" />}
        <button
          ref={sheetButton}
          type="button"
          className={buttonClass("secondary", "ml-auto min-h-11")}
          aria-expanded={sheetOpen}
          aria-controls={navigatorId}
          onClick={() => setSheetOpen((open) => !open)}
        >
          Questions · {unanswered} left
        </button>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="time-announcement">
        {timeAnnouncement(remaining)}
      </p>
      <div className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
          <div>
            <h1 className="text-lg font-bold">{props.title}</h1>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Question {current} of {outline.length}
              {sectionBreaks.length > 0 && ` · section ${section + 1} of ${sectionBreaks.length + 1}`}
            </p>
          </div>
          {remaining !== null && (
            <div className="hidden lg:block">
              <Countdown remaining={remaining} label="Time left" />
            </div>
          )}
        </div>

        <QuestionPanel
          id={`q${current}`}
          label={`Question ${current}`}
          className="mt-6"
          question={item.question}
          value={responses[current] ?? null}
          onChange={(response) => {
            setResponses((r) => ({ ...r, [current]: response }));
            save(current, response);
          }}
        />

        <div className="mt-6 flex flex-wrap items-center gap-2">
          <Button variant="secondary" className="min-h-11 min-w-11" disabled={index <= 0} onClick={() => go(items[index - 1]!.position)}>
            ← Previous
          </Button>
          <Button variant="secondary" className="min-h-11 min-w-11" disabled={index < 0 || index >= items.length - 1} onClick={() => go(items[index + 1]!.position)}>
            Next →
          </Button>
          <Button variant="ghost" className="min-h-11" aria-pressed={Boolean(flags[current])} onClick={toggleFlag}>
            {flags[current] ? "⚑ Flagged for review" : "⚐ Flag for review"}
          </Button>
          <span className="ml-auto text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="save-state">
            {saveState === "saving" ? "Saving…" : saveState === "saved" ? "All answers saved" : null}
          </span>
        </div>
        {message && (
          <p className={noticeClass("error", "mt-3")} data-testid="exam-message" aria-live="assertive">
            {message}
          </p>
        )}
      </div>

      {sheetOpen && <button type="button" aria-label="Close the question navigator" tabIndex={-1} className="fixed inset-0 z-40 bg-slate-950/50 lg:hidden" onClick={closeSheet} />}
      <aside
        ref={sheet}
        id={navigatorId}
        aria-label="Question navigator"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === "Escape" && sheetOpen) closeSheet();
        }}
        className={`space-y-4 outline-none ${
          sheetOpen
            ? "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-50 max-lg:max-h-[85dvh] max-lg:overflow-y-auto max-lg:rounded-t-2xl max-lg:bg-white max-lg:p-4 max-lg:shadow-2xl max-lg:dark:bg-slate-950"
            : "max-lg:hidden"
        }`}
      >
        <div className="flex items-center justify-between lg:hidden">
          <p className="font-semibold">Questions</p>
          <Button variant="ghost" className="min-h-11" onClick={closeSheet}>
            Close
          </Button>
        </div>
        <div className="flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400">
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded bg-brand-600 dark:bg-emerald-400" aria-hidden="true" /> answered
          </span>
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded border border-slate-400" aria-hidden="true" /> unanswered
          </span>
          <span>⚑ flagged</span>
        </div>
        <ol className="grid grid-cols-6 gap-1.5">
          {outline.map((i) => {
            const answered = isAnswered(i);
            const state = `${answered ? "answered" : "unanswered"}${flags[i.position] ? ", flagged" : ""}${locked(i) ? ", locked" : ""}`;
            return (
              <li key={i.position}>
                <button
                  type="button"
                  onClick={() => {
                    go(i.position);
                    setSheetOpen(false);
                  }}
                  disabled={locked(i)}
                  aria-current={i.position === current ? "step" : undefined}
                  aria-label={`Question ${i.position}, ${state}`}
                  className={`relative h-11 w-full rounded lg:h-9 text-sm tabular-nums disabled:opacity-40 ${
                    answered ? "bg-brand-600 text-white dark:bg-emerald-400 dark:text-slate-950" : "border border-slate-400 dark:border-slate-600"
                  } ${i.position === current ? "ring-2 ring-amber-500 ring-offset-1" : ""}`}
                >
                  {i.position}
                  {flags[i.position] && <span className="absolute -top-1.5 -right-1 text-xs text-amber-600" aria-hidden="true">⚑</span>}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {outline.length - unanswered} answered · {unanswered} unanswered · {Object.values(flags).filter(Boolean).length} flagged
        </p>

        {!lastSection && (
          <div className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
            <p>Section {section + 1} ends after question {sectionEnd}. Moving on locks it.</p>
            {endingSection ? (
              <div className="mt-2 flex flex-wrap gap-2">
                <Button onClick={() => endSection(true)}>Take the break</Button>
                <Button variant="secondary" onClick={() => endSection(false)}>
                  Continue without a break
                </Button>
              </div>
            ) : (
              <Button variant="secondary" className="mt-2" onClick={() => setEndingSection(true)}>
                End section {section + 1}
              </Button>
            )}
          </div>
        )}

        <form ref={submitForm} action={submitAction}>
          <input type="hidden" name="attemptId" value={attemptId} />
          {confirming ? (
            <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950" role="alertdialog" aria-labelledby="confirm-submit">
              <p id="confirm-submit" className="font-medium">
                {unanswered === 0 ? "Submit your exam?" : `Submit with ${unanswered} unanswered ${unanswered === 1 ? "question" : "questions"}?`} You
                can&apos;t change answers afterwards.
              </p>
              <div className="mt-2 flex gap-2">
                <Button type="submit" disabled={submitting}>
                  {submitting ? "Submitting…" : "Yes, submit"}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  Keep working
                </Button>
              </div>
            </div>
          ) : (
            <Button className="w-full" onClick={() => setConfirming(true)}>
              Submit exam
            </Button>
          )}
          {submitState.status === "error" && <p className="mt-2 text-sm text-red-700">{submitState.message}</p>}
        </form>
      </aside>
    </div>
  );
}
