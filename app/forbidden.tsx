import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">You don&apos;t have access to this page</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">If you think you should, ask an administrator to check your role.</p>
      <Link href="/home" className={buttonClass("primary", "mt-6")}>
        Go to my learning
      </Link>
    </div>
  );
}
