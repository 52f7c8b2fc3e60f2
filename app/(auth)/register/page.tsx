import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/data/viewer";
import { RegisterForm } from "../_components/register-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/home");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-400">Free to start. Study at your pace, track every hour.</p>
      <RegisterForm />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline dark:text-emerald-300">
          Sign in
        </Link>
      </p>
    </>
  );
}
