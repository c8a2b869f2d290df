// The WorkbookHost the task pane runs on in Excel: the only module (with its siblings in src/excel) that calls
// Office.js. Each method is one Excel.run with one sync per chunk, so a caller's loop over chunks never syncs in a loop.
import { rowAreas } from "./a1";
import { locateInventory } from "./office-locate";
import { runExcel, supports } from "./office-run";
import { addSheet, readSheet, sheetNames, styleSheet, writeRows } from "./office-sheets";
import { insertTemplate } from "./office-template";
import { finish, prepareOutput, writeCells } from "./office-write";
import type { Area, Cell, Span, WorkbookHost } from "./workbook-host";
import { MAX_SELECTED_AREAS } from "./workbook-host";

function readCells(sheetId: string, top: number, rows: number, spans: readonly Span[]): Promise<Cell[][][]> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const ranges = spans.map((s) => {
      const range = sheet.getRangeByIndexes(top, s.left, rows, s.columns);
      if (s.formulas) range.load("formulas");
      else range.load("values");
      return range;
    });
    await context.sync();
    return ranges.map((r, i) => (spans[i]?.formulas ? r.formulas : r.values) as Cell[][]);
  });
}

function findMerged(sheetId: string, areas: readonly Area[]): Promise<string[]> {
  // getMergedAreasOrNullObject is ExcelApi 1.13; an older Excel reports a merged range when we write to it.
  if (!supports("1.13")) return Promise.resolve(areas.map(() => ""));
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const merged = areas.map((a) => {
      const m = sheet.getRangeByIndexes(a.top, a.left, a.rows, a.columns).getMergedAreasOrNullObject();
      m.load("address");
      return m;
    });
    await context.sync();
    // "Sheet1!A5:A7,Sheet1!C3:C4" → "A5:A7,C3:C4": the pane names the sheet already.
    return merged.map((m) => (m.isNullObject ? "" : m.address.replace(/(^|,)[^!,]*!/g, "$1")));
  });
}

function selectRows(sheetId: string, rows: readonly number[]): Promise<string[]> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    sheet.activate();
    const areas = rowAreas(rows).slice(0, MAX_SELECTED_AREAS);
    // Several areas at once need RangeAreas.select (ExcelApi 1.18); before it, Range.select takes one area.
    const selected = supports("1.18") ? areas : areas.slice(0, 1);
    if (supports("1.18") && selected.length > 0) sheet.getRanges(selected.join(",")).select();
    else if (selected[0] !== undefined) sheet.getRange(selected[0]).select();
    await context.sync();
    return selected;
  });
}

/** worksheets.onActivated (ExcelApi 1.7, which the manifest requires); the handler is removed in its own context. */
function onSheetActivated(listener: () => void): Promise<() => Promise<void>> {
  return runExcel(async (context) => {
    const handler = context.workbook.worksheets.onActivated.add(async () => listener());
    await context.sync();
    return async () => {
      await Excel.run(handler.context, async (c) => {
        handler.remove();
        await c.sync();
      });
    };
  });
}

export function createOfficeHost(): WorkbookHost {
  return {
    locate: locateInventory,
    findMerged,
    readCells,
    prepareOutput,
    writeCells,
    finish,
    selectRows,
    insertTemplate,
    sheetNames,
    readSheet,
    addSheet,
    writeRows,
    styleSheet,
    onSheetActivated,
  };
}
