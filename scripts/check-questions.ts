// Checks the question bank files and prints their size per target and domain,
// the item-writing lint per target, how applied each bank is (lib/content/item-kinds.ts),
// and each target's bank against its floors (prisma/content/targets.yaml); exits 1 when
// a floor is not met:
//   npx tsx scripts/check-questions.ts
import { lintTarget } from "../lib/assessment/item-lint";
import { loadQuestionBank } from "../lib/content/question-bank";
import { bankFloorRows, shortOf } from "../lib/content/bank-floors";
import { APPLIED_FLOORS, appliedShares, appliedShortfalls } from "../lib/content/item-kinds";
import { loadTargets } from "../lib/content/targets";
import { latestWeights } from "../prisma/blueprints";

const bank = loadQuestionBank();
const counts = new Map<string, number>();
for (const q of bank) counts.set(`${q.target} ${q.domain}`, (counts.get(`${q.target} ${q.domain}`) ?? 0) + 1);
for (const [key, n] of [...counts].sort()) console.log(`${key.padEnd(36)} ${n}`);
console.log(`${bank.length} questions\n`);

const percent = (x: number) => `${Math.round(100 * x)}%`.padStart(5);
console.log("target  single  key longest  true/false  true  flagged items by rule");
for (const { code: target } of loadTargets()) {
  const r = lintTarget(target, bank);
  const flags = Object.entries(r.findings)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(", ");
  console.log(`${target.padEnd(7)} ${String(r.singleChoice).padStart(6)}  ${percent(r.keyLongestShare).padStart(11)}  ${String(r.trueFalse).padStart(10)}  ${percent(r.trueShare)}  ${flags}`);
}

const shares = appliedShares(bank);
console.log(`\ntarget  scenarios  ask what to do   (floors: scenarios ${percent(APPLIED_FLOORS.scenario).trim()} everywhere, PMP asks ${percent(APPLIED_FLOORS.pmpAction).trim()})`);
for (const s of shares) console.log(`${s.target.padEnd(7)} ${percent(s.scenario).padStart(9)}  ${percent(s.action).padStart(14)}`);
const applied = appliedShortfalls(shares);
for (const a of applied) console.error(`  <- ${a}`);

const rows = bankFloorRows(bank, loadTargets(), latestWeights());
console.log("\ntarget  scope   count  floor  name");
for (const r of rows) console.log(`${r.target.padEnd(7)} ${r.scope.padEnd(6)} ${String(r.count).padStart(6)} ${String(r.floor).padStart(6)}  ${r.name}${r.count < r.floor ? "  <- below the floor" : ""}`);
const short = shortOf(rows);
if (short.length || applied.length) {
  console.error(`\n${short.length + applied.length} floor(s) not met.`);
  process.exitCode = 1;
} else console.log("\nEvery floor is met.");
