// The file importers under fuzzing: 任免审批表 (LRMX XML, LRM CSV) and the 花名册 (.xlsx) reader
// and row validator. Random bytes, random text and mutations of a real file never throw; every
// refusal (of a file, or of a cell) says what is wrong in Chinese; a draft written to LRMX and
// read back is the same draft.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRosterSheet, type RawCell } from "@/lib/import/read-roster-sheet";
import { ROSTER_COLUMNS } from "@/lib/import/roster-columns";
import { validateRosterRow } from "@/lib/import/roster-row";
import { parseLooseDate, parseLrm, parseLrmx, writeLrmx } from "@/lib/lrmx";
import { nastyString } from "./zod-arbitraries";

const CJK = /[\u3400-\u9fff]/;
const FIXTURE = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8");
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** A real file, damaged: a slice cut out, duplicated or replaced, or the file cut short. */
const mutatedFixture = fc
  .tuple(
    fc.nat(FIXTURE.length),
    fc.nat(200),
    fc.oneof(
      nastyString,
      fc.constantFrom("<", ">", "&", "</Person>", "<Item>", "]]>", "<!--", "&#0;", "&amp;", "\uFFFD"),
    ),
    fc.constantFrom("cut", "dup", "replace", "truncate"),
  )
  .map(([at, len, insert, how]) =>
    how === "cut"
      ? FIXTURE.slice(0, at) + FIXTURE.slice(at + len)
      : how === "dup"
        ? FIXTURE.slice(0, at + len) + FIXTURE.slice(at, at + len) + FIXTURE.slice(at + len)
        : how === "replace"
          ? FIXTURE.slice(0, at) + insert + FIXTURE.slice(at + len)
          : FIXTURE.slice(0, at),
  );

const expectRefusalExplained = (r: { ok: boolean; message?: string }) => {
  if (!r.ok) expect(r.message).toMatch(CJK);
};

describe("任免审批表 readers under fuzzing", () => {
  it("LRMX: random bytes, random text and damaged real files → a draft or a Chinese message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string(), mutatedFixture), (input) => {
        expectRefusalExplained(parseLrmx(input));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("LRM (CSV): random bytes and text → a draft or a Chinese message", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          expectRefusalExplained(parseLrm(bytes));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("free text survives writing to LRMX and reading back, and a written draft reads back unchanged", () => {
    const base = parseLrmx(FIXTURE);
    if (!base.ok) throw new Error(base.message);
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, "").trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(
        fc.record({
          expertise: text,
          currentPost: text,
          proposedPost: text,
          reportingUnit: text,
          rewardsAndPunishments: text,
        }),
        (fields) => {
          const once = parseLrmx(writeLrmx({ ...base.draft, ...fields }));
          if (!once.ok) throw new Error(once.message);
          expect(once.draft).toMatchObject(fields);
          // The writer spells education levels its own way (大学 → 大学本科); after that, fixed.
          const twice = parseLrmx(writeLrmx(once.draft));
          if (!twice.ok) throw new Error(twice.message);
          expect(twice.draft).toEqual(once.draft);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("loose dates: anything → a date or a Chinese message", () => {
    fc.assert(
      fc.property(fc.oneof(nastyString, fc.anything(), fc.date()), (v) => {
        const r = parseLooseDate(v);
        if (!r.ok) expect(r.message).toMatch(CJK);
        else if (r.value !== null) expect(r.value).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const cell = fc.oneof(
  nastyString,
  fc.integer({ min: -1e6, max: 1e12 }),
  fc.double({ noNaN: true, min: 1900, max: 2100 }),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constantFrom(
    null,
    "",
    "110105194912310029",
    "11010519491231002X",
    "男",
    "女",
    "汉族",
    "中共党员",
    "大学本科",
    "1988.05",
    "青禾区某局",
  ),
);

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("花名册 (.xlsx) under fuzzing", () => {
  it("random bytes → a Chinese refusal, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0x50, 0x4b, ...b])),
        ),
        async (bytes) => {
          const r = await readRosterSheet(bytes);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(CJK);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a sheet of random cells: each row is a draft with a valid 身份证号, or errors naming column and value in Chinese", async () => {
    const { parseIdNumber } = await import("@/lib/validation/id-number");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: HEADERS.length, maxLength: HEADERS.length }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (rows) => {
          const sheet = await readRosterSheet(await xlsx(rows));
          if (!sheet.ok) throw new Error(sheet.message);
          for (const raw of sheet.rows) {
            const r = validateRosterRow(raw, (t) =>
              t === "青禾区某局" ? { id: "u1", name: t } : { error: `没有名为“${t}”的单位` },
            );
            if (r.ok) expect(parseIdNumber(r.draft.idNumber).ok).toBe(true);
            else {
              expect(r.errors.length).toBeGreaterThan(0);
              for (const e of r.errors) {
                expect(e.message).toMatch(CJK);
                expect(e.column).toMatch(CJK);
                expect(e.row).toBe(raw.rowNumber);
              }
            }
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  }, 120_000);

  it("a row validator fed raw cells directly (as the reader produces them: text, or a valid Date) never throws", () => {
    const raw = fc.dictionary(
      fc.constantFrom(...ROSTER_COLUMNS.map((c) => c.field)),
      fc.record({
        value: fc.oneof(nastyString, fc.date({ noInvalidDate: true })),
        numeric: fc.boolean(),
      }) as fc.Arbitrary<RawCell>,
    );
    fc.assert(
      fc.property(raw, (cells) => {
        const r = validateRosterRow({ rowNumber: 7, cells }, () => ({ error: "没有该单位" }));
        if (!r.ok) for (const e of r.errors) expect(e.message).toMatch(CJK);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
