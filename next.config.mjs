// Features no page here uses, switched off for every origin.
const permissionsPolicy = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
  "browsing-topics",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// A visitor without a session gets the landing, catalog and course pages from a
// rendered copy (lib/public-page-cache.ts, app/public-html). Only here, not in
// proxy.ts, can a rule see a client navigation's RSC headers and `_rsc` query,
// which Next.js hides from the proxy: those requests, server actions, the copy's
// own rendering and anyone with a session cookie are rendered as before.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"].flatMap((name) => [name, `${name}.0`]);
const RENDERED_PER_REQUEST = [
  ...["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "x-kaizen-render-for-copy"].map((key) => ({ type: "header", key })),
  ...SESSION_COOKIES.map((key) => ({ type: "cookie", key })),
  { type: "query", key: "_rsc" },
];
export const publicPageCopies = [
  { source: "/", destination: "/public-html" },
  { source: "/catalog", destination: "/public-html/catalog" },
  { source: "/courses/:slug([a-z0-9][a-z0-9-]{0,99})", destination: "/public-html/courses/:slug" },
].map((rule) => ({ ...rule, missing: RENDERED_PER_REQUEST }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay outside the server bundle; fontkit reads its
  // Unicode tables from beside its own files.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@foliojs-fork/fontkit"],
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for a signed-in user without the role.
    authInterrupts: true,
    // CI builds once from a clean clone: a compiler cache nobody will read costs ~20 s to write.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // `npm test` runs `tsc --noEmit` before it builds; checking the same types again in the build adds ~35 s.
  typescript: { ignoreBuildErrors: process.env.KAIZEN_TYPES_CHECKED === "1" },
  // The development server's pages change with every edit.
  async rewrites() {
    return { beforeFiles: process.env.NODE_ENV === "production" ? publicPageCopies : [], afterFiles: [], fallback: [] };
  },
  // Fixed headers for every response, static files included. The content
  // security policy (a nonce per response) and HSTS (https only) come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: permissionsPolicy },
        ],
      },
    ];
  },
};

export default nextConfig;
