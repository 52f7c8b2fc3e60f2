// Item analysis as Moodle's quiz statistics report defines it (MoodleDocs
// "Quiz statistics calculations"; core_question\statistics\questions\calculator),
// and the weak-item flags the studio shows beside it.

export type ItemStatistic = {
  /** Attempts that included the question: the number behind every figure below. */
  attempts: number;
  /** Mean mark as a percentage of the maximum (0..100); null without attempts. */
  facility: number | null;
  /** Sample standard deviation (n - 1) of the mark, in percent of the maximum; null under two attempts. */
  sd: number | null;
  /** 100 x the correlation of the item's mark with the rest of the test (total minus this item). */
  discriminationIndex: number | null;
  /** 100 x cov(item, rest) / the largest covariance the two mark distributions allow. */
  discriminativeEfficiency: number | null;
};

/**
 * A variance this small is rounding noise: the sums of fractional marks
 * (0.1 + 0.2 against 0.3) differ in the 17th digit, and a correlation over such
 * noise would be a made-up number.
 */
const ZERO_VARIANCE = 1e-12;

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Sum of products of deviations from the means, divided by n - 1. */
function covariance(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (xs[i]! - mx) * (ys[i]! - my);
  return sum / (xs.length - 1);
}

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

/**
 * `marks[a][q]` is attempt a's mark on question q as a fraction of the
 * question's maximum (0..1), or null where attempt a did not include question q
 * (drawn quizzes and exams hold different questions). Each question's figures
 * are over the attempts that included it; the rest of the test is the sum of
 * that attempt's other marks. Throws on ragged rows or marks outside 0..1: those
 * are the caller's bugs, not data to report on.
 */
export function itemStatistics(marks: ReadonlyArray<ReadonlyArray<number | null>>): ItemStatistic[] {
  const width = marks[0]?.length ?? 0;
  marks.forEach((row, a) => {
    if (row.length !== width) throw new RangeError(`attempt ${a} has ${row.length} marks, attempt 0 has ${width}`);
    row.forEach((m, q) => {
      if (m !== null && !(m >= 0 && m <= 1)) throw new RangeError(`attempt ${a}, question ${q}: mark ${m} is not a fraction 0..1`);
    });
  });
  const totals = marks.map((row) => row.reduce<number>((s, m) => s + (m ?? 0), 0));

  return Array.from({ length: width }, (_, q): ItemStatistic => {
    const item: number[] = [];
    const rest: number[] = [];
    marks.forEach((row, a) => {
      const m = row[q];
      if (m === null || m === undefined) return;
      item.push(m);
      rest.push(totals[a]! - m);
    });
    const n = item.length;
    const facility = n > 0 ? 100 * mean(item) : null;
    if (n < 2) return { attempts: n, facility, sd: null, discriminationIndex: null, discriminativeEfficiency: null };

    const itemVariance = covariance(item, item);
    const restVariance = covariance(rest, rest);
    const cov = covariance(item, rest);
    // Pairing the two sorted lists gives the highest covariance these marks
    // could have had (the rearrangement inequality): Moodle's denominator.
    const covMax = covariance(ascending(item), ascending(rest));
    const varied = itemVariance > ZERO_VARIANCE && restVariance > ZERO_VARIANCE;
    return {
      attempts: n,
      facility,
      sd: 100 * Math.sqrt(Math.max(0, itemVariance)),
      discriminationIndex: varied ? Math.max(-100, Math.min(100, (100 * cov) / Math.sqrt(itemVariance * restVariance))) : null,
      discriminativeEfficiency: varied && covMax > ZERO_VARIANCE ? (100 * cov) / covMax : null,
    };
  });
}

/** The thresholds of issue 10's weak-item rules. */
export const WEAK_ITEM = {
  minDiscrimination: 20,
  maxFacility: 95,
  minFacility: 20,
  /** A distractor nobody picked means something only after this many attempts. */
  unusedDistractorAttempts: 30,
} as const;

export type WeakItemCode = "negative-discrimination" | "low-discrimination" | "too-easy" | "too-hard" | "unused-distractor" | "key-less-popular";

export type WeakItemReason = {
  code: WeakItemCode;
  message: string;
  /** The option's index in the item's options, for the option rules. */
  option?: number;
};

export type OptionPicks = {
  /** True for a keyed (correct) option. */
  keyed: boolean;
  /** Attempts in which this option was chosen. */
  picks: number;
};

export type FlagInput = Pick<ItemStatistic, "attempts" | "facility" | "discriminationIndex"> & {
  /** Single and multiple choice items only, in the item's option order; picks counted over the same attempts. */
  options?: readonly OptionPicks[];
};

const fmt = (x: number) => x.toFixed(0);

/** Why an item looks weak, per issue 10's rules; a figure that is null raises no flag. */
export function flagItem({ attempts, facility, discriminationIndex, options = [] }: FlagInput): WeakItemReason[] {
  const reasons: WeakItemReason[] = [];
  if (discriminationIndex !== null) {
    if (discriminationIndex < 0) {
      reasons.push({
        code: "negative-discrimination",
        message: `Discrimination index ${fmt(discriminationIndex)} is negative: learners who do worse on the rest of the test do better here. Check the key.`,
      });
    } else if (discriminationIndex < WEAK_ITEM.minDiscrimination) {
      reasons.push({
        code: "low-discrimination",
        message: `Discrimination index ${fmt(discriminationIndex)} is under ${WEAK_ITEM.minDiscrimination}: the item barely tells stronger learners from weaker ones.`,
      });
    }
  }
  if (facility !== null && facility > WEAK_ITEM.maxFacility) {
    reasons.push({ code: "too-easy", message: `Facility ${fmt(facility)}% is above ${WEAK_ITEM.maxFacility}%: nearly everyone gets it right.` });
  }
  if (facility !== null && facility < WEAK_ITEM.minFacility) {
    reasons.push({ code: "too-hard", message: `Facility ${fmt(facility)}% is below ${WEAK_ITEM.minFacility}%: most learners get it wrong.` });
  }
  const distractorPicks = options.filter((o) => !o.keyed).map((o) => o.picks);
  const mostPickedDistractor = distractorPicks.length ? Math.max(...distractorPicks) : 0;
  options.forEach((o, option) => {
    if (!o.keyed && o.picks === 0 && attempts >= WEAK_ITEM.unusedDistractorAttempts) {
      reasons.push({ code: "unused-distractor", option, message: `Option ${option + 1} was never chosen in ${attempts} attempts: it distracts nobody.` });
    }
    if (o.keyed && o.picks < mostPickedDistractor) {
      reasons.push({
        code: "key-less-popular",
        option,
        message: `Keyed option ${option + 1} was chosen ${o.picks} times, less often than a distractor (${mostPickedDistractor}): check the key and the wording.`,
      });
    }
  });
  return reasons;
}
