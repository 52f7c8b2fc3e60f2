"use client";

// Replaces the root layout when the layout itself fails (its header reads the
// session), so it brings its own document and styles.
import { ErrorNotice } from "@/components/layout/error-notice";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <title>Kaizen Academy</title>
        <main id="main" className="flex-1">
          <ErrorNotice error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
