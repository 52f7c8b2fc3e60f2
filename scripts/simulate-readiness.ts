// Is the readiness model honest? Simulates learners with known abilities and
// prints Brier scores (lower is better) of the model's pass probability and of
// a naive baseline, against simulated full-exam outcomes:
//   npx tsx scripts/simulate-readiness.ts [learners] [seed]
import { PMP_SIMULATION, simulate } from "../lib/readiness/simulate";

const learners = Number(process.argv[2] ?? 1000);
const seed = process.argv[3] ?? "kaizen";
const r = simulate({ ...PMP_SIMULATION, learners, seed });
console.log(`learners: ${r.learners}, seed "${seed}", pass rate ${(100 * r.passRate).toFixed(1)}%`);
console.log(`Brier, readiness model:                    ${r.modelBrier.toFixed(4)}`);
console.log(`Brier, last practice exam >= pass mark:    ${r.baselineBrier.toFixed(4)}`);
console.log(`Brier, cohort pass rate for everyone:      ${r.constantBrier.toFixed(4)}`);
console.log(`model / baseline: ${(r.modelBrier / r.baselineBrier).toFixed(3)}`);
