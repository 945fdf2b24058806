/** The .docx content type (the clean copy). */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** CSV as Excel opens it (the chronology, the QA form). */
export const CSV_TYPE = "text/csv;charset=utf-8";

/**
 * Offer bytes or text to the person as a file, through the browser's download (a Blob and an
 * <a download> link). Nothing leaves the machine: the link is a blob: URL, with no text in it.
 */
export function downloadFile(data: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
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
