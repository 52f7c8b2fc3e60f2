"use client";

import dynamic from "next/dynamic";

// The charts are decorative (the tables beside them carry the numbers) and
// recharts is most of the dashboard's JavaScript: they load after the page,
// in a box of their own height so nothing moves when they arrive.
export const DomainChart = dynamic(() => import("./domain-chart").then((m) => m.DomainChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-56 w-full" />,
});

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-40 w-full" />,
});
