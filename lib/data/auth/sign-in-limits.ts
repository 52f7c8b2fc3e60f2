import "server-only";
import { ACCOUNT_BACKOFF, ATTEMPTS_PER_ADDRESS } from "@/lib/auth/sign-in-allowances";
import { backoff, overLimit, rateLimiter } from "../rate-limit";

// Two limits on password checks, both shared by every instance on PostgreSQL
// (lib/data/rate-limit.ts). Each attempt is claimed before the password is verified
// and given back when it was right, so guesses sent in parallel cannot all be
// verified before the first failure is counted.
const perAccount = backoff("signin-account", ACCOUNT_BACKOFF);

const perAddress = rateLimiter({ keyPrefix: "signin-ip", points: ATTEMPTS_PER_ADDRESS, duration: 15 * 60 });

export type Limited<T> = T | null | "rate_limited";

export async function withinLimits<T>(email: string, ip: string, check: () => Promise<T | null>): Promise<Limited<T>> {
  const addressAllows = await perAddress.consume(ip).then(
    () => true,
    (rejection: unknown) => {
      if (overLimit(rejection)) return false;
      throw rejection;
    },
  );
  if (!addressAllows || !(await perAccount.attempt(email)).ok) return "rate_limited";
  const result = await check();
  if (result !== null) {
    await perAccount.succeeded(email);
    await perAddress.reward(ip);
  }
  return result;
}
