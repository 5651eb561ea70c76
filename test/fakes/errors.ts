/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (name "RichApi.Error", a `code` and
 * `debugInfo`), so code under test handles the fake's failures exactly as it would Excel's.
 */
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

// Messages are Excel's own where we know them, so tests read like real failures.
export const officeErrors = {
  propertyNotLoaded: (type: string, property: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${type}.${property}`,
    ),
  itemNotFound: (what: string) => new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`, what),
  itemAlreadyExists: (what: string) =>
    new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists. (${what})`, what),
  invalidArgument: (detail: string, location?: string) =>
    new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${detail}`, location),
  shapeMismatch: (location: string, expected: string, got: string) =>
    new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (range ${expected}, array ${got})`,
      location,
    ),
  invalidOperation: (detail: string, location?: string) => new FakeOfficeError("InvalidOperation", `The operation is invalid. ${detail}`, location),
  apiNotFound: (member: string, version: string) =>
    new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found. ${member} needs ExcelApi ${version}.`, member),
};

/** A misuse of the fake itself (an Office.js member it does not model): a test bug, not an Excel error. */
export function notModelled(type: string, member: string): Error {
  return new Error(`Fake Excel: ${type}.${member} is not modelled. Add it to test/fakes if src/excel needs it.`);
}
