import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { requireViewer } from "@/lib/data/viewer";
import { ExamRunner } from "../_components/exam-runner";

export const metadata: Metadata = { title: "Exam" };

export default async function ExamAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  await requireViewer();
  const attempt = await getAttempt((await params).attemptId);
  if (!attempt || attempt.module) notFound();
  if (attempt.status === "submitted") redirect(`/exams/${attempt.id}/results`);
  return (
    <ExamRunner
      attemptId={attempt.id}
      title={attempt.title}
      deadline={attempt.deadlineAt?.toISOString() ?? null}
      serverNow={attempt.serverNow.toISOString()}
      onBreakUntil={attempt.onBreakUntil?.toISOString() ?? null}
      section={attempt.section}
      sectionBreaks={attempt.sectionBreaks}
      outline={attempt.outline}
      items={attempt.items.map(({ feedback: _hidden, ...item }) => item)}
    />
  );
}
