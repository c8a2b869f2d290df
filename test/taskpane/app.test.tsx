// @vitest-environment jsdom
// The pane as a person uses it (issue 5), rendered in jsdom over the real office host and the in-memory workbook.
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import type { IsoDate } from "../../src/core/model";
import { App } from "../../src/taskpane/app";
import type { AppProps } from "../../src/taskpane/app";
import { getCell } from "../excel/fake-excel/workbook";
import { loadSample } from "../excel/fixtures/sample";
import type { Fixture } from "../excel/setup";
import { fakeExcel, snapshot } from "../excel/setup";

afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 }); // Fluent UI renders slowly in jsdom

function renderPane(f: Fixture, props: Partial<AppProps> = {}): void {
  render(<App host={f.host} uiLang="ja" today={"2025-11-01" as IsoDate} {...props} />);
}

/** Press a button once it is enabled (the primary action waits for the inventory to be found). */
const press = async (name: string | RegExp): Promise<void> => {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  await act(async () => fireEvent.click(button));
};

describe("the sample inventory", () => {
  test("shows where the inventory is and writes it on one press", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await screen.findByText(/シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行/);
    expect(screen.getByRole("combobox", { name: "見出し行" })).toHaveProperty("value", "3");
    await press("移行先と警告を書き込む");
    await screen.findByText("5–12 行目の K:Q 列に書き込みました。");
    expect(getCell(f.sheet, 3, 10)).toBe("移行先型番");
    expect(getCell(f.sheet, 4, 13)).toBe("無償バージョンアップ");
  });

  test("the summary selects the rows it counts", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await press("移行先と警告を書き込む");
    const summary = await screen.findByRole("list", { name: "結果" });
    await act(async () => fireEvent.click(within(summary).getByRole("button", { name: "エラーのある行: 1 行" })));
    expect(f.sheet.selection).toEqual(["12:12"]);
    await act(async () => fireEvent.click(within(summary).getByRole("button", { name: /^優待価格: 3 行$/ })));
    expect(f.sheet.selection).toEqual(["7:8", "10:10"]); // J2: no maintenance (7), a client (8), unknown maintenance (10)
  });

  test("speaks English when Office does, and writes in the language chosen", async () => {
    const f = fakeExcel(await loadSample());
    render(<App host={f.host} uiLang="en" today={"2025-11-01" as IsoDate} />);
    await screen.findByText(/Used range A1:J12 of sheet “JMSS棚卸” · 8 data rows/);
    await act(async () => fireEvent.click(screen.getByRole("radio", { name: "日本語" })));
    await press("Write targets and warnings");
    await screen.findByText("Wrote rows 5–12 in columns K:Q.");
    expect(getCell(f.sheet, 3, 10)).toBe("移行先型番");
  });

  test("the as-of date is an option: the JMSS end of support is a warning once it has passed", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    const date = await screen.findByLabelText("基準日");
    fireEvent.change(date, { target: { value: "2026-02-01" } });
    await press("移行先と警告を書き込む");
    await screen.findByText("書き込みました");
    expect(String(getCell(f.sheet, 4, 15))).toMatch(/【警告】JMSS/);
  });
});

describe("following the active sheet", () => {
  test("switching to another sheet shows that sheet's inventory without pressing 再検出; switching back, the first again", async () => {
    const f = fakeExcel(await loadSample());
    const other = f.book.addSheet("EA保守", [
      ["製品名", "数量"],
      ["WebSAM JMSS Ver8.1 (稼働マシン用)", 2],
    ]);
    renderPane(f);
    await screen.findByText(/シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行/);
    await act(async () => f.book.activate(other.id));
    await screen.findByText(/シート「EA保守」の使用範囲 A1:B2 · データ 1 行/);
    await act(async () => f.book.activate(f.sheet.id));
    await screen.findByText(/シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行/);
  });

  test("the pane stops listening when it closes", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await waitFor(() => expect(f.book.activatedHandlers.size).toBe(1));
    cleanup();
    await waitFor(() => expect(f.book.activatedHandlers.size).toBe(0));
  });
});

