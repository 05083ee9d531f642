import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../../contracts/script/lib/paths";

/** Where every benchmark writes its figures: committed, and never edited by hand. */
export const reportsDir = path.join(repoRoot, "docs/benchmarks");

type Run = { at: string; commit: string; markdown: string; data: unknown };

/** The commit measured, and whether the working tree held changes beyond it. */
function commitMeasured(): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
  try {
    const dirty =
      git("status", "--porcelain", "--untracked-files=no", "--", "app", "contracts", "bench") !== "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "unknown";
  }
}

/**
 * Writes a benchmark's figures to docs/benchmarks/<name>.md (and .json): this run's table, and the run before's,
 * so that two runs on this shared, noisy machine are read side by side. Each run replaces the older of the two.
 */
export async function writeReport(
  name: string,
  { title, about, markdown, data }: { title: string; about: string; markdown: string; data: unknown },
) {
  await mkdir(reportsDir, { recursive: true });
  const json = path.join(reportsDir, `${name}.json`);
  const previous = await readFile(json, "utf8")
    .then((text) => (JSON.parse(text) as { current?: Run }).current)
    .catch(() => undefined);
  const current: Run = { at: new Date().toISOString(), commit: commitMeasured(), markdown, data };
  const section = (heading: string, run: Run) => [
    `## ${heading}: ${run.at.slice(0, 16).replace("T", " ")} UTC, ${run.commit}`,
    "",
    run.markdown.trim(),
    "",
  ];
  const text = [
    `# ${title}`,
    "",
    about.trim(),
    "",
    `_Written by \`npm run bench:${name}\`, which replaces the older run each time; never edited by hand._`,
    "",
    ...section("This run", current),
    ...(previous ? section("The run before", previous) : []),
  ].join("\n");
  await writeFile(path.join(reportsDir, `${name}.md`), text);
  await writeFile(json, `${JSON.stringify({ current, previous }, null, 2)}\n`);
}
