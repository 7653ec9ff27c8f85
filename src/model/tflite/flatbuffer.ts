// A bounds-checked view of flatbuffer tables. The flatbuffers runtime returns 0 for reads past the
// end and has no verifier, and a model comes from a pull request, so every offset, vtable and vector
// is checked here before it is followed. Offsets to tables, vectors and strings are unsigned and
// point forward, so no reference can loop: verification always terminates.
//
// Work is linear in the file size, not in the number of references: a table is verified once per
// position (memoized), and every vector's length is checked against the caller's limit before its
// elements are read. A file whose vectors all point at one table (1,000,000 references in 4 MB) thus
// costs one verification, or is refused by the count limit.

import { ByteBuffer } from 'flatbuffers';
import { UserError } from '../../errors.ts';
import { checkLimit } from '../../limits.ts';

export class FlatBuffer {
  readonly bb: ByteBuffer;
  readonly length: number;
  private readonly tableCache = new Map<number, Table>();
  /** Decoded strings by position: names shared by many tensors are decoded once. */
  readonly stringCache = new Map<number, string>();

  constructor(readonly bytes: Uint8Array, readonly file: string) {
    this.bb = new ByteBuffer(bytes);
    this.length = bytes.length;
  }

  fail(what: string): never {
    throw new UserError(`malformed TFLite file: ${what} (the file is truncated or corrupt; re-export it with the TFLite converter)`, this.file);
  }

  check(pos: number, size: number, what: string): void {
    if (!Number.isInteger(pos) || pos < 0 || size < 0 || pos + size > this.length) {
      this.fail(`${what} at byte ${pos} (+${size}) lies outside the ${this.length}-byte file`);
    }
  }

  u8(pos: number): number { this.check(pos, 1, 'byte'); return this.bb.readUint8(pos); }
  i8(pos: number): number { this.check(pos, 1, 'byte'); return this.bb.readInt8(pos); }
  u16(pos: number): number { this.check(pos, 2, 'u16'); return this.bb.readUint16(pos); }
  i32(pos: number): number { this.check(pos, 4, 'i32'); return this.bb.readInt32(pos); }
  u32(pos: number): number { this.check(pos, 4, 'u32'); return this.bb.readUint32(pos); }
  f32(pos: number): number { this.check(pos, 4, 'f32'); return this.bb.readFloat32(pos); }

