/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", a code, debugInfo). */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(
  code: string,
  message: string,
  errorLocation?: string,
): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

/** Something real Word does that the fake does not: fail loudly rather than pretend. */
export function notModelled(what: string): FakeOfficeError {
  return new FakeOfficeError("FakeNotModelled", `FakeWord: ${what} is not modelled`);
}

export function propertyNotLoaded(type: string, name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object (${type}) and call "context.sync()" on the associated request context.`,
    `${type}.${name}`,
  );
}
