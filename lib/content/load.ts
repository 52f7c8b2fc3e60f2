// Reads the content tree under prisma/content into plain objects, checking
// every file against the schema. Used by the seed and by the content check.
import fs from "node:fs";
import path from "node:path";
import { courseMeta, lessonMeta, moduleMeta, trackMeta, type CourseMeta, type LessonMeta, type TrackMeta } from "./schema";
import { ContentError, countWords, hasExercise, hasWorkedExample, orderAndSlug, parseFile } from "./parse";
import { domainsByTarget, loadTargets } from "./targets";

export type LessonContent = LessonMeta & { slug: string; order: number; body: string; wordCount: number; file: string; hasExample: boolean; hasExercise: boolean };
export type ModuleContent = { slug: string; order: number; title: string; summary: string; lessons: LessonContent[] };
export type CourseContent = CourseMeta & { slug: string; order: number; description: string; modules: ModuleContent[] };
export type TrackContent = TrackMeta & { slug: string; courses: CourseContent[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function read(file: string): string {
  return fs.readFileSync(file, "utf8");
}

function dirs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function loadContent(root: string): TrackContent[] {
  const domains = domainsByTarget(loadTargets(path.join(root, "targets.yaml")));
  const tracks: TrackContent[] = [];
  for (const trackSlug of dirs(root)) {
    const trackDir = path.join(root, trackSlug);
    const trackFile = path.join(trackDir, "_track.md");
    if (!fs.existsSync(trackFile)) continue;
    if (!SLUG.test(trackSlug)) throw new ContentError(trackDir, "folder name must be a lowercase slug");
    const track = parseFile(trackFile, read(trackFile), trackMeta);
    const courses: CourseContent[] = [];
    dirs(trackDir).forEach((courseSlug, index) => {
      const courseDir = path.join(trackDir, courseSlug);
      const courseFile = path.join(courseDir, "_course.md");
      if (!fs.existsSync(courseFile)) throw new ContentError(courseDir, "missing _course.md");
      const course = parseFile(courseFile, read(courseFile), courseMeta);
      for (const c of course.meta.certifications) {
        const known = domains.get(c.target);
        if (!known) throw new ContentError(courseFile, `unknown certification target "${c.target}" (see targets.yaml)`);
        const unknown = c.domains.find((d) => !known.includes(d));
        if (unknown) throw new ContentError(courseFile, `unknown ${c.target} domain "${unknown}"`);
      }
      const modules: ModuleContent[] = [];
      for (const moduleName of dirs(courseDir)) {
        const moduleDir = path.join(courseDir, moduleName);
        const mo = orderAndSlug(moduleName);
        if (!mo) throw new ContentError(moduleDir, "module folders are named NN-slug");
        const moduleFile = path.join(moduleDir, "_module.md");
        if (!fs.existsSync(moduleFile)) throw new ContentError(moduleDir, "missing _module.md");
        const mod = parseFile(moduleFile, read(moduleFile), moduleMeta);
        const lessons = fs
          .readdirSync(moduleDir)
          .filter((f) => f.endsWith(".md") && f !== "_module.md")
          .sort()
          .map((name): LessonContent => {
            const file = path.join(moduleDir, name);
            const lo = orderAndSlug(name);
            if (!lo) throw new ContentError(file, "lesson files are named NN-slug.md");
            const { meta, body } = parseFile(file, read(file), lessonMeta);
            return { ...meta, ...lo, body, file, wordCount: countWords(body), hasExample: hasWorkedExample(body), hasExercise: hasExercise(body) };
          });
        modules.push({ ...mo, title: mod.meta.title, summary: mod.meta.summary, lessons });
      }
      const seen = new Set<string>();
      for (const lesson of modules.flatMap((m) => m.lessons)) {
        if (seen.has(lesson.slug)) throw new ContentError(lesson.file, `lesson slug "${lesson.slug}" is used twice in ${courseSlug}`);
        seen.add(lesson.slug);
      }
      courses.push({ ...course.meta, slug: courseSlug, order: index + 1, description: course.body, modules });
    });
    tracks.push({ ...track.meta, slug: trackSlug, courses });
  }
  return tracks.sort((a, b) => a.order - b.order);
}

export const CONTENT_ROOT = path.join(process.cwd(), "prisma", "content");
