import { formatTime, readTime, timeOf } from "../../../src/core/chronology/times";

describe("readTime", () => {
  it.each(["17:00", "00:00", "23:59", " 09:30 "])("accepts %p as it is", (text) => {
    expect(readTime(text).status).toBe("valid");
  });

  it("reads an empty cell as empty", () => {
    expect(readTime("")).toEqual({ status: "empty" });
  });

  it.each([
    ["5pm", "17:00"],
    ["5 pm", "17:00"],
    ["5.30pm", "17:30"],
    ["5:30 p.m.", "17:30"],
    ["9am", "09:00"],
    ["12am", "00:00"],
    ["12pm", "12:00"],
    ["12.15am", "00:15"],
    ["noon", "12:00"],
    ["midday", "12:00"],
    ["17.00hrs", "17:00"],
    ["17.00 hrs", "17:00"],
    ["1700", "17:00"],
    ["1700hrs", "17:00"],
    ["0930", "09:30"],
    ["9:05", "09:05"],
    ["17h00", "17:00"],
    ["17:00:00", "17:00"],
  ])("%p -> %p", (text, normalised) => {
    const r = readTime(text);
    expect(r.status).toBe("normalisable");
    if (r.status === "normalisable") expect(r.normalised).toBe(normalised);
  });

  it.each([
    ["9:5", "not-a-time", /two digits/],
    ["25:00", "no-such-time", /hours run 00–23/],
    ["17:60", "no-such-time", /minutes 00–59/],
    ["2400", "no-such-time", /00:00 on the next day/],
    ["13pm", "no-such-time", /12-hour clock/],
    ["0am", "no-such-time", /12-hour clock/],
    ["morning", "vague", /not a time/],
    ["late evening", "vague", /not a time/],
    ["midnight", "midnight", /start or the end/],
    ["17:00-18:00", "range", /range of times/],
    ["17:00 to 18:00", "range", /range of times/],
    ["17:00:30", "not-a-time", /seconds/],
    ["930", "not-a-time", /not a time/],
    ["17", "not-a-time", /not a time/],
  ])("%p is reported as %p", (text, problem, explanation) => {
    const r = readTime(text);
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") {
      expect(r.problem).toBe(problem);
      expect(r.explanation).toMatch(explanation);
    }
    expect(timeOf(text)).toBeUndefined();
  });

  it("formats minutes as hh:mm", () => {
    expect(formatTime(0)).toBe("00:00");
    expect(formatTime(17 * 60 + 5)).toBe("17:05");
  });
});
