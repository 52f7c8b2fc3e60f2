"use client";

import { useEffect, useState } from "react";

function format(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h > 0 ? `${h}:` : ""}${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s).padStart(2, "0")}`;
}

/**
 * Time left until a server deadline. `skew` is the server's clock minus the
 * browser's, so a wrong browser clock neither gives nor takes time.
 */
export function useRemaining(deadline: string | null, skew: number, onExpire?: () => void): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = deadline === null ? null : new Date(deadline).getTime() - (now + skew);
  useEffect(() => {
    if (remaining !== null && remaining <= 0) onExpire?.();
  }, [remaining, onExpire]);
  return remaining;
}

export function Countdown({ remaining, label }: { remaining: number; label: string }) {
  const low = remaining < 5 * 60_000;
  return (
    <p className={`font-mono text-lg tabular-nums ${low ? "text-red-700 dark:text-red-400" : ""}`} aria-label={`${label}: ${format(remaining)}`} role="timer">
      {format(remaining)}
    </p>
  );
}
