// Launch options for Chromium: Debian's /usr/bin/chromium where it exists
// (Playwright cannot download its own browser here), else Playwright's own.
import fs from "node:fs";

const debianChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (fs.existsSync(debianChromium) ? debianChromium : undefined),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};
