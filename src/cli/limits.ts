// The CLI's documented limits (README, CLI section). Each is well above what Excel itself can hold, so only a broken
// or hostile file meets one; meeting one is exit 2 with one line, never a crash, a hang or unbounded memory.

const MIB = 1024 * 1024;

/**
 * Largest decompressed part (a worksheet's XML, the shared strings…). A full sheet of 1,048,576 rows of a typical
 * inventory (the bench's seven columns) weighs about 0.26 GB of XML, and about 0.5 GB once annotated.
 */
export const MAX_PART_BYTES = 1024 * MIB;

/** Largest decompressed package (all parts together), and largest file on disk. */
export const MAX_PACKAGE_BYTES = 2048 * MIB;

/** Excel's grid: the last row (1,048,576) and the last column (XFD = 16,384). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** Excel's longest cell text. */
export const MAX_CELL_CHARS = 32_767;

/** `1.2 GB`-style sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB) return `${(bytes / 1024 / MIB).toFixed(1)} GiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
