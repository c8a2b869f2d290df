// The copy is written to a new temp file beside the target (created exclusively, under a random name), flushed to
// disk, then renamed over the target: a kill mid-write leaves the previous copy whole. A symbolic link at the target
// is replaced by the file, never followed.
import { randomBytes } from "node:crypto";
import { close, constants, createWriteStream, fsync, openSync, unlinkSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";

/** Temp files being written, so a signal handler can remove them (see removeTempFiles). */
const inProgress = new Set<string>();

/** Remove every temp file still being written (on SIGINT/SIGTERM, before the process exits). */
export function removeTempFiles(): void {
  for (const tmp of inProgress) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  inProgress.clear();
}

export async function writeAtomically(target: string, write: (sink: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
  let fd: number | undefined = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666);
  inProgress.add(tmp);
  const sink = createWriteStream("", { fd, autoClose: false });
  try {
    await write(sink);
    await promisify(fsync)(fd);
    await promisify(close)(fd);
    fd = undefined;
    await rename(tmp, target);
    inProgress.delete(tmp);
    await syncFolder(dir);
  } finally {
    if (inProgress.has(tmp)) {
      // destroying the stream waits for a write in flight, then closes the file itself
      if (fd !== undefined)
        await new Promise<void>((resolve) =>
          sink
            .once("close", () => resolve())
            .once("error", () => resolve())
            .destroy(),
        );
      await unlink(tmp).catch(() => undefined);
      inProgress.delete(tmp);
    }
  }
}

/** The rename itself made durable (best effort: not every system lets a folder be opened and synced). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const d = await open(dir, constants.O_RDONLY);
    await d.sync().finally(() => d.close());
  } catch {
    // the file itself is synced; the folder entry follows on most systems
  }
}
