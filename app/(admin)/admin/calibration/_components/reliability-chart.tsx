"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { ReliabilityBin } from "@/lib/readiness/reliability";

/**
 * Predicted against observed pass rate per bin, dot size by count, over the
 * diagonal of perfect calibration. The figure's label sums it up for screen
 * readers and the table after it carries every number.
 */
export function ReliabilityChart({ bins, label }: { bins: ReliabilityBin[]; label: string }) {
  const points = bins.flatMap((b) =>
    b.count && b.predicted !== null && b.observed !== null ? [{ predicted: Math.round(b.predicted * 100), observed: Math.round(b.observed * 100), count: b.count }] : [],
  );
  return (
    <figure role="img" aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis type="number" dataKey="predicted" domain={[0, 100]} unit="%" ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12 }} label={{ value: "Predicted pass probability", position: "bottom", fontSize: 12 }} />
          <YAxis type="number" dataKey="observed" domain={[0, 100]} unit="%" ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12 }} />
          <ZAxis type="number" dataKey="count" range={[40, 400]} name="Results" />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Line data={[{ predicted: 0, observed: 0 }, { predicted: 100, observed: 100 }]} dataKey="observed" name="Perfect calibration" stroke="#94a3b8" strokeDasharray="4 4" dot={false} legendType="plainline" isAnimationActive={false} />
          <Scatter data={points} name="Observed pass rate" fill="#047857" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
