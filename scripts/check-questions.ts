// Checks the question bank files and prints counts per target and domain:
//   npx tsx scripts/check-questions.ts
import { loadQuestionBank } from "../lib/assessment/load-bank";

const bank = loadQuestionBank();
const counts = new Map<string, number>();
for (const q of bank) counts.set(`${q.target} ${q.domain}`, (counts.get(`${q.target} ${q.domain}`) ?? 0) + 1);
for (const [key, n] of [...counts].sort()) console.log(`${key.padEnd(36)} ${n}`);
console.log(`${bank.length} questions`);
