import { execFile } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/** LibreOffice, found on PATH or where Debian puts it; a clear message when it is missing. */
export function findSoffice(): string {
  const candidates = [
    ...(process.env.PATH ?? "")
      .split(delimiter)
      .flatMap((d) => (d ? [join(d, "soffice"), join(d, "libreoffice")] : [])),
    "/usr/bin/libreoffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  ];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    "LibreOffice (soffice) is not installed, and the interop tests need it: apt-get install libreoffice-writer-nogui",
  );
}

/**
 * Convert files with `soffice --headless --convert-to`, using a private profile so parallel runs
 * do not clash. Resolves when LibreOffice exits; rejects with its output when it fails.
 */
export async function convert(files: string[], to: string, outDir: string): Promise<void> {
  const soffice = findSoffice();
  const profile = mkdtempSync(join(tmpdir(), "imr-lo-profile-"));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          to,
          "--outdir",
          outDir,
          ...files,
        ],
        { timeout: 110_000 },
        (error, stdout, stderr) =>
          error
            ? reject(new Error(`soffice failed: ${error.message}\n${stdout}\n${stderr}`))
            : resolve(),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
