import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getReviewCounts } from "@/lib/data/review/get-review-counts";
import { listMyStudyItems, type StudyItem } from "@/lib/data/notes/list-my-study-items";
import { listMyOrganisation } from "@/lib/data/organisations/list-my-organisation";
import { listMyCourses } from "@/lib/data/progress/list-my-courses";
import { requireViewer } from "@/lib/data/viewer";
import { cardClass } from "@/components/ui/card";
import { OrganisationPanel } from "./_components/organisation-panel";

export const metadata: Metadata = { title: "My learning" };

export default async function LearnerHome({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const viewer = await requireViewer();
  const [{ welcome }, courses, study, reviews, organisation] = await Promise.all([
    searchParams,
    listMyCourses(),
    listMyStudyItems(),
    getReviewCounts(),
    listMyOrganisation(),
  ]);
  const current = courses.find((c) => c.next);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{welcome ? `Welcome, ${viewer.name}` : `Hello, ${viewer.name}`}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Small steps, every day. Here is where you are.</p>

      {current?.next ? (
        <section aria-labelledby="continue-heading" className="mt-8 rounded-xl bg-brand-50 p-6 ring-1 ring-brand-100 dark:bg-emerald-950 dark:ring-emerald-900">
          <h2 id="continue-heading" className="text-sm font-semibold tracking-wide text-brand-800 uppercase dark:text-emerald-200">
            Continue where you left off
          </h2>
          <p className="mt-2 text-lg font-semibold">{current.next.title}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{current.title}</p>
          <Link href={`/learn/${current.slug}/${current.next.slug}`} className={buttonClass("primary", "mt-4")}>
            Continue: {current.next.title}
          </Link>
        </section>
      ) : null}

      <OrganisationPanel organisation={organisation} />

      <section aria-labelledby="practice-heading" className="mt-8 grid gap-4 sm:grid-cols-2">
        <h2 id="practice-heading" className="sr-only">
          Practice
        </h2>
        <div className={cardClass}>
          <p className="font-semibold">Spaced review</p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="home-review-counts">
            {reviews.dueToday} due today · {reviews.dueThisWeek} this week
          </p>
          <Link href="/review" className={buttonClass(reviews.dueNow > 0 ? "primary" : "secondary", "mt-3")}>
            {reviews.dueNow > 0 ? `Review ${reviews.dueNow} now` : "Open review"}
          </Link>
        </div>
        <div className={cardClass}>
          <p className="font-semibold">Practice exams</p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Short mixed exams, domain drills and full-length simulations.</p>
          <Link href="/exams" className={buttonClass("secondary", "mt-3")}>
            Choose an exam
          </Link>
        </div>
      </section>

      <section aria-labelledby="courses-heading" className="mt-10">
        <h2 id="courses-heading" className="text-xl font-bold">
          Your courses
        </h2>
        {courses.length === 0 ? (
          <div className="mt-4 rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            <p className="text-slate-700 dark:text-slate-300">You haven&apos;t enrolled in a course yet.</p>
            <Link href="/catalog" className={buttonClass("primary", "mt-4")}>
              Find a course
            </Link>
          </div>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {courses.map((c) => (
              <li key={c.slug} className={cardClass}>
                <p className="text-xs text-slate-600 dark:text-slate-400">{c.trackTitle}</p>
                <h3 className="font-semibold">
                  <Link href={`/courses/${c.slug}`} className="hover:underline">
                    {c.title}
                  </Link>
                </h3>
                <div className="mt-3">
                  <ProgressBar value={c.percent} label={`${c.title} progress`} />
                </div>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {c.completedLessons} of {c.totalLessons} lessons complete
                </p>
                {c.next ? (
                  <Link href={`/learn/${c.slug}/${c.next.slug}`} className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-emerald-300">
                    Next: {c.next.title}
                  </Link>
                ) : (
                  <p className="mt-3 text-sm font-semibold text-brand-700 dark:text-emerald-300">All lessons complete</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <StudyList title="Bookmarks" empty="Bookmark a lesson to find it here." items={study.bookmarks} />
        <StudyList title="My notes" empty="Notes you write on lessons appear here. Only you can see them." items={study.notes} />
      </div>
    </div>
  );
}

function StudyList({ title, empty, items }: { title: string; empty: string; items: StudyItem[] }) {
  const id = title.toLowerCase().replace(/\s+/g, "-");
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.href} className="py-3">
              <Link href={item.href} className="font-medium hover:underline">
                {item.lessonTitle}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">{item.courseTitle}</p>
              {item.excerpt && <p className="mt-1 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">{item.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
