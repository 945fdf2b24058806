import { promises as fs } from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { InputError } from "./io";

/** Node file helpers shared by the commands. Messages name the file as the user typed it. */

/** Resolve a path the user typed against the command's working directory. */
export function resolveFrom(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Read a file the user named; a missing or unreadable file is an InputError. */
export async function readInput(file: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new InputError(describeFsError(e, shown, "read"));
  }
}

/** Read and parse a JSON file; bad JSON is an InputError naming the file. */
export async function readJson(file: string, shown: string): Promise<unknown> {
  const bytes = await readInput(file, shown);
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(`${shown} is not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Write `bytes` to `file` atomically: a temporary file in the same folder, then a rename, so a
 * failure never leaves a half-written file. Refuses to replace an existing file unless `force`.
 */
export async function writeOutput(
  file: string,
  shown: string,
  bytes: Uint8Array,
  force: boolean,
): Promise<void> {
  const dir = path.dirname(file);
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new InputError(`cannot write ${shown}: the folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw new InputError(`cannot write ${shown}: ${dir} is not a folder`);
  if (!force && (await exists(file)))
    throw new InputError(`${shown} already exists; use --force to replace it`);
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new InputError(describeFsError(e, shown, "write"));
  }
}

function describeFsError(e: unknown, shown: string, verb: "read" | "write"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${shown} does not exist`;
  if (code === "EACCES" || code === "EPERM") return `cannot ${verb} ${shown}: permission denied`;
  if (code === "EISDIR") return `cannot ${verb} ${shown}: it is a folder`;
  if (code === "ENOSPC") return `cannot write ${shown}: the disk is full`;
  return `cannot ${verb} ${shown} (${(e as Error)?.message ?? String(e)})`;
}

/** True when the two paths name the same file (same path, a symbolic link to it, or a hard link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([
    fs.stat(a).catch(() => undefined),
    fs.stat(b).catch(() => undefined),
  ]);
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  try {
    const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(path.dirname(b))]);
    return ra === path.join(rb, path.basename(b));
  } catch {
    return false;
  }
}
