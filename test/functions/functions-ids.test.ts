// Freeze (ARCHITECTURE §13, SPEC §8): saved workbooks call the functions by id with positional arguments, so ids,
// names and parameter order never change once shipped. The metadata is generated from the JSDoc of
// src/functions/functions.ts exactly as the build does (custom-functions-metadata), and compared with the
// committed test/functions/functions-ids.json. A parameter written `name?` is optional.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { beforeAll, describe, expect, test } from "vitest";

interface Frozen {
  id: string;
  name: string;
  parameters: string[];
}
interface Generated {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; optional?: boolean }[];
    options?: Record<string, boolean>;
  }[];
}

const root = path.resolve(import.meta.dirname, "..", "..");
const committed = JSON.parse(readFileSync(path.join(root, "test/functions/functions-ids.json"), "utf8")) as Frozen[];
let generated: Generated;
let current: Frozen[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Generated;
  current = generated.functions.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => p.name + (p.optional ? "?" : "")),
  }));
});

describe("what saved workbooks depend on", () => {
  test.each(committed.map((f) => [f.id, f] as const))("JMSS.%s keeps its id, name and leading parameters", (id, frozen) => {
    const now = current.find((f) => f.id === id);
    expect(now, `function ${id} was removed or renamed`).toBeDefined();
    expect(now?.name).toBe(frozen.name);
    // Existing formulas pass arguments by position: the committed parameters stay, in order, as they were.
    expect(now?.parameters.slice(0, frozen.parameters.length)).toEqual(frozen.parameters);
    // A parameter added later must be optional, or every saved formula would lack it.
    for (const added of now?.parameters.slice(frozen.parameters.length) ?? [])
      expect(added.endsWith("?"), `${id}: ${added}`).toBe(true);
  });

  test("the committed list is the current list (record additions deliberately)", () => {
    expect(current).toEqual(committed);
  });
});

test("SPEC §8's functions exist with SPEC's parameter order", () => {
  const spec: Record<string, string[]> = {
    TARGET: ["product", "role?", "maintenance?", "target?", "targetLicense?"],
    PRICECLASS: ["product", "role?", "maintenance?", "migrated?", "licenseType?"],
    WARNINGS: ["product", "role?", "maintenance?"],
    CLWIN: ["clients", "mgCount?"],
    SUPPORTEND: ["supportEnd", "procedureDate?", "issueDate?", "years?", "orderDate?"],
    RENEWALCLASS: ["supportEnd", "procedureDate?"],
  };
  for (const [id, params] of Object.entries(spec)) {
    expect(current.find((f) => f.id === id)?.parameters.slice(0, params.length), id).toEqual(params);
  }
});

test("every parameter takes a range (matrix) and every function spills (matrix result)", () => {
  for (const f of generated.functions) {
    for (const p of f.parameters) expect((p as { dimensionality?: string }).dimensionality, `${f.id}(${p.name})`).toBe("matrix");
    expect((f as { result?: { dimensionality?: string } }).result?.dimensionality, f.id).toBe("matrix");
  }
});
