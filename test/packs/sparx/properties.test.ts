// Properties of the month counting (seed 003 手順4): never throws, always a real date, later never earlier.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, compareIso, endOfMonth, isEndOfMonth, isoFromParts } from "../../../src/core/dates";
import type { IsoDate } from "../../../src/core/model";
import { renewalClass } from "../../../src/core/packs/sparx/renewal-class";
import { newSupportEnd, registrationDeadline } from "../../../src/core/packs/sparx/support-period";

const BASE = "1990-01-01" as IsoDate;
const day = fc.integer({ min: 0, max: 365 * 120 }).map((n) => addDays(BASE, n));
const monthEnd = fc
  .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => endOfMonth(isoFromParts(y, m, 1) as IsoDate));
const years = fc.integer({ min: 1, max: 5 });
const ordered = (a: IsoDate, b: IsoDate): [IsoDate, IsoDate] => (compareIso(a, b) <= 0 ? [a, b] : [b, a]);
const isRealDate = (d: IsoDate): boolean => {
  const [y, m, dd] = d.split("-").map(Number);
  return isoFromParts(y ?? 0, m ?? 0, dd ?? 0) === d;
};

describe("newSupportEnd", () => {
  test("never throws and always returns a real calendar date after the old end or at a month end", () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.option(day, { nil: undefined }),
        years,
        fc.option(day, { nil: undefined }),
        (supportEnd, procedureDate, issueDate, y, orderDate) => {
          const r = newSupportEnd({ supportEnd, procedureDate, issueDate, years: y, orderDate });
          expect(isRealDate(r.end)).toBe(true);
          if (r.basis === "extend") expect(compareIso(r.end, supportEnd)).toBeGreaterThan(0);
          else expect(isEndOfMonth(r.end)).toBe(true);
        },
      ),
    );
  });

  test("a later procedure date never gives an earlier support end (no issue date, order on the procedure day)", () => {
    fc.assert(
      fc.property(monthEnd, day, day, years, (supportEnd, a, b, y) => {
        const [early, late] = ordered(a, b);
        const e1 = newSupportEnd({ supportEnd, procedureDate: early, years: y }).end;
        const e2 = newSupportEnd({ supportEnd, procedureDate: late, years: y }).end;
        expect(compareIso(e1, e2)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test("with an issue date, monotonic on each side of the registration deadline", () => {
    fc.assert(
      fc.property(monthEnd, day, day, day, day, years, (supportEnd, issueDate, orderDate, a, b, y) => {
        const [early, late] = ordered(a, b);
        const deadline = registrationDeadline(issueDate);
        fc.pre(compareIso(late, deadline) <= 0 === compareIso(early, deadline) <= 0);
        const e1 = newSupportEnd({ supportEnd, issueDate, orderDate, procedureDate: early, years: y }).end;
        const e2 = newSupportEnd({ supportEnd, issueDate, orderDate, procedureDate: late, years: y }).end;
        expect(compareIso(e1, e2)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test("more years never give an earlier end", () => {
    fc.assert(
      fc.property(day, day, years, (supportEnd, procedureDate, y) => {
        const shorter = newSupportEnd({ supportEnd, procedureDate, years: y }).end;
        const longer = newSupportEnd({ supportEnd, procedureDate, years: y + 1 }).end;
        expect(compareIso(shorter, longer)).toBeLessThan(0);
      }),
    );
  });
});

describe("renewalClass", () => {
  test("once a reinstatement, a later procedure date stays a reinstatement", () => {
    fc.assert(
      fc.property(day, day, day, (supportEnd, a, b) => {
        const [early, late] = ordered(a, b);
        if (renewalClass(supportEnd, early) === "SUPPORT_REINSTATEMENT") {
          expect(renewalClass(supportEnd, late)).toBe("SUPPORT_REINSTATEMENT");
        }
      }),
    );
  });
});
