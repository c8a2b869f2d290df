// The shared-strings part (ECMA-376 Part 1 §18.4), streamed: each item's text (rich-text runs joined, phonetic
// runs left out), whether it is plain text (one <t>, so one of our cells may reuse it), and where to add items.
import { InputError } from "./input-error";
import { MAIN } from "./ooxml";
import type { XmlAttribute, XmlOpen } from "./xml";
import { XmlError, XmlReader } from "./xml";

export interface SharedStringsLayout {
  readonly part: string;
  readonly root: XmlOpen;
  /** Where new items go: before an <extLst>, else before </sst>. */
  readonly insertAt: number;
  readonly count: { readonly start: number; readonly end: number; readonly value: number } | undefined;
  readonly uniqueCount: { readonly start: number; readonly end: number } | undefined;
}

export interface SharedStringsRead {
  readonly texts: string[];
  /** Items that are one plain <t>: reusable for a cell of ours with the same text. */
  readonly plain: boolean[];
  readonly layout: SharedStringsLayout;
}

const inMain = (uri: string): boolean => (MAIN as readonly string[]).includes(uri);

export async function readSharedStrings(chunks: AsyncIterable<string>, part: string): Promise<SharedStringsRead> {
  const texts: string[] = [];
  const plain: boolean[] = [];
  let root: XmlOpen | undefined;
  let rootAttributes: XmlAttribute[] = [];
  let insertAt = -1;
  let text = "";
  let children = 0;
  let onlyT = true;
  let capture = false;
  let inPhonetic = false;
  const reader: XmlReader = new XmlReader(
    {
      open(local, uri, _, start) {
        const depth = reader.depth;
        if (depth === 1) {
          if (local !== "sst" || !inMain(uri)) throw new XmlError(`${part}: not a shared-strings part`);
          root = reader.element();
          rootAttributes = reader.attributes();
          return;
        }
        if (!inMain(uri)) return;
        if (depth === 2) {
          if (local === "si") {
            text = "";
            children = 0;
            onlyT = true;
          } else if (local === "extLst" && insertAt < 0) insertAt = start;
        } else if (depth === 3) {
          children++;
          onlyT &&= local === "t";
          inPhonetic = local === "rPh";
          capture = local === "t";
        } else if (depth === 4) capture = local === "t" && !inPhonetic;
      },
      close(local, uri, _, closeStart) {
        const depth = reader.depth + 1;
        if (depth === 1) {
          if (insertAt < 0) insertAt = closeStart;
        } else if (depth === 2 && local === "si" && inMain(uri)) {
          texts.push(text);
          plain.push(onlyT && children === 1);
        } else if (depth >= 3) capture = false;
      },
      text(t) {
        if (capture) text += t;
      },
    },
    part,
  );
  try {
    for await (const chunk of chunks) reader.write(chunk);
    reader.end();
  } catch (e) {
    if (e instanceof XmlError) throw new InputError("badPart", { part, detail: e.message });
    throw e;
  }
  if (root === undefined) throw new InputError("badPart", { part, detail: "no root element" });
  const attr = (name: string) => rootAttributes.find((a) => a.name === name);
  const count = attr("count");
  const uniqueCount = attr("uniqueCount");
  return {
    texts,
    plain,
    layout: {
      part,
      root,
      insertAt,
      count: count === undefined ? undefined : { start: count.start, end: count.end, value: Number(count.value) || 0 },
      uniqueCount: uniqueCount === undefined ? undefined : { start: uniqueCount.start, end: uniqueCount.end },
    },
  };
}
