"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Row = { name: string; share: number; readiness: number | null; low: number; high: number };

/** Readiness per domain (with its interval) beside the domain's share of the exam. Decorative: the table beside it carries the numbers. */
export function DomainChart({ rows }: { rows: Row[] }) {
  const data = rows.map((r) => ({
    name: r.name,
    "Share of exam": Math.round(r.share * 100),
    Readiness: r.readiness === null ? 0 : Math.round(r.readiness * 100),
    interval: r.readiness === null ? [0, 0] : [Math.round((r.readiness - r.low) * 100), Math.round((r.high - r.readiness) * 100)],
  }));
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="Readiness" fill="#047857">
            <ErrorBar dataKey="interval" width={6} strokeWidth={1.5} stroke="#0f172a" />
          </Bar>
          <Bar dataKey="Share of exam" fill="#94a3b8" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
