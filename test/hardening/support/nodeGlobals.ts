/**
 * Node's TextEncoder, TextDecoder, structuredClone and Buffer for a jsdom test, which lacks them: the
 * pane's Office.js code measures payloads with TextEncoder (a browser has it), the fake host uses
 * Buffer and structuredClone. Imported first, before the code that needs them.
 */
import { Buffer } from "node:buffer";
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder, Buffer, structuredClone: globalThis.structuredClone ?? ((value: unknown) => JSON.parse(JSON.stringify(value))) });
