// Reads and checks every question file under prisma/content/questions.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { questionFileSchema, type QuestionSource } from "@/lib/assessment/question-schema";
import { CONTENT_ROOT, loadContent } from "./load";
import { domainsByTarget, loadTargets } from "./targets";

export const QUESTIONS_ROOT = path.join(CONTENT_ROOT, "questions");

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return d.name.endsWith(".yaml") ? [p] : [];
  });
}

export function loadQuestionBank(root = QUESTIONS_ROOT, contentRoot = CONTENT_ROOT): QuestionSource[] {
  const modules = new Set(
    loadContent(contentRoot).flatMap((t) => t.courses.flatMap((c) => c.modules.map((m) => `${c.slug}/${m.slug}`))),
  );
  const domains = domainsByTarget(loadTargets(path.join(contentRoot, "targets.yaml")));
  const seen = new Map<string, string>();
  const out: QuestionSource[] = [];
  for (const file of yamlFiles(root).sort()) {
    const result = questionFileSchema.safeParse(parse(fs.readFileSync(file, "utf8")));
    if (!result.success) {
      const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`${file}: ${problems.join("; ")}`);
    }
    for (const q of result.data) {
      if (seen.has(q.id)) throw new Error(`${file}: question id "${q.id}" is also used in ${seen.get(q.id)}`);
      const known = domains.get(q.target);
      if (!known) throw new Error(`${file}: ${q.id}: unknown certification target "${q.target}" (see targets.yaml)`);
      if (!known.includes(q.domain)) throw new Error(`${file}: ${q.id}: unknown ${q.target} domain "${q.domain}"`);
      if (q.module && !modules.has(q.module)) throw new Error(`${file}: ${q.id}: unknown module "${q.module}"`);
      seen.set(q.id, file);
      out.push(q);
    }
  }
  return out;
}
