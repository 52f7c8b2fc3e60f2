// `npm test`: lint and type-check side by side (each uses one core), then the unit and
// integration tests, then the end-to-end suite on a production build that skips the type
// check this run has just done.
import { spawn } from "node:child_process";

function npmRun(script: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function stopOn(failed: string[]) {
  if (failed.length === 0) return;
  console.error(`\nnpm test: ${failed.join(" and ")} failed.`);
  process.exit(1);
}

const [lint, types] = await Promise.all([npmRun("lint"), npmRun("typecheck")]);
stopOn([lint && "lint", types && "typecheck"].filter((name): name is string => Boolean(name)));
stopOn((await npmRun("test:unit")) ? ["test:unit"] : []);
stopOn((await npmRun("test:e2e", { ...process.env, KAIZEN_TYPES_CHECKED: "1" })) ? ["test:e2e"] : []);
