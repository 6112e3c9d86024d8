/**
 * Limits shared by the binary (bplist.ts) and XML (xmlplist.ts) plist readers. Both enforce them while parsing, so a
 * hostile plist is refused after work proportional to its own size, never to what it would expand to.
 */

export interface PlistLimits {
  /** Values in the decoded tree, dict keys included; a shared (binary) object counts once per reference. */
  maxObjects: number;
  /** Decoded string and data bytes in the whole tree, again counted per reference. */
  maxBytes: number;
  /** Containers on the way down to the deepest value (a dict holding a string: 1). */
  maxDepth: number;
  /** Characters in one string or key. */
  maxString: number;
  /** Bytes in one data value. */
  maxData: number;
}

/** What a MachineInfo needs, with room: real ones have ~15 keys, strings under 100 characters, nesting 1. */
export const MACHINEINFO_LIMITS: Readonly<PlistLimits> = Object.freeze({
  maxObjects: 256,
  maxBytes: 64 * 1024,
  maxDepth: 8,
  maxString: 4096,
  maxData: 16 * 1024,
});

/** Malformed plist: the message names the first problem (never device text). */
export class PlistSyntaxError extends Error {}

/** A well-formed plist that goes over one of the limits. */
export class PlistLimitError extends PlistSyntaxError {
  constructor(
    readonly limit: keyof PlistLimits,
    message: string,
  ) {
    super(message);
  }
}

export function limitError(limit: keyof PlistLimits, limits: PlistLimits): PlistLimitError {
  const what: Record<keyof PlistLimits, string> = {
    maxObjects: `more than ${limits.maxObjects} values`,
    maxBytes: `more than ${limits.maxBytes} bytes of strings and data`,
    maxDepth: `nesting deeper than ${limits.maxDepth} levels`,
    maxString: `a string longer than ${limits.maxString} characters`,
    maxData: `a data value longer than ${limits.maxData} bytes`,
  };
  return new PlistLimitError(limit, what[limit]);
}

/** Sets a dict entry as an own property, even for the key "__proto__" (plain assignment would replace the prototype). */
export function setEntry(d: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(d, k, { value: v, enumerable: true, writable: true, configurable: true });
  else d[k] = v;
}
