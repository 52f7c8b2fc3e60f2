import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { Prisma } from "@/lib/generated/prisma/client";
import { overLimit, rateLimiter } from "../rate-limit";

// Each registration hashes a password (tens of milliseconds of CPU): cap them per address.
export const REGISTRATIONS_PER_HOUR = 10;

const registrations = rateLimiter({ keyPrefix: "register", points: REGISTRATIONS_PER_HOUR, duration: 3600 });

/** Creates a learner account. Input has passed registerSchema; this adds the server-side password checks. */
export async function registerLearner(input: { name: string; email: string; password: string }, ip: string): Promise<Result<{ userId: string }, "name" | "email" | "password">> {
  try {
    await registrations.consume(ip);
  } catch (rejection) {
    if (!overLimit(rejection)) throw rejection;
    return fail("Too many accounts were created from your network in the last hour. Try again later.");
  }
  const problem = passwordProblem(input.password, { email: input.email, name: input.name });
  if (problem) return fail(problem, "password");
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "learner" },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Saying so leaks that the address is registered, but registration cannot
      // honestly succeed either; sign-in never reveals it.
      return fail("An account with this email already exists. Sign in instead.", "email");
    }
    throw error;
  }
}
