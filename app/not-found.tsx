import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">We couldn&apos;t find that page. It may have moved, or the link may be wrong.</p>
      <Link href="/catalog" className={buttonClass("primary", "mt-6")}>
        Browse the catalog
      </Link>
    </div>
  );
}
