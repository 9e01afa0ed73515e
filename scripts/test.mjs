#!/usr/bin/env node
/**
 * `npm test`: build, then the tests, with the type check and the lint run beside the tests instead of before them
 * (each is a few seconds of one core; the tests need the build, not them). Arguments go to vitest. Exits non-zero
 * when any of the four fails; the output of the type check and the lint is printed after the tests', whole.
 */
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs a command; with `capture`, its output is kept and handed back instead of shown as it comes. */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => {
        output += chunk;
      });
      child.stderr.on("data", (chunk) => {
        output += chunk;
      });
    }
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// The build goes first: the tests run its output. It compiles src/validate/generated/ and
// src/emit/markdown/generated/ as they are, without regenerating them (`npm run build`'s prebuild would): the tests
// compare them with what scripts/schema-code.ts and scripts/template-code.ts make today, so that a template or
// schema changed without its generated code fails here, not in a published package (`prepare` compiles them as
// committed).
const build = await run(npm, ["run", "--silent", "--ignore-scripts", "build"]);
if (build.code !== 0) {
  console.error("npm test: the build failed; the tests were not run");
  process.exit(build.code);
}
const checks = Promise.all([
  run(npm, ["run", "--silent", "typecheck"], { capture: true }),
  run(npm, ["run", "--silent", "lint"], { capture: true }),
]);
const tests = await run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...process.argv.slice(2)]);
const [typecheck, lint] = await checks;
for (const [name, result] of [
  ["typecheck", typecheck],
  ["lint", lint],
]) {
  if (result.code !== 0 || result.output.trim() !== "") process.stdout.write(result.output);
  console.log(`npm test: ${name} ${result.code === 0 ? "passed" : "FAILED"}`);
}
process.exit(tests.code || typecheck.code || lint.code);
