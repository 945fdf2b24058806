import { check, type Scenario } from "../context";

/** Relative luminance of a CSS rgb() colour (0 black .. 1 white). */
function luminance(css: string): number {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`Not an rgb() colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const scenario: Scenario = {
  name: "follows Office's dark theme, with readable text",
  async run(ctx) {
    await ctx.open({ theme: "dark" });
    const colours = await ctx.pane
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        const heading = document.querySelector("h2");
        return {
          background: s.backgroundColor,
          text: heading ? getComputedStyle(heading).color : s.color,
        };
      });
    const bg = luminance(colours.background);
    const fg = luminance(colours.text);
    check(
      bg < 0.1,
      `The pane's background should be dark in Office's dark theme; it is ${colours.background}.`,
    );
    const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
    check(
      contrast >= 4.5,
      `Heading text should contrast at least 4.5:1 with the background; it is ${contrast.toFixed(1)}:1.`,
    );
    await ctx.screenshot("dark-theme");
  },
};
