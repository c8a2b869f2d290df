# The openpyxl workbook of the corpus: inline strings, a date, and formulas saved without a calculated value
# (openpyxl never calculates). Run by make-foreign.sh.
import datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "在庫"
ws.append(["JMSS 棚卸表 (openpyxl)"])
ws.append(["製品名", "用途", "数量", "保守契約", "サポート期限", "移行数量"])
ws.append(["WebSAM JMSS Ver8.1", "JMSSサーバ", 1, "あり", None, None])
ws.append(["WebSAM JMSS Ver8.1 (稼働マシン用)", "稼働マシン", 3, "あり", None, "=C4*2"])
ws.append(["JMSSクライアント", "クライアント", "=1+6", "あり", None, None])
ws.append(["Enterprise Architect Corporate", None, 2, None, datetime.date(2026, 3, 31), None])
ws["E6"].number_format = "yyyy/mm/dd"
wb.save("openpyxl.xlsx")
