/** The clean copy's file name: imr-report-clean-copy-<yyyy-mm-dd>.docx */
export function cleanCopyFileName(today: Date): string {
  const date = [
    String(today.getFullYear()).padStart(4, "0"),
    String(today.getMonth() + 1).padStart(2, "0"),
    String(today.getDate()).padStart(2, "0"),
  ].join("-");
  return `imr-report-clean-copy-${date}.docx`;
}
