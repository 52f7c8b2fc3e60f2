// The types of what tests read from next.config.mjs.
import type { NextConfig } from "next";

type Condition = { type: "header" | "cookie" | "query"; key: string };
export const publicPageCopies: { source: string; destination: string; missing: Condition[] }[];
declare const nextConfig: NextConfig;
export default nextConfig;
