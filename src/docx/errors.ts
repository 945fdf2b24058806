/**
 * The one error src/docx throws for bad input. Its message is a single line in UK English that
 * names the problem (the CLI prints it as is; the task pane shows it).
 */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxError";
  }
}
