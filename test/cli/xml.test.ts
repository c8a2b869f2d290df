// The XML layer every part goes through: a real parser, and exact positions for the writer to splice by.
import { describe, expect, test } from "vitest";
import { escapeAttribute, escapeText, parseXml, XmlError, XmlReader } from "../../src/cli/xml";

/** Every element's markup as the positions cut it out of the text, fed in chunks of `size` characters. */
function cut(xml: string, size: number): string[] {
  const found: string[] = [];
  const reader = new XmlReader(
    {
      open: (local, _, __, start, openEnd) => found.push(`open ${local}: ${xml.slice(start, openEnd)}`),
      close: (local, _, start, closeStart, end) =>
        found.push(`close ${local}: ${xml.slice(closeStart, end)}|${xml.slice(start, end)}`),
    },
    "test.xml",
  );
  for (let i = 0; i < xml.length; i += size) reader.write(xml.slice(i, i + size));
  reader.end();
  return found;
}

const TRICKY =
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- <row> -->\n<x:sheetData xmlns:x="urn:m"><?pi <c?>` +
  `<x:row r="1"\r\n spans="1:2"><![CDATA[</x:row><c>]]><x:c r="A1" t="s"><x:v>0</x:v></x:c>\n  <!--</x:c>--><x:c r="B1"/>` +
  `&amp;<x:c\tr="C1">𠮷&#x41;</x:c></x:row><x:row/></x:sheetData>`;

describe("positions", () => {
  test("each element's start and end tags are found exactly, whatever surrounds them and however the text is chunked", () => {
    const whole = cut(TRICKY, TRICKY.length);
    expect(whole).toContain(`open row: <x:row r="1"\r\n spans="1:2">`);
    expect(whole).toContain(`close c: </x:c>|<x:c r="A1" t="s"><x:v>0</x:v></x:c>`);
    expect(whole).toContain(`close c: |<x:c r="B1"/>`);
    expect(whole).toContain(`close c: </x:c>|<x:c\tr="C1">𠮷&#x41;</x:c>`);
    expect(whole).toContain(`close row: |<x:row/>`);
    for (const size of [1, 2, 3, 7, 64]) expect(cut(TRICKY, size), `chunks of ${size}`).toEqual(whole);
  });

  test("attribute ranges include their leading white space, so cutting one out leaves a well-formed tag", () => {
    const xml = `<a xmlns="urn:a"><row r="3"\n\tspans="1:7" x='1'/></a>`;
    let cutOut = "";
    const reader: XmlReader = new XmlReader(
      {
        open: (local) => {
          const r = reader.attributeRange("spans");
          if (local === "row" && r) cutOut = xml.slice(0, r.start) + xml.slice(r.end);
        },
      },
      "t",
    );
    reader.write(xml);
    reader.end();
    expect(cutOut).toBe(`<a xmlns="urn:a"><row r="3" x='1'/></a>`);
  });
});

describe("well-formedness", () => {
  test.each([
    ["an unclosed element", "<a><b></a>"],
    ["a DTD (entity expansion)", `<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`],
    ["an unbound prefix", "<x:a/>"],
    ["an undefined entity", "<a>&constructor;</a>"],
    ["two roots", "<a/><b/>"],
    ["a control character", "<a>\u0001</a>"],
  ])("%s is an XmlError", (_, xml) => {
    expect(() => parseXml(xml, "p.xml")).toThrow(XmlError);
  });

  test("a tree keeps text of CDATA and entities, and namespace URIs whatever the prefix", () => {
    const root = parseXml(`<x:si xmlns:x="urn:m"><x:t><![CDATA[<c>]]>&lt;&#x41;</x:t></x:si>`, "p");
    expect([root.local, root.uri, root.children[0]?.text]).toEqual(["si", "urn:m", "<c><A"]);
  });
});

test("escaping keeps what a parser reads back, and drops what XML cannot carry", () => {
  const nasty = `a&b<c>"d'\r\n\te\u0001\ud800f\uffff𠮷`;
  const root = parseXml(`<a v="${escapeAttribute(nasty)}">${escapeText(nasty)}</a>`, "p");
  const clean = `a&b<c>"d'\r\n\tef𠮷`;
  expect(root.attributes[0]?.value).toBe(clean);
  expect(root.text).toBe(clean);
});
