// The words of the inventory columns only JMSS rows use (SPEC §2): roles, migration targets and their licence
// forms, as inventories write them. Matched after NFKC + lower-case + trim (see core/inventory/headers.ts).
import { z } from "zod";

export const Role = z.enum(["server", "agent", "client"]);
export type Role = z.infer<typeof Role>;
export const Target = z.enum(["MG", "SV/AG", "CL/Win"]);
export type Target = z.infer<typeof Target>;
export const TargetLicense = z.enum(["install", "processor"]);
export type TargetLicense = z.infer<typeof TargetLicense>;

/** SPEC §2: サーバ/JMSSサーバ/manager/server → server; 稼働マシン/エージェント/agent/execution → agent; クライアント/client/viewer → client. */
export const ROLE_WORDS: Readonly<Record<string, Role>> = {
  サーバ: "server",
  サーバー: "server",
  jmssサーバ: "server",
  jmssサーバー: "server",
  manager: "server",
  server: "server",
  稼働マシン: "agent",
  稼動マシン: "agent",
  エージェント: "agent",
  agent: "agent",
  execution: "agent",
  クライアント: "client",
  jmssクライアント: "client",
  client: "client",
  viewer: "client",
};

export const TARGET_WORDS: Readonly<Record<string, Target>> = {
  mg: "MG",
  "sv/ag": "SV/AG",
  svag: "SV/AG",
  sv: "SV/AG",
  ag: "SV/AG",
  "cl/win": "CL/Win",
  clwin: "CL/Win",
};

export const TARGET_LICENSE_WORDS: Readonly<Record<string, TargetLicense>> = {
  インストール: "install",
  install: "install",
  プロセッサ: "processor",
  processor: "processor",
  core: "processor",
};

/** What a cell may put before those words: the product family's name ("WebSAM JobCenter MG"). Longest first. */
export const JMSS_PREFIXES: readonly string[] = ["websam jobcenter", "websamjobcenter", "jobcenter"];

/** A JMSS licence as inventories write it (seed 000 §7 example 4): the example row of the inventory template. */
export const EXAMPLE_LICENCE = { product: "ESMPRO/JMSS Ver7.2", sku: "UL1044-D01" } as const;
