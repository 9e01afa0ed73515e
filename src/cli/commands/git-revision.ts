import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { LoadOptions, Project } from "../../load/project.js";
import { loadProject, ProjectError } from "../../load/project.js";

function git(args: readonly string[], cwd: string, input?: Buffer): Buffer {
  return execFileSync("git", args, {
    cwd,
    input,
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 512 * 1024 * 1024,
  });
}

/**
 * Loads the spec project in `dir` as it was at git revision `rev`, without a checkout: the files are read from the
 * object store (`git cat-file --batch`) into a private temporary folder, loaded like any project (so `include` and
 * every check behave the same) and the folder is removed. The working tree is never touched.
 * Returns null when the project folder had no procspec.yaml at that revision (everything in it is new).
 */
export function loadProjectAtRevision(dir: string, rev: string, options: LoadOptions = {}): Project | null {
  const cwd = resolve(dir);
  let prefix: string;
  try {
    prefix = git(["rev-parse", "--show-prefix"], cwd).toString("utf8").trim();
  } catch {
    throw new ProjectError(
      `${dir} is not inside a git repository`,
      "diff compares the working tree with a git revision; run it in a git working tree",
    );
  }
  let commit: string;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], cwd)
      .toString("utf8")
      .trim();
  } catch {
    throw new ProjectError(`unknown git revision ${rev}`, "give a commit, branch or tag: HEAD~1, main, v1.0");
  }
  const listed = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", commit, "--", "."], cwd)
    .toString("utf8")
    .split("\0")
    .filter((path) => path !== "" && path.startsWith(prefix));
  if (!listed.includes(`${prefix}procspec.yaml`)) return null;
  const batch = git(["cat-file", "--batch"], cwd, Buffer.from(listed.map((p) => `${commit}:${p}\n`).join(""), "utf8"));
  const temp = mkdtempSync(join(tmpdir(), "procspec-rev-"));
  try {
    let at = 0;
    for (const path of listed) {
      const end = batch.indexOf(0x0a, at);
      const header = batch.subarray(at, end).toString("utf8").split(" ");
      at = end + 1;
      if (header[1] === "missing" || header.length < 3) continue;
      const size = Number(header[2]);
      const bytes = batch.subarray(at, at + size);
      at += size + 1;
      if (header[1] !== "blob") continue;
      const target = join(temp, path.slice(prefix.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const project = loadProject(temp, options);
    return { ...project, root: cwd };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
