// The content check's contact hours: per course and per target it claims, the
// hours computed from its lessons (words at a stated reading speed plus each
// exercise's stated minutes) next to the hours it claims, and the flagship
// courses against their floors. Exits 1 when a lesson or a course claims more
// than computed, or a flagship course is below its floor:
//   npx tsx scripts/check-content.ts
import { CONTENT_ROOT, loadContent } from "../lib/content/load";
import { belowFloor, contactHourProblems, contactHourRows, READING_WORDS_PER_MINUTE } from "../lib/content/contact-hours";

const courses = loadContent(CONTENT_ROOT).flatMap((t) => t.courses);
const rows = contactHourRows(courses);
const hours = (h: number) => h.toFixed(2).padStart(8);

console.log(`Reading speed ${READING_WORDS_PER_MINUTE} words a minute, plus each lesson's stated exercise minutes.\n`);
console.log("course                           target  computed   claimed");
for (const r of rows) console.log(`${r.course.padEnd(32)} ${r.target.padEnd(6)} ${hours(r.computed)}  ${hours(r.claimed)}${r.claimed > r.computed ? "  <- claims more than computed" : ""}`);

const targets = [...new Set(rows.map((r) => r.target))];
console.log("\ntarget  claimed by all courses");
for (const t of targets) console.log(`${t.padEnd(7)} ${hours(rows.filter((r) => r.target === t).reduce((s, r) => s + r.claimed, 0))}`);

console.log("\ncourse                           target  computed     floor");
for (const r of rows.filter((r) => r.floor !== null)) console.log(`${r.course.padEnd(32)} ${r.target.padEnd(6)} ${hours(r.computed)}  ${hours(r.floor!)}${r.computed < r.floor! ? "  <- below the floor" : ""}`);

const problems = contactHourProblems(courses);
const short = belowFloor(rows);
for (const p of problems) console.error(p.replace(`${process.cwd()}/`, ""));
if (problems.length) console.error(`\n${problems.length} claim(s) above the computed time.`);
if (short.length) console.error(`\n${short.length} course(s) below the floor.`);
if (problems.length || short.length) process.exitCode = 1;
else console.log("\nEvery claim is within the computed time, and every flagship course meets its floor.");