describe("problems a person can act on", () => {
  test("a protected sheet: says so and what to do; nothing written", async () => {
    const f = fakeExcel(await loadSample());
    f.sheet.protected = true;
    const before = snapshot(f.sheet);
    renderPane(f);
    await press("移行先と警告を書き込む");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("シートが保護されています");
    expect(alert.textContent).toContain("シート保護の解除");
    expect(snapshot(f.sheet)).toEqual(before);
  });

  test("no recognisable header: pick the header row and the product column by hand", async () => {
    const f = fakeExcel([["棚卸"], ["品目", "個数"], ["WebSAM JMSS (稼働マシン用)", 2]]);
    renderPane(f);
    await press("移行先と警告を書き込む");
    expect((await screen.findByRole("alert")).textContent).toContain("見出し行が見つかりません");
    fireEvent.change(screen.getByRole("combobox", { name: "見出し行" }), { target: { value: "1" } });
    fireEvent.change(await screen.findByRole("combobox", { name: "製品名" }), { target: { value: "0" } }); // the fold opens: no product yet
    await press("その他の列 (31)");
    fireEvent.change(await screen.findByRole("combobox", { name: "数量" }), { target: { value: "1" } });
    await press("移行先と警告を書き込む");
    await screen.findByText("3–3 行目の C:I 列に書き込みました。");
    expect([getCell(f.sheet, 2, 3), getCell(f.sheet, 2, 4)]).toEqual([
      "(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2",
      2,
    ]);
  });

  test("someone's cells right of a table: asks, and 'write to empty columns' keeps them", async () => {
    const rows = (await loadSample()).slice(3).map((r) => r.slice(0, 8));
    const f = fakeExcel(rows);
    f.sheet.tables.push({ name: "棚卸", area: { top: 0, left: 0, rows: rows.length, columns: 8 }, filtered: false });
    f.sheet.cells[2]![9] = "メモ";
    renderPane(f);
    await press("移行先と警告を書き込む");
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("I:O に、このアドインが書いたものではない値が 1 個あります(3 行目)");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "空いている列 K:Q に書く" })));
    await screen.findByText("2–9 行目の K:Q 列に書き込みました。");
    expect([getCell(f.sheet, 2, 9), getCell(f.sheet, 0, 10)]).toEqual(["メモ", "移行先型番"]);
  });

  test("… and Cancel writes nothing and says so", async () => {
    const rows = (await loadSample()).slice(3).map((r) => r.slice(0, 8));
    const f = fakeExcel(rows);
    f.sheet.tables.push({ name: "棚卸", area: { top: 0, left: 0, rows: rows.length, columns: 8 }, filtered: false });
    f.sheet.cells[2]![9] = "メモ";
    const before = snapshot(f.sheet);
    renderPane(f);
    await press("移行先と警告を書き込む");
    const dialog = await screen.findByRole("alertdialog");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "キャンセル" })));
    await screen.findByText(/何も書き込んでいません/);
    expect(snapshot(f.sheet)).toEqual(before);
  });
});

describe("template and quote", () => {
  test("inserts a template sheet and finds it as the inventory", async () => {
    const f = fakeExcel([["x"]]);
    renderPane(f);
    await press("テンプレートシートを挿入");
    await screen.findByText(/シート「棚卸テンプレート」を追加しました/);
    await screen.findByText(/シート「棚卸テンプレート」の使用範囲 A1:W2 · データ 1 行/);
  });

  test("the quote button appears after a run and builds the quote on a new sheet", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await screen.findByRole("button", { name: "移行先と警告を書き込む" });
    expect(screen.queryByRole("button", { name: "見積を作成" })).toBeNull();
    await press("移行先と警告を書き込む");
    await press("見積を作成");
    await screen.findByText("見積シート「見積」を作成しました。");
    expect(f.book.sheets.map((s) => s.name)).toEqual(["JMSS棚卸", "見積"]);
  });
});
