"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { PresentedQuestion } from "@/lib/assessment/present";
import type { Response } from "@/lib/assessment/types";
import { QuestionInput } from "./question-input";

// The markdown renderer (react-markdown, remark-gfm, rehype-sanitize) is a third
// of the exam runner's JavaScript. The server renders the question text, so it
// shows at once; the renderer's chunk loads after the page and hydrates it.
const MarkdownText = dynamic(() => import("./markdown-text").then((m) => m.MarkdownText));

type Props = {
  /** Unique on the page: names the section and prefixes the inputs' ids. */
  id: string;
  label: string;
  question: PresentedQuestion;
  value: Response | null;
  onChange: (response: Response) => void;
  disabled?: boolean;
  className?: string;
  /** Shown under the answer controls: confidence, feedback, notices. */
  children?: ReactNode;
};

/** One question: its stem and its answer controls, as every runner shows it. */
export function QuestionPanel({ id, label, question, value, onChange, disabled, className = "", children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="sr-only">
        {label}
      </h2>
      <MarkdownText source={question.stem} />
      <div className="mt-5" data-testid="answer">
        <QuestionInput key={id} idPrefix={id} question={question} value={value} onChange={onChange} disabled={disabled} />
      </div>
      {children}
    </section>
  );
}
