/**
 * The name a downloaded chronology CSV is saved under: chronology-<agency>-<yyyy-mm-dd>.csv.
 * The agency's name is cut down to letters, digits and hyphens (no path or shell characters,
 * nothing longer than 40 characters); without one the name is chronology-<yyyy-mm-dd>.csv.
 */
export function csvFileName(agency: string | undefined, today: Date): string {
  const slug = (agency ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const date = [
    String(today.getFullYear()).padStart(4, "0"),
    String(today.getMonth() + 1).padStart(2, "0"),
    String(today.getDate()).padStart(2, "0"),
  ].join("-");
  return slug ? `chronology-${slug}-${date}.csv` : `chronology-${date}.csv`;
}
