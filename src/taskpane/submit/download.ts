/** The .docx content type, for the downloaded clean copy. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Save bytes through the browser's download (a Blob and an <a download> link): the fallback where
 * Word cannot open the clean copy in a new window. The link is a blob: URL (no text in it).
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = DOCX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser time to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** imr-report-clean-copy-<yyyy-mm-dd>.docx */
export function cleanCopyFileName(today: Date): string {
  const date = [
    String(today.getFullYear()).padStart(4, "0"),
    String(today.getMonth() + 1).padStart(2, "0"),
    String(today.getDate()).padStart(2, "0"),
  ].join("-");
  return `imr-report-clean-copy-${date}.docx`;
}
