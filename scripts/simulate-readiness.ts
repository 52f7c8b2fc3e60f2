// Is the readiness model honest? Runs the simulation family of
// lib/readiness/simulate.ts (training and test cohort per world) and prints,
// per world, Brier score, log loss and expected calibration error (10 bins) of
// the model without and with a calibration fitted on the training cohort, and
// of three baselines fitted on the same cohort; writes the table as JSON:
//   npx tsx scripts/simulate-readiness.ts [--train 2000] [--test 2000] [--seed kaizen] [--out bench-results/readiness-simulation.json]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { bestBaselineBrier, FORECASTERS, PMP_SETTING, runWorld, WORLDS } from "../lib/readiness/simulate";

const { values } = parseArgs({
  options: {
    train: { type: "string", default: "2000" },
    test: { type: "string", default: "2000" },
    seed: { type: "string", default: "kaizen" },
    out: { type: "string", default: "bench-results/readiness-simulation.json" },
  },
});
const sizes = { train: Number(values.train), test: Number(values.test) };
const started = Date.now();
const results = WORLDS.map((w) => runWorld(w, PMP_SETTING, sizes, values.seed));

console.log(`Readiness simulation family: ${sizes.train} training and ${sizes.test} test learners per world, seed "${values.seed}"\n`);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad("world", 16)}${pad("forecaster", 28)}${pad("Brier", 9)}${pad("log loss", 10)}ECE`);
for (const r of results) {
  for (const f of FORECASTERS) {
    const s = r.scores[f];
    console.log(`${pad(f === FORECASTERS[0] ? r.world : "", 16)}${pad(f, 28)}${pad(s.brier.toFixed(4), 9)}${pad(s.logLoss.toFixed(4), 10)}${s.ece.toFixed(4)}`);
  }
  const best = bestBaselineBrier(r);
  const gain = 1 - r.scores["model+calibration"].brier / best;
  const met = gain >= 0.1 && r.scores["model+calibration"].ece <= 0.05 && r.scores.model.ece <= 0.08;
  console.log(`${pad("", 16)}pass rate ${(100 * r.passRate).toFixed(1)}%; calibrated Brier ${(100 * gain).toFixed(1)}% below the best baseline; targets ${met ? "met" : "NOT met"}\n`);
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ sizes, seed: values.seed, setting: PMP_SETTING, results }, null, 2));
console.log(`written to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
