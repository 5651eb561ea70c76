/**
 * The one Node API the fake Excel host uses (payload sizes in test/fakes/context.ts), for the
 * browser test page; webpack provides it only in test builds.
 */
export const Buffer = {
  byteLength: (text: string): number => new TextEncoder().encode(text).length,
};
