/**
 * The document as .docx bytes, and opening bytes as a new document: how the clean copy is made
 * without touching the draft (Office.context.document.getFileAsync(Compressed), 4 MB slices; then
 * Word.Application.createDocument(base64).open(), WordApi 1.3).
 */

const SLICE_SIZE = 4 * 1024 * 1024;

function failed(result: Office.AsyncResult<unknown>): Error {
  return new Error(result.error?.message || "Word could not give the add-in the file.");
}

function getFile(): Promise<Office.File> {
  return new Promise((resolve, reject) =>
    Office.context.document.getFileAsync(
      Office.FileType.Compressed,
      { sliceSize: SLICE_SIZE },
      (r) =>
        r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(failed(r)),
    ),
  );
}

function getSlice(file: Office.File, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve(Uint8Array.from(r.value.data as ArrayLike<number>))
        : reject(failed(r)),
    ),
  );
}

/** The whole document, read slice by slice; `onProgress` gets 0..1. The file is always closed. */
export async function documentBytes(onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const file = await getFile();
  try {
    const slices: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      slices.push(await getSlice(file, i));
      onProgress?.((i + 1) / file.sliceCount);
    }
    const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
    let at = 0;
    for (const s of slices) {
      out.set(s, at);
      at += s.length;
    }
    return out;
  } finally {
    file.closeAsync();
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Open .docx bytes as a new, unsaved document window; the current document is untouched. */
export async function openAsNewDocument(bytes: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.application.createDocument(toBase64(bytes)).open();
    await context.sync();
  });
}
