// What to do next, ranked: due reviews first, then the domains where the
// learner loses most expected score (blueprint weight x chance of missing),
// then the daily pace that covers the bank before the exam.

export type DomainGap = { code: string; name: string; weight: number; probability: number; enough: boolean };
export type LessonLink = { domain: string; title: string; href: string };

export type NextAction = { kind: "review" | "study" | "drill" | "pace"; title: string; detail: string; href: string };

export function rankDomains(domains: DomainGap[]): (DomainGap & { gap: number })[] {
  return domains
    .map((d) => ({ ...d, gap: d.weight * (1 - (d.enough ? d.probability : 0.5)) + (d.enough ? 0 : 0.05) }))
    .sort((a, b) => b.gap - a.gap || b.weight - a.weight);
}

export function nextActions(input: {
  targetCode: string;
  domains: DomainGap[];
  lessons: LessonLink[];
  dueReviews: number;
  unseenQuestions: number;
  daysToExam: number;
  dueThisWeek: number;
}): NextAction[] {
  const actions: NextAction[] = [];
  if (input.dueReviews > 0) {
    actions.push({
      kind: "review",
      title: `Review ${input.dueReviews} due ${input.dueReviews === 1 ? "card" : "cards"}`,
      detail: "Reviews just before you forget keep what you learned.",
      href: "/review",
    });
  }
  for (const d of rankDomains(input.domains).slice(0, 2)) {
    const lesson = input.lessons.find((l) => l.domain === d.code);
    if (lesson) {
      actions.push({
        kind: "study",
        title: `Study: ${lesson.title}`,
        detail: d.enough
          ? `${d.name} carries ${Math.round(d.weight * 100)}% of the exam and is at ${Math.round(d.probability * 100)}%.`
          : `${d.name} carries ${Math.round(d.weight * 100)}% of the exam and has too little evidence yet.`,
        href: lesson.href,
      });
    }
    actions.push({
      kind: "drill",
      title: `Drill ${d.name}`,
      detail: d.enough ? "Ten questions from this domain, timed at exam pace." : "Ten questions will give this domain a reliable estimate.",
      href: `/exams#exam-${input.targetCode}`,
    });
  }
  const days = Math.max(1, input.daysToExam - 2);
  const questionsPerDay = Math.ceil(input.unseenQuestions / days);
  const reviewsPerDay = Math.ceil(input.dueThisWeek / 7);
  actions.push({
    kind: "pace",
    title: `Daily pace: ${questionsPerDay} new ${questionsPerDay === 1 ? "question" : "questions"} and ${reviewsPerDay} ${reviewsPerDay === 1 ? "review" : "reviews"}`,
    detail:
      input.daysToExam > 0
        ? `Covers the ${input.unseenQuestions} questions you haven't seen with two days to spare before the exam in ${input.daysToExam} days.`
        : "Your exam date has passed; set a new one to plan your pace.",
    href: `/exams#exam-${input.targetCode}`,
  });
  return actions;
}
