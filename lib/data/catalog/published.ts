import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What learners may see of a published course: modules and lessons that have
// been published at least once. Lessons an instructor adds to a live course
// stay out of outlines, progress and certificates until the course is published again.
export const PUBLISHED_MODULE = { publishedAt: { not: null } } satisfies Prisma.ModuleWhereInput;
export const PUBLISHED_LESSON = { publishedAt: { not: null } } satisfies Prisma.LessonWhereInput;
