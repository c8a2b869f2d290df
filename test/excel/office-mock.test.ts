// The read path against office-addin-mock (OfficeMockObject), Microsoft's own Office.js stand-in: its properties
// throw until load() and sync() have been called, so a read that skips either step fails here.
import { OfficeMockObject } from "office-addin-mock";
import { afterEach, expect, test } from "vitest";
import { createOfficeHost } from "../../src/excel/office-host";

const SHEET = [
  ["JMSS ライセンス棚卸表", "", ""],
  ["製品名", "用途", "数量"],
  ["ESMPRO/JMSS Ver7.2", "JMSSサーバ", 1],
  ["WebSAM JMSS Ver8.1", "稼働マシン", 3],
];

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** A sheet whose getRangeByIndexes hands out mock ranges holding the slice asked for. */
function mockExcel(date1904 = false): { excel: OfficeMockObject; calls: number[][]; dates: number[][] } {
  const calls: number[][] = [];
  const dates: number[][] = [];
  const range = (top: number, left: number, rows: number, columns: number): Record<string, unknown> => ({
    values: SHEET.slice(top, top + rows).map((r) => r.slice(left, left + columns)),
    rowIndex: top,
    columnIndex: left,
    rowCount: rows,
    columnCount: columns,
  });
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            id: "{s1}",
            name: "棚卸",
            protection: { protected: false },
            // The mock cannot load "items/name" of an empty collection; load its items instead.
            tables: {
              items: [],
              load(this: OfficeMockObject) {
                return OfficeMockObject.prototype.load.call(this, "items");
              },
            },
            autoFilter: { isDataFiltered: false },
            used: {
              ...range(0, 0, 4, 3),
              // Office.js sets isNullObject on every sync; the mock only hands out what was loaded.
              isNullObject: false,
              load(this: OfficeMockObject, props: string) {
                return OfficeMockObject.prototype.load.call(this, `${props},isNullObject`);
              },
            },
            getUsedRangeOrNullObject(this: OfficeMockObject) {
              return (this as unknown as { used: unknown }).used;
            },
            getRangeByIndexes(this: OfficeMockObject, top: number, left: number, rows: number, columns: number) {
              calls.push([top, left, rows, columns]);
              const name = `r${calls.length}`;
              // A child of the sheet's mock, so the context's sync() reaches it (addMock/populate are not typed public).
              const parent = this as unknown as Record<string, unknown> & { addMock(n: string): void };
              parent.addMock(name);
              const mock = parent[name] as { populate(o: object): void };
              mock.populate(range(top, left, rows, columns));
              return mock;
            },
          },
          getItem(this: OfficeMockObject) {
            return (this as unknown as { sheet: unknown }).sheet;
          },
          getActiveWorksheet(this: OfficeMockObject) {
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
        active: { rowIndex: 2, columnIndex: 0 },
        getActiveCell(this: OfficeMockObject) {
          return (this as unknown as { active: unknown }).active;
        },
        functions: {
          // DATE(1904,1,1): serial 0 on the 1904 date system, 1462 on the 1900 one
          epoch: { value: date1904 ? 0 : 1462 },
          date(this: OfficeMockObject, ...ymd: number[]) {
            dates.push(ymd);
            return (this as unknown as { epoch: unknown }).epoch;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (c: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  g.Excel = excel;
  g.Office = { context: { requirements: { isSetSupported: () => false } } };
  return { excel, calls, dates };
}

test("readCells loads the values of each span and returns them after sync", async () => {
  const { calls } = mockExcel();
  const [a, b] = await createOfficeHost().readCells("{s1}", 2, 2, [
    { left: 0, columns: 1 },
    { left: 2, columns: 1 },
  ]);
  expect(a).toEqual([["ESMPRO/JMSS Ver7.2"], ["WebSAM JMSS Ver8.1"]]);
  expect(b).toEqual([[1], [3]]);
  expect(calls).toEqual([
    [2, 0, 2, 1],
    [2, 2, 2, 1],
  ]);
});

test("locate reads the used range and its first rows", async () => {
  mockExcel();
  const found = await createOfficeHost().locate();
  expect(found).toMatchObject({
    sheetId: "{s1}",
    sheetName: "棚卸",
    source: { kind: "range" },
    address: "A1:C4",
    protected: false,
    date1904: false,
  });
  expect(found?.head).toEqual(SHEET);
});

test("locate tells a workbook on the 1904 date system by what DATE(1904,1,1) gives", async () => {
  const { dates } = mockExcel(true);
  expect(await createOfficeHost().locate()).toMatchObject({ sheetName: "棚卸", date1904: true });
  expect(dates).toEqual([[1904, 1, 1]]);
});
