// The request/sync model of Office.js, in memory: proxies queue operations; context.sync() runs them in order,
// enforces Excel on the web's 5 MB request and response limits, and counts every round trip.
import type { FakeWorkbook } from "./workbook";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeExcelOptions {
  /** Request payload limit in bytes (Excel on the web: 5 MB). */
  requestLimit?: number;
  /** Response payload limit in bytes (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** Highest ExcelApi requirement set the fake claims and implements (default: api-sets.ts DEFAULT_API_VERSION). */
  apiVersion?: string;
  /** Called before each round trip: add latency or hold a request to test cancelling. */
  beforeSync?: (request: { roundTrip: number; writes: number; calculationSuspended: boolean }) => Promise<void> | void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  writes: number;
  loads: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

export class FakeStats {
  runs = 0;
  /** context.sync() calls, including Excel.run's closing one. */
  syncs = 0;
  /** Syncs that carried at least one operation (a request to Excel). */
  log: SyncRecord[] = [];
  get roundTrips(): number {
    return this.log.length;
  }
  reset(): void {
    this.runs = 0;
    this.syncs = 0;
    this.log = [];
  }
}

export const LIMIT_5MB = 5 * 1024 * 1024;

export interface Op {
  kind: "load" | "write" | "other";
  /** Request bytes this operation sends. */
  bytes: number;
  /** Runs the operation at sync; returns the response bytes it produces. */
  run: () => number;
  flag?: "calc" | "screen";
}

const encoder = new TextEncoder();
export const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v)).length;

export class FakeContext {
  private ops: Op[] = [];
  constructor(
    readonly book: FakeWorkbook,
    readonly options: FakeExcelOptions,
    readonly stats: FakeStats,
  ) {}

  queue(op: Op): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.stats.syncs++;
    if (ops.length === 0) return;
    await this.options.beforeSync?.({
      roundTrip: this.stats.log.length + 1,
      writes: ops.filter((o) => o.kind === "write").length,
      calculationSuspended: ops.some((o) => o.flag === "calc"),
    });
    if (this.book.editing) throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (requestBytes > (this.options.requestLimit ?? LIMIT_5MB)) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let responseBytes = 0;
    for (const op of ops) responseBytes += op.run();
    if (responseBytes > (this.options.responseLimit ?? LIMIT_5MB)) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.stats.log.push({
      requestBytes,
      responseBytes,
      writes: ops.filter((o) => o.kind === "write").length,
      loads: ops.filter((o) => o.kind === "load").length,
      calculationSuspended: ops.some((o) => o.flag === "calc"),
      screenUpdatingSuspended: ops.some((o) => o.flag === "screen"),
    });
  }
}

/** Base of every proxy: properties are readable only after load() and sync(), as in Office.js. */
export abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected prop<T>(key: string): T {
    if (!this.loaded.has(key)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${key}' is not available. Call load() and context.sync() first.`,
      );
    }
    return this.loaded.get(key) as T;
  }

  /** Marks a property as loaded (collections hand out items with their names loaded). */
  prime(key: string, value: unknown): this {
    this.loaded.set(key, value);
    return this;
  }

  /** The current value of a scalar property, read at sync time. */
  protected abstract read(key: string): unknown;

  /** A navigation property for "a/b" loads. */
  protected child(_key: string): Loadable | undefined {
    return undefined;
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    for (const p of list) {
      const [head, ...rest] = p.split("/");
      const child = rest.length > 0 && head !== "items" ? this.child(head ?? "") : undefined;
      if (child) {
        child.load(rest.join("/"));
        continue;
      }
      this.queueLoad(p);
    }
    return this;
  }

  protected queueLoad(key: string): void {
    this.ctx.queue({
      kind: "load",
      bytes: 40,
      run: () => {
        const v = this.read(key);
        this.loaded.set(key, v);
        this.loaded.set("isNullObject", this.read("isNullObject"));
        return jsonBytes(v ?? null);
      },
    });
  }
}
