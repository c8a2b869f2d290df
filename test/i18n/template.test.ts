import { describe, expect, test } from "vitest";
import { fill, fillParams } from "../../src/i18n/template";

describe("filling a sentence's placeholders", () => {
  test("each {name} becomes its value, wherever it stands and however often", () => {
    expect(fillParams("{count}本は行{rows}の移行に充当しています", { count: 7, rows: "3, 135" })).toBe(
      "7本は行3, 135の移行に充当しています",
    );
    expect(fillParams("{a}-{a}{b}", { a: "x", b: 1 })).toBe("x-x1");
    expect(fillParams("no placeholder", { a: 1 })).toBe("no placeholder");
  });

  test("a placeholder without a value is left as written; braces around no name are plain text", () => {
    expect(fillParams("{known} {unknown}", { known: "ok" })).toBe("ok {unknown}");
    expect(fill("{} {{x}} {x", (name) => (name === "x" ? "X" : undefined))).toBe("{} {X} {x");
  });

  test("the same sentence fills with each call's own values", () => {
    const t = "行{rows}";
    expect([1, 2, 3].map((n) => fillParams(t, { rows: n }))).toEqual(["行1", "行2", "行3"]);
  });
});
