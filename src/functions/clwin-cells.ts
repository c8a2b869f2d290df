// JMSS.CLWIN (SPEC §8, J4 seed 000 §2 (2)): clients still needed after the one CL/Win bundled with each MG, packed
// as the pack does it (5-License products first, the rest 1-License), written as `5×1, 1×1`.
import type { CellRead } from "../core/inventory/cells";
import { readCell } from "../core/inventory/cells";
import { clWinText, packClWin } from "../core/packs/jmss/clwin";
import type { Lang } from "../core/model";
import { plainCell, readList, shape } from "./arguments";
import { argLabel, problemMessage } from "./messages";
import { invalidValue } from "./office";
import type { Cell } from "./run";

// One subtraction and a packing: any exact integer will do (the sheet limit MAX_QUANTITY guards sums over rows).
const COUNT = { kind: "count", max: Number.MAX_SAFE_INTEGER } as const;

export function clWinCells(clientsRaw: unknown, mgRaw: unknown, lang: Lang): Cell[][] {
  const clients = readList(clientsRaw);
  const mg = readList(mgRaw);
  if (!clients.ok || !mg.ok) {
    return [[invalidValue(problemMessage("NOT_A_LIST", lang, { arg: argLabel(clients.ok ? "mgCount" : "clients", lang) }))]];
  }
  if (!clients.list) return [[""]];
  const n = clients.list.cells.length;
  const mgCells = mg.list?.cells ?? [];
  if (mgCells.length > n) {
    const params = { arg: argLabel("mgCount", lang), count: mgCells.length, first: argLabel("clients", lang), n };
    return [[invalidValue(problemMessage("LONGER_THAN_FIRST", lang, params))]];
  }
  const mgAt = (i: number): unknown => (mgCells.length === 1 ? mgCells[0] : mgCells[i]);
  const cells = clients.list.cells.map((c, i) =>
    clWinCell(readCell(plainCell(c), COUNT), readCell(plainCell(mgAt(i)), COUNT), c, mgAt(i), lang),
  );
  return shape(cells, clients.list.across);
}

function clWinCell(clients: CellRead, mg: CellRead, clientsRaw: unknown, mgRaw: unknown, lang: Lang): Cell {
  if (clients === undefined) return "";
  if (!clients.ok) return notACount("clients", clientsRaw, lang);
  if (mg !== undefined && !mg.ok) return notACount("mgCount", mgRaw, lang);
  const need = Math.max(0, Number(clients.value) - (mg === undefined ? 0 : Number(mg.value)));
  return clWinText(packClWin(need));
}

function notACount(arg: string, raw: unknown, lang: Lang): Cell {
  const p = plainCell(raw);
  const value = typeof p === "object" && p !== null && "error" in p ? String(p.error) : String(p);
  return invalidValue(problemMessage("NOT_A_COUNT", lang, { arg: argLabel(arg, lang), value: value.slice(0, 40) }));
}
