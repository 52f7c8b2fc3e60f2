import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/data/viewer";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getViewer()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-400">Welcome back. Pick up where you left off.</p>
      <SignInForm callbackUrl={next} />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        New to Kaizen Academy?{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline dark:text-emerald-300">
          Create an account
        </Link>
      </p>
    </>
  );
}
