import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { verifyCertificate } from "@/lib/data/certificates/verify-certificate";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Verify a certificate" };


export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.slice(0, 40) : "";
  const result = code ? await verifyCertificate(code) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Verify a certificate</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Enter the code printed on a Kaizen Academy certificate to see whom it was issued to.</p>
      <form method="get" className="mt-6 flex gap-2">
        <label htmlFor="verify-code" className="sr-only">
          Verification code
        </label>
        <input
          id="verify-code"
          name="code"
          defaultValue={code}
          maxLength={40}
          placeholder="e.g. K7Q2M-9XH4D"
          autoComplete="off"
          className="flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono uppercase dark:border-slate-600 dark:bg-slate-900"
        />
        <Button type="submit">Verify</Button>
      </form>
      {code && (
        <div aria-live="polite" className="mt-6" data-testid="verify-result">
          {result ? (
            <div className="rounded-lg bg-brand-50 p-4 text-brand-800 dark:bg-emerald-950 dark:text-emerald-200">
              <p>
                <strong>Valid.</strong> Kaizen Academy issued this certificate.
              </p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium">Issued to</dt>
                <dd className="text-lg font-semibold" data-testid="verify-holder">
                  {/* Isolated, so that the name's own text direction cannot reorder the rest of the line. */}
                  <bdi>{result.learnerName}</bdi>
                </dd>
                <dt className="font-medium">Course</dt>
                <dd>{result.courseTitle}</dd>
                <dt className="font-medium">Issued on</dt>
                <dd>{formatDate(result.issuedAt, "long")}</dd>
              </dl>
              <p className="mt-3 text-sm">The certificate is genuine only if it shows this same name.</p>
            </div>
          ) : (
            <p className="rounded-lg bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-200">
              <strong>Not valid.</strong> No certificate has this code. Check it for typos.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
