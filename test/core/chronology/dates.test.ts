import {
  dateOf,
  expandYear,
  formatDate,
  readDate,
  readDateRange,
} from "../../../src/core/chronology/dates";

describe("readDate: the strict form", () => {
  it.each(["01/01/2012", "31/12/1999", "29/02/2012", "  05/06/2013  "])(
    "accepts %p as it is",
    (text) => {
      const r = readDate(text);
      expect(r.status).toBe("valid");
    },
  );

  it("accepts a leading ? as an uncertain date", () => {
    expect(readDate("?01/03/2012")).toEqual({
      status: "valid",
      value: { year: 2012, month: 3, day: 1, key: 20120301 },
      uncertain: true,
    });
  });

  it("reads an empty cell as empty", () => {
    expect(readDate("   ")).toEqual({ status: "empty" });
  });
});

describe("readDate: forms read one way are normalised", () => {
  it.each([
    ["1st Jan 2013", "01/01/2013"],
    ["1 January 2013", "01/01/2013"],
    ["1st of January, 2013", "01/01/2013"],
    ["Jan 1 2013", "01/01/2013"],
    ["January 1st, 2013", "01/01/2013"],
    ["Tuesday 1 January 2013", "01/01/2013"],
    ["3 Sept 2014", "03/09/2014"],
    ["2013-02-05", "05/02/2013"],
    ["2013/2/5", "05/02/2013"],
    ["3/4/13", "03/04/2013"],
    ["22.05.16", "22/05/2016"],
    ["22-May-16", "22/05/2016"],
    ["22-may-2016", "22/05/2016"],
    ["5/6/2013", "05/06/2013"],
    ["01-01-2012", "01/01/2012"],
    ["? 3/4/13", "?03/04/2013"],
    ["?1 Jan 2013", "?01/01/2013"],
  ])("%p -> %p", (text, normalised) => {
    const r = readDate(text);
    expect(r.status).toBe("normalisable");
    if (r.status === "normalisable") expect(r.normalised).toBe(normalised);
  });

  it("reads day first: 3/4/13 is the 3rd of April", () => {
    expect(dateOf("3/4/13")).toMatchObject({ day: 3, month: 4, year: 2013 });
  });

  it("says how it read a two-digit year", () => {
    const r = readDate("22.05.16");
    expect(r.status === "normalisable" && r.note).toBe("two-digit year read as 2016");
  });

  it.each([
    [0, 2000],
    [13, 2013],
    [69, 2069],
    [70, 1970],
    [99, 1999],
  ])("two-digit year %p is %p", (yy, year) => {
    expect(expandYear(yy)).toBe(year);
  });
});

describe("readDate: reported, never guessed", () => {
  it.each([
    ["01/13/2013", "us-order", /no month 13.*13 January 2013/],
    ["31/02/2013", "no-such-day", /31 February 2013 does not exist/],
    ["29/02/2013", "no-such-day", /29 February 2013/],
    ["13/13/2013", "not-a-date", /no month 13/],
    ["Spring 2012", "vague", /not a date/],
    ["early March", "vague", /not a date/],
    ["2012", "year-only", /only a year/],
    ["March 2012", "month-only", /month but no day/],
    ["03/2012", "month-only", /month but no day/],
    ["01/01/2012 - 05/01/2012", "range", /range of dates.*own row.*end-date column/],
    ["01/01/2012-05/01/2012", "range", /range/],
    ["01/01/2012 to 05/01/2012", "range", /range/],
    ["between 1 Jan 2012 and 5 Jan 2012", "range", /range/],
    ["01/01/2012 (approx)", "extra-text", /"\(approx\)".*\?01\/01\/2012/],
    ["On 01/01/2012 GP letter", "extra-text", /"On GP letter"/],
    ["01/01/2012 17:00", "time-in-date", /Put 17:00 in the time column.*01\/01\/2012/],
    ["Monday 1 January 2013", "weekday-mismatch", /was a Tuesday, not a Monday/],
    ["01/01/1850", "year-out-of-range", /1850/],
    ["?", "not-a-date", /on its own/],
    ["unknown", "vague", /not a date/],
    ["see notes", "not-a-date", /not a date/],
  ])("%p is reported as %p", (text, problem, explanation) => {
    const r = readDate(text);
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") {
      expect(r.problem).toBe(problem);
      expect(r.explanation).toMatch(explanation);
    }
    expect(dateOf(text)).toBeUndefined();
  });
});

describe("formatDate and readDateRange", () => {
  it("pads day, month and year", () => {
    expect(formatDate({ year: 2013, month: 4, day: 3, key: 20130403 })).toBe("03/04/2013");
  });

  it.each([
    ["01/01/2010 to 31/12/2012", 20100101, 20121231],
    ["1 January 2010 – 31 December 2012", 20100101, 20121231],
    ["between 01/01/2010 and 31/12/2012", 20100101, 20121231],
  ])("reads the period %p", (text, start, end) => {
    const r = readDateRange(text);
    expect(r?.start.key).toBe(start);
    expect(r?.end.key).toBe(end);
  });

  it("does not read a period that ends before it starts", () => {
    expect(readDateRange("31/12/2012 to 01/01/2010")).toBeUndefined();
  });
});
