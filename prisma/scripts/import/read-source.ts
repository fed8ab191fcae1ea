// Reads a dataset snapshot into memory: a bare git directory (at HEAD, whose
// commit becomes the source of every fact), a checked-out folder, one file,
// or an https URL (fetched; no commit, so the URL and the day are recorded).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync, lstatSync, statSync } from "node:fs";
import path from "node:path";
import type { Snapshot } from "@/lib/domain/import/types";

export interface SourceFiles extends Snapshot {
  /** Repository-relative path → text. */
  files: Map<string, string>;
  origin: string;
}

/** `wanted` filters paths early, so a 6,000-file repository is not read whole. */
export async function readSource(from: string, wanted: (file: string) => boolean): Promise<SourceFiles> {
  if (/^https:\/\//.test(from)) {
    const response = await fetch(from);
    if (!response.ok) throw new Error(`${from}: HTTP ${response.status}`);
    const name = path.posix.basename(new URL(from).pathname) || "index.json";
    return { files: new Map([[name, await response.text()]]), commit: null, url: from, retrievedOn: new Date().toISOString().slice(0, 10), origin: from };
  }
  if (!existsSync(from)) throw new Error(`${from}: no such file, folder or git directory`);
  if (statSync(from).isFile()) {
    // A lone file has no commit of its own: it is recorded as read today.
    return { files: new Map([[path.basename(from), readFileSync(from, "utf8")]]), commit: null, retrievedOn: new Date().toISOString().slice(0, 10), origin: from };
  }
  if (isBareGitDir(from)) return readGit(from, wanted);
  const files = new Map<string, string>();
  walk(from, "", wanted, files);
  const commit = gitHead(from);
  return { files, commit, origin: from, ...(commit ? {} : { retrievedOn: new Date().toISOString().slice(0, 10) }) };
}

function isBareGitDir(dir: string): boolean {
  return existsSync(path.join(dir, "HEAD")) && existsSync(path.join(dir, "objects")) && existsSync(path.join(dir, "refs"));
}

/** The HEAD commit when `dir` is the top of a work tree (a sub-folder of another repository has none). */
function gitHead(dir: string): string | null {
  try {
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return path.resolve(git("rev-parse", "--show-toplevel")) === path.resolve(dir) ? git("rev-parse", "HEAD") : null;
  } catch {
    return null;
  }
}

function readGit(gitDir: string, wanted: (file: string) => boolean): SourceFiles {
  const git = (args: string[], input?: string) => execFileSync("git", [`--git-dir=${gitDir}`, ...args], { input, maxBuffer: 1 << 30 });
  const commit = git(["rev-parse", "HEAD"]).toString().trim();
  const entries = git(["ls-tree", "-r", "-z", "HEAD"])
    .toString()
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split("\t") as [string, string];
      const [mode, , sha] = meta.split(" ") as [string, string, string];
      return { mode, sha, file };
    });
  const bySha = new Map<string, string>();
  const blobs = git(["cat-file", "--batch"], entries.map((e) => e.sha).join("\n") + "\n");
  let offset = 0;
  while (offset < blobs.length) {
    const headerEnd = blobs.indexOf(10, offset);
    const [sha, , size] = blobs.subarray(offset, headerEnd).toString().split(" ") as [string, string, string];
    const start = headerEnd + 1;
    bySha.set(sha, blobs.subarray(start, start + Number(size)).toString("utf8"));
    offset = start + Number(size) + 1;
  }
  const byPath = new Map(entries.map((e) => [e.file, e]));
  const files = new Map<string, string>();
  for (const e of entries) {
    if (!wanted(e.file)) continue;
    let target = e;
    // Symbolic links (mode 120000) hold the target path: follow it inside the tree.
    for (let hops = 0; target.mode === "120000" && hops < 5; hops++) {
      const next = byPath.get(path.posix.normalize(path.posix.join(path.posix.dirname(target.file), bySha.get(target.sha) ?? "")));
      if (!next) break;
      target = next;
    }
    if (target.mode !== "120000") files.set(e.file, bySha.get(target.sha) ?? "");
  }
  return { files, commit, origin: gitDir };
}

function walk(root: string, rel: string, wanted: (file: string) => boolean, out: Map<string, string>): void {
  for (const name of readdirSync(path.join(root, rel)).sort()) {
    if (name === ".git" || name === "node_modules") continue;
    const file = rel ? `${rel}/${name}` : name;
    const full = path.join(root, file);
    const stat = lstatSync(full);
    if (stat.isDirectory()) walk(root, file, wanted, out);
    else if (wanted(file)) {
      const real = stat.isSymbolicLink() ? path.resolve(path.dirname(full), readlinkSync(full)) : full;
      if (existsSync(real)) out.set(file, readFileSync(real, "utf8"));
    }
  }
}