  /** A 64-bit integer that must fit a double exactly (offsets, sizes, zero points). */
  i64(pos: number, what: string): number {
    this.check(pos, 8, what);
    const v = this.bb.readInt64(pos);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${what} ${v} is out of range`);
    return Number(v);
  }

  /** The root table, after checking the file identifier. */
  root(identifier: string): Table {
    if (this.length < 8) this.fail(`only ${this.length} bytes, a TFLite file has at least 8`);
    let id = '';
    for (let i = 4; i < 8; i++) id += String.fromCharCode(this.bytes[i]!);
    if (id !== identifier) {
      throw new UserError(`not a TFLite model: file identifier is ${JSON.stringify(id)}, expected "${identifier}" (is this a .tflite file?)`, this.file);
    }
    return this.table(this.u32(0), 'root table');
  }

  table(pos: number, what: string): Table {
    const cached = this.tableCache.get(pos);
    if (cached !== undefined) return cached;
    const t = this.verifyTable(pos, what);
    this.tableCache.set(pos, t);
    return t;
  }

  private verifyTable(pos: number, what: string): Table {
    this.check(pos, 4, what);
    const vtable = pos - this.i32(pos);
    this.check(vtable, 4, `${what} vtable`);
    const vtableSize = this.u16(vtable);
    const tableSize = this.u16(vtable + 2);
    if (vtableSize < 4 || vtableSize % 2 !== 0) this.fail(`${what} has a vtable of ${vtableSize} bytes`);
    this.check(vtable, vtableSize, `${what} vtable`);
    this.check(pos, tableSize, what);
    return new Table(this, pos, vtable, vtableSize, tableSize, what);
  }
}

/** One verified table; field accessors return the schema default when a field is absent. */
export class Table {
  constructor(
    private readonly fb: FlatBuffer,
    private readonly pos: number,
    private readonly vtable: number,
    private readonly vtableSize: number,
    private readonly tableSize: number,
    readonly what: string,
  ) {}

  /** Absolute position of field `id`, or 0 when absent. */
  private field(id: number, size: number): number {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vtableSize) return 0;
    const off = this.fb.u16(this.vtable + slot);
    if (off === 0) return 0;
    if (off + size > this.tableSize) this.fb.fail(`${this.what} field ${id} overruns its table`);
    return this.pos + off;
  }

  has(id: number): boolean { return this.field(id, 1) !== 0; }
  u8(id: number, dflt = 0): number { const p = this.field(id, 1); return p ? this.fb.u8(p) : dflt; }
  i8(id: number, dflt = 0): number { const p = this.field(id, 1); return p ? this.fb.i8(p) : dflt; }
  bool(id: number, dflt = false): boolean { const p = this.field(id, 1); return p ? this.fb.u8(p) !== 0 : dflt; }
  i32(id: number, dflt = 0): number { const p = this.field(id, 4); return p ? this.fb.i32(p) : dflt; }
  u32(id: number, dflt = 0): number { const p = this.field(id, 4); return p ? this.fb.u32(p) : dflt; }
  f32(id: number, dflt = 0): number { const p = this.field(id, 4); return p ? this.fb.f32(p) : dflt; }
  u64(id: number, what: string): number { const p = this.field(id, 8); return p ? this.fb.i64(p, what) : 0; }

  /** Follows an offset field to its target, or returns 0 when absent. */
  private target(id: number): number {
    const p = this.field(id, 4);
    if (!p) return 0;
    const t = p + this.fb.u32(p);
    this.fb.check(t, 4, `${this.what} field ${id} target`);
    return t;
  }

  table(id: number, what: string): Table | null {
    const t = this.target(id);
    return t ? this.fb.table(t, what) : null;
  }

  /**
   * Start and length of a vector of `elementSize`-byte elements (length 0 when absent). A length
   * over `max` is refused before any element is read.
   */
  private vector(id: number, elementSize: number, what: string, max = Infinity): { start: number; length: number } {
    const t = this.target(id);
    if (!t) return { start: 0, length: 0 };
    const length = this.fb.u32(t);
    this.fb.check(t + 4, length * elementSize, what);
    checkLimit(length, max, `the length of ${what}`, this.fb.file);
    return { start: t + 4, length };
  }

  /** Element count of a vector field, without reading it. */
  length(id: number, what: string): number {
    return this.vector(id, 1, what).length;
  }

  string(id: number, what: string): string {
    const { start, length } = this.vector(id, 1, what);
    let s = this.fb.stringCache.get(start);
    if (s === undefined) {
      s = new TextDecoder().decode(this.fb.bytes.subarray(start, start + length));
      this.fb.stringCache.set(start, s);
    }
    return s;
  }

  /** Bytes of a [ubyte] vector as a view into the file (never a copy). */
  bytes(id: number, what: string): Uint8Array {
    const { start, length } = this.vector(id, 1, what);
    return this.fb.bytes.subarray(start, start + length);
  }

  i32s(id: number, what: string, max = Infinity): number[] {
    const { start, length } = this.vector(id, 4, what, max);
    const out = new Array<number>(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i32(start + 4 * i);
    return out;
  }

  f32s(id: number, what: string, max = Infinity): number[] {
    const { start, length } = this.vector(id, 4, what, max);
    const out = new Array<number>(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.f32(start + 4 * i);
    return out;
  }

  i64s(id: number, what: string, max = Infinity): number[] {
    const { start, length } = this.vector(id, 8, what, max);
    const out = new Array<number>(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i64(start + 8 * i, what);
    return out;
  }

  tables(id: number, what: string, max = Infinity): Table[] {
    const { start, length } = this.vector(id, 4, what, max);
    const out = new Array<Table>(length);
    for (let i = 0; i < length; i++) {
      const p = start + 4 * i;
      out[i] = this.fb.table(p + this.fb.u32(p), `${what}[${i}]`);
    }
    return out;
  }
}
