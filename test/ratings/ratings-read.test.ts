import { describe, expect, it } from "vitest";
import { readRatings } from "../../src/load/ratings.js";
import { parseRatingDate, parseScore } from "../../src/model/ratings.js";

const PLAIN = [
  "date,rater,rated,process,score,comment",
  '2026-11-02,service-advisor,procurement,parts-delivery,4,"Запчасти пришли вовремя, но без накладной"',
  "# 2026-11-03,mechanic,procurement,,3,",
  "2026-11-05,dispatcher,procurement,parts-delivery,5,",
].join("\n");

/** The same rows as Excel saves them in a Russian locale: a BOM, `;`, CRLF, dates as DD.MM.YYYY. */
const EXCEL = `\ufeff${[
  "date;rater;rated;process;score;comment",
  "02.11.2026;service-advisor;procurement;parts-delivery;4;Запчасти пришли вовремя, но без накладной",
  "# 03.11.2026;mechanic;procurement;;3;",
  "05.11.2026;dispatcher;procurement;parts-delivery;5;",
].join("\r\n")}\r\n`;

describe("reading ratings CSV", () => {
  it("reads a file Excel saved with `;` and a BOM the same as the plain one, comment lines skipped", () => {
    const plain = readRatings(PLAIN, "ratings/a.csv", "ru");
    const excel = readRatings(EXCEL, "ratings/a.csv", "ru");
    expect(plain.diagnostics).toEqual([]);
    expect(excel.diagnostics).toEqual([]);
    const meaning = (rows: typeof plain.rows) =>
      rows.map((r) => ({ ...r, date: parseRatingDate(r.date), score: parseScore(r.score) }));
    expect(meaning(excel.rows)).toEqual(meaning(plain.rows));
    expect(plain.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(plain.rows[0]?.comment).toBe("Запчасти пришли вовремя, но без накладной");
  });

  it("a comment with an unquoted comma is an error at its line, not half a comment", () => {
    const text =
      "date,rater,rated,process,score,comment\n2026-11-20,dispatcher,it-service,,3,Закрывают без комментария о том, что сделано\n";
    const read = readRatings(text, "ratings/b.csv", "en");
    expect(read.rows).toEqual([]);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ code: "csv-columns", severity: "error", file: "ratings/b.csv", line: 2 }),
    ]);
    expect(read.diagnostics[0]?.message).toMatch(/7 fields, the header 6.*double quotes/);
  });

  it("an unclosed quote is a syntax error with the file and line, never a crash", () => {
    const text = 'date,rater,rated,process,score,comment\n2026-11-02,a,b,,5,\n2026-11-03,a,b,,4,"не закрыта кавычка\n';
    const read = readRatings(text, "ratings/c.csv", "ru");
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ code: "csv-syntax", severity: "error", file: "ratings/c.csv", line: 3 }),
    ]);
  });

  it("a header without the score column is an error at the header", () => {
    const read = readRatings("date,rater,rated\n2026-11-02,a,b\n", "ratings/d.csv", "en");
    expect(read.rows).toEqual([]);
    expect(read.diagnostics).toEqual([expect.objectContaining({ code: "csv-header", line: 1 })]);
  });

  it("dates: ISO, a CRM's date and time, DD.MM.YYYY; not the 30th of February", () => {
    expect(parseRatingDate("2026-11-05")).toBe("2026-11-05");
    expect(parseRatingDate("2026-11-05 10:15")).toBe("2026-11-05");
    expect(parseRatingDate("05.11.2026")).toBe("2026-11-05");
    expect(parseRatingDate("2026-02-30")).toBeUndefined();
    expect(parseRatingDate("ноябрь")).toBeUndefined();
    expect([parseScore("4"), parseScore("4,0"), parseScore("0"), parseScore("3.5"), parseScore("")]).toEqual([
      4,
      4,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
