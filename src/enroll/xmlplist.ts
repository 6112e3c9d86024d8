/**
 * A strict reader of XML property lists on saxes (a conformant, non-validating XML parser that refuses any
 * well-formedness error). MachineInfo is read on every enrollment; plist's reader builds a DOM through xmldom, which
 * compiles a regular expression per closing tag, and reports malformed XML on the console instead of failing: measured
 * 60 µs a MachineInfo against 14 µs here, of the ~0.8 ms CPU an enrollment took.
 * Types as plist.parse gives them: string, integer/real → number, true/false, date → Date, data → Buffer, array, dict.
 * The limits (plistlimits.ts) are enforced as elements open and text arrives, and no check backtracks: every step is
 * linear in the input.
 */
import { SaxesParser } from 'saxes';
import { limitError, PlistSyntaxError, setEntry, type PlistLimits } from './plistlimits.ts';

type Container = { kind: 'dict'; value: Record<string, unknown>; key?: string } | { kind: 'array'; value: unknown[] };

const LEAVES = new Set(['key', 'string', 'integer', 'real', 'true', 'false', 'date', 'data']);
const INTEGER = /^[+-]?\d+$/;
const REAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Longest text of an <integer>, <real> or <date>: far past any real one, short enough that checking it costs nothing. */
const MAX_SCALAR_TEXT = 256;

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isBase64 = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;

/** The base64 text of a <data> without its whitespace, or undefined when it is not base64 (up to two '=' at the end). One pass. */
export function compactBase64(text: string): string | undefined {
  const out: string[] = [];
  let start = -1;
  let pad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (start >= 0) {
        out.push(text.slice(start, i));
        start = -1;
      }
      continue;
    }
    if (c === 0x3d) {
      if (++pad > 2 || (pad === 2 && text.charCodeAt(i - 1) !== 0x3d)) return undefined;
    } else if (!isBase64(c) || pad > 0) return undefined;
    if (start < 0) start = i;
  }
  if (start >= 0) out.push(text.slice(start));
  return out.join('');
}

/** Parse one XML plist document; throws PlistSyntaxError (or its PlistLimitError) naming the first problem. */
export function parseXmlPlist(text: string, limits: PlistLimits): unknown {
  const parser = new SaxesParser({ position: false });
  const stack: Container[] = [];
  let root: unknown;
  let done = false;
  let inPlist = false;
  let leaf: string | null = null;
  let buf = '';
  let leafMax = 0;
  let objects = 0;
  let bytes = 0;
  const fail = (m: string): never => {
    throw new PlistSyntaxError(m);
  };
  const addBytes = (n: number) => {
    bytes += n;
    if (bytes > limits.maxBytes) throw limitError('maxBytes', limits);
  };

  const put = (v: unknown) => {
    const top = stack.at(-1);
    if (!top) {
      if (done || !inPlist) fail('more than one value at the top of the plist');
      root = v;
      done = true;
      return;
    }
    if (top.kind === 'array') {
      top.value.push(v);
      return;
    }
    if (top.key === undefined) fail('a dict value without its key');
    setEntry(top.value, top.key!, v);
    top.key = undefined;
  };

  parser.on('error', (e) => fail(e.message));
  parser.on('opentag', (t) => {
    if (leaf !== null) fail(`<${t.name}> inside <${leaf}>`);
    const name = t.name;
    if (name === 'plist') {
      if (inPlist || stack.length || done) fail('a nested <plist>');
      inPlist = true;
      return;
    }
    if (!inPlist) fail(`<${name}> outside <plist>`);
    if (++objects > limits.maxObjects) throw limitError('maxObjects', limits);
    if (stack.length > limits.maxDepth) throw limitError('maxDepth', limits);
    if (name === 'dict' || name === 'array') {
      const top = stack.at(-1);
      if (top?.kind === 'dict' && top.key === undefined) fail(`<${name}> where a dict expects a <key>`);
      stack.push(name === 'dict' ? { kind: 'dict', value: {} } : { kind: 'array', value: [] });
      return;
    }
    if (!LEAVES.has(name)) fail(`unknown element <${name}>`);
    const top = stack.at(-1);
    if (name === 'key') {
      if (top?.kind !== 'dict' || top.key !== undefined) fail('a <key> outside a dict, or two in a row');
    } else if (top?.kind === 'dict' && top.key === undefined) fail(`<${name}> where a dict expects a <key>`);
    leaf = name;
    buf = '';
    // strings by their own limit, data by the whole budget (it may carry any amount of whitespace), the rest short
    leafMax = name === 'key' || name === 'string' ? limits.maxString : name === 'data' ? limits.maxBytes : MAX_SCALAR_TEXT;
  });
  const onText = (s: string) => {
    if (leaf !== null) {
      buf += s;
      if (buf.length > leafMax)
        throw leaf === 'key' || leaf === 'string'
          ? limitError('maxString', limits)
          : leaf === 'data'
            ? limitError('maxBytes', limits)
            : fail(`an over-long <${leaf}>`);
    } else if (s.trim()) fail('text outside a value');
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (t) => {
    const name = t.name;
    if (name === 'plist') {
      inPlist = false;
      return;
    }
    if (name === 'dict' || name === 'array') {
      const c = stack.pop()!;
      if (c.kind === 'dict' && c.key !== undefined) fail(`<key>${c.key}</key> without a value`);
      put(c.value);
      return;
    }
    const text = buf;
    leaf = null;
    switch (name) {
      case 'key':
        addBytes(text.length);
        (stack.at(-1) as { key?: string }).key = text;
        return;
      case 'string':
        addBytes(text.length);
        put(text);
        return;
      case 'integer':
        if (!INTEGER.test(text.trim())) fail('an <integer> that is not one');
        put(Number(text));
        return;
      case 'real':
        if (!REAL.test(text.trim())) fail('a <real> that is not a number');
        put(Number(text));
        return;
      case 'true':
      case 'false':
        if (text.trim()) fail(`text inside <${name}/>`);
        put(name === 'true');
        return;
      case 'date': {
        const d = new Date(text.trim());
        if (Number.isNaN(d.getTime())) fail('a <date> that is not one');
        put(d);
        return;
      }
      case 'data': {
        const b64 = compactBase64(text);
        if (b64 === undefined) fail('<data> that is not base64');
        const data = Buffer.from(b64!, 'base64');
        if (data.length > limits.maxData) throw limitError('maxData', limits);
        addBytes(data.length);
        put(data);
        return;
      }
    }
  });

  try {
    parser.write(text).close();
  } catch (e) {
    throw e instanceof PlistSyntaxError ? e : new PlistSyntaxError((e as Error).message);
  }
  if (!done) throw new PlistSyntaxError('no value in the plist');
  return root;
}
