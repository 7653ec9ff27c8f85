#!/usr/bin/env node
import { createRequire as __tinygateCreateRequire } from 'node:module';
const require = __tinygateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/flatbuffers/js/constants.js
var require_constants = __commonJS({
  "node_modules/flatbuffers/js/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SIZE_PREFIX_LENGTH = exports.FILE_IDENTIFIER_LENGTH = exports.SIZEOF_INT = exports.SIZEOF_SHORT = void 0;
    exports.SIZEOF_SHORT = 2;
    exports.SIZEOF_INT = 4;
    exports.FILE_IDENTIFIER_LENGTH = 4;
    exports.SIZE_PREFIX_LENGTH = 4;
  }
});

// node_modules/flatbuffers/js/utils.js
var require_utils = __commonJS({
  "node_modules/flatbuffers/js/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isLittleEndian = exports.float64 = exports.float32 = exports.int32 = void 0;
    exports.int32 = new Int32Array(2);
    exports.float32 = new Float32Array(exports.int32.buffer);
    exports.float64 = new Float64Array(exports.int32.buffer);
    exports.isLittleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
  }
});

// node_modules/flatbuffers/js/encoding.js
var require_encoding = __commonJS({
  "node_modules/flatbuffers/js/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = void 0;
    var Encoding;
    (function(Encoding2) {
      Encoding2[Encoding2["UTF8_BYTES"] = 1] = "UTF8_BYTES";
      Encoding2[Encoding2["UTF16_STRING"] = 2] = "UTF16_STRING";
    })(Encoding || (exports.Encoding = Encoding = {}));
  }
});

// node_modules/flatbuffers/js/byte-buffer.js
var require_byte_buffer = __commonJS({
  "node_modules/flatbuffers/js/byte-buffer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteBuffer = void 0;
    var constants_js_1 = require_constants();
    var encoding_js_1 = require_encoding();
    var utils_js_1 = require_utils();
    var ByteBuffer2 = class _ByteBuffer {
      /**
       * Create a new ByteBuffer with a given array of bytes (`Uint8Array`)
       */
      constructor(bytes_) {
        this.bytes_ = bytes_;
        this.position_ = 0;
        this.text_decoder_ = new TextDecoder();
      }
      /**
       * Create and allocate a new ByteBuffer with a given size.
       */
      static allocate(byte_size) {
        return new _ByteBuffer(new Uint8Array(byte_size));
      }
      clear() {
        this.position_ = 0;
      }
      /**
       * Get the underlying `Uint8Array`.
       */
      bytes() {
        return this.bytes_;
      }
      /**
       * Get the buffer's position.
       */
      position() {
        return this.position_;
      }
      /**
       * Set the buffer's position.
       */
      setPosition(position) {
        this.position_ = position;
      }
      /**
       * Get the buffer's capacity.
       */
      capacity() {
        return this.bytes_.length;
      }
      readInt8(offset) {
        return this.readUint8(offset) << 24 >> 24;
      }
      readUint8(offset) {
        return this.bytes_[offset];
      }
      readInt16(offset) {
        return this.readUint16(offset) << 16 >> 16;
      }
      readUint16(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8;
      }
      readInt32(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8 | this.bytes_[offset + 2] << 16 | this.bytes_[offset + 3] << 24;
      }
      readUint32(offset) {
        return this.readInt32(offset) >>> 0;
      }
      readInt64(offset) {
        return BigInt.asIntN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readUint64(offset) {
        return BigInt.asUintN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readFloat32(offset) {
        utils_js_1.int32[0] = this.readInt32(offset);
        return utils_js_1.float32[0];
      }
      readFloat64(offset) {
        utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1] = this.readInt32(offset);
        utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0] = this.readInt32(offset + 4);
        return utils_js_1.float64[0];
      }
      writeInt8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeUint8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeInt16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeUint16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeInt32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeUint32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeInt64(offset, value) {
        this.writeInt32(offset, Number(BigInt.asIntN(32, value)));
        this.writeInt32(offset + 4, Number(BigInt.asIntN(32, value >> BigInt(32))));
      }
      writeUint64(offset, value) {
        this.writeUint32(offset, Number(BigInt.asUintN(32, value)));
        this.writeUint32(offset + 4, Number(BigInt.asUintN(32, value >> BigInt(32))));
      }
      writeFloat32(offset, value) {
        utils_js_1.float32[0] = value;
        this.writeInt32(offset, utils_js_1.int32[0]);
      }
      writeFloat64(offset, value) {
        utils_js_1.float64[0] = value;
        this.writeInt32(offset, utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1]);
        this.writeInt32(offset + 4, utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0]);
      }
      /**
       * Return the file identifier.   Behavior is undefined for FlatBuffers whose
       * schema does not include a file_identifier (likely points at padding or the
       * start of a the root vtable).
       */
      getBufferIdentifier() {
        if (this.bytes_.length < this.position_ + constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: ByteBuffer is too short to contain an identifier.");
        }
        let result = "";
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          result += String.fromCharCode(this.readInt8(this.position_ + constants_js_1.SIZEOF_INT + i));
        }
        return result;
      }
      /**
       * Look up a field in the vtable, return an offset into the object, or 0 if the
       * field is not present.
       */
      __offset(bb_pos, vtable_offset) {
        const vtable = bb_pos - this.readInt32(bb_pos);
        return vtable_offset < this.readInt16(vtable) ? this.readInt16(vtable + vtable_offset) : 0;
      }
      /**
       * Initialize any Table-derived type to point to the union at the given offset.
       */
      __union(t, offset) {
        t.bb_pos = offset + this.readInt32(offset);
        t.bb = this;
        return t;
      }
      /**
       * Create a JavaScript string from UTF-8 data stored inside the FlatBuffer.
       * This allocates a new string and converts to wide chars upon each access.
       *
       * To avoid the conversion to string, pass Encoding.UTF8_BYTES as the
       * "optionalEncoding" argument. This is useful for avoiding conversion when
       * the data will just be packaged back up in another FlatBuffer later on.
       *
       * @param offset
       * @param opt_encoding Defaults to UTF16_STRING
       */
      __string(offset, opt_encoding) {
        offset += this.readInt32(offset);
        const length = this.readInt32(offset);
        offset += constants_js_1.SIZEOF_INT;
        const utf8bytes = this.bytes_.subarray(offset, offset + length);
        if (opt_encoding === encoding_js_1.Encoding.UTF8_BYTES)
          return utf8bytes;
        else
          return this.text_decoder_.decode(utf8bytes);
      }
      /**
       * Handle unions that can contain string as its member, if a Table-derived type then initialize it,
       * if a string then return a new one
       *
       * WARNING: strings are immutable in JS so we can't change the string that the user gave us, this
       * makes the behaviour of __union_with_string different compared to __union
       */
      __union_with_string(o, offset) {
        if (typeof o === "string") {
          return this.__string(offset);
        }
        return this.__union(o, offset);
      }
      /**
       * Retrieve the relative offset stored at "offset"
       */
      __indirect(offset) {
        return offset + this.readInt32(offset);
      }
      /**
       * Get the start of data of a vector whose offset is stored at "offset" in this object.
       */
      __vector(offset) {
        return offset + this.readInt32(offset) + constants_js_1.SIZEOF_INT;
      }
      /**
       * Get the length of a vector whose offset is stored at "offset" in this object.
       */
      __vector_len(offset) {
        return this.readInt32(offset + this.readInt32(offset));
      }
      __has_identifier(ident) {
        if (ident.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
        }
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          if (ident.charCodeAt(i) != this.readInt8(this.position() + constants_js_1.SIZEOF_INT + i)) {
            return false;
          }
        }
        return true;
      }
      /**
       * A helper function for generating list for obj api
       */
      createScalarList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val);
          }
        }
        return ret;
      }
      /**
       * A helper function for generating list for obj api
       * @param listAccessor function that accepts an index and return data at that index
       * @param listLength listLength
       * @param res result list
       */
      createObjList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val.unpack());
          }
        }
        return ret;
      }
    };
    exports.ByteBuffer = ByteBuffer2;
  }
});

// node_modules/flatbuffers/js/builder.js
var require_builder = __commonJS({
  "node_modules/flatbuffers/js/builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Builder = void 0;
    var byte_buffer_js_1 = require_byte_buffer();
    var constants_js_1 = require_constants();
    var Builder2 = class _Builder {
      /**
       * Create a FlatBufferBuilder.
       */
      constructor(opt_initial_size) {
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
        this.text_encoder = new TextEncoder();
        let initial_size;
        if (!opt_initial_size) {
          initial_size = 1024;
        } else {
          initial_size = opt_initial_size;
        }
        this.bb = byte_buffer_js_1.ByteBuffer.allocate(initial_size);
        this.space = initial_size;
      }
      clear() {
        this.bb.clear();
        this.space = this.bb.capacity();
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
      }
      /**
       * In order to save space, fields that are set to their default value
       * don't get serialized into the buffer. Forcing defaults provides a
       * way to manually disable this optimization.
       *
       * @param forceDefaults true always serializes default values
       */
      forceDefaults(forceDefaults) {
        this.force_defaults = forceDefaults;
      }
      /**
       * Get the ByteBuffer representing the FlatBuffer. Only call this after you've
       * called finish(). The actual data starts at the ByteBuffer's current position,
       * not necessarily at 0.
       */
      dataBuffer() {
        return this.bb;
      }
      /**
       * Get the bytes representing the FlatBuffer. Only call this after you've
       * called finish().
       */
      asUint8Array() {
        return this.bb.bytes().subarray(this.bb.position(), this.bb.position() + this.offset());
      }
      /**
       * Prepare to write an element of `size` after `additional_bytes` have been
       * written, e.g. if you write a string, you need to align such the int length
       * field is aligned to 4 bytes, and the string data follows it directly. If all
       * you need to do is alignment, `additional_bytes` will be 0.
       *
       * @param size This is the of the new element to write
       * @param additional_bytes The padding size
       */
      prep(size2, additional_bytes) {
        if (size2 > this.minalign) {
          this.minalign = size2;
        }
        const align_size = ~(this.bb.capacity() - this.space + additional_bytes) + 1 & size2 - 1;
        while (this.space < align_size + size2 + additional_bytes) {
          const old_buf_size = this.bb.capacity();
          this.bb = _Builder.growByteBuffer(this.bb);
          this.space += this.bb.capacity() - old_buf_size;
        }
        this.pad(align_size);
      }
      pad(byte_size) {
        for (let i = 0; i < byte_size; i++) {
          this.bb.writeInt8(--this.space, 0);
        }
      }
      writeInt8(value) {
        this.bb.writeInt8(this.space -= 1, value);
      }
      writeInt16(value) {
        this.bb.writeInt16(this.space -= 2, value);
      }
      writeInt32(value) {
        this.bb.writeInt32(this.space -= 4, value);
      }
      writeInt64(value) {
        this.bb.writeInt64(this.space -= 8, value);
      }
      writeFloat32(value) {
        this.bb.writeFloat32(this.space -= 4, value);
      }
      writeFloat64(value) {
        this.bb.writeFloat64(this.space -= 8, value);
      }
      /**
       * Add an `int8` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int8` to add the buffer.
       */
      addInt8(value) {
        this.prep(1, 0);
        this.writeInt8(value);
      }
      /**
       * Add an `int16` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int16` to add the buffer.
       */
      addInt16(value) {
        this.prep(2, 0);
        this.writeInt16(value);
      }
      /**
       * Add an `int32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int32` to add the buffer.
       */
      addInt32(value) {
        this.prep(4, 0);
        this.writeInt32(value);
      }
      /**
       * Add an `int64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int64` to add the buffer.
       */
      addInt64(value) {
        this.prep(8, 0);
        this.writeInt64(value);
      }
      /**
       * Add a `float32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float32` to add the buffer.
       */
      addFloat32(value) {
        this.prep(4, 0);
        this.writeFloat32(value);
      }
      /**
       * Add a `float64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float64` to add the buffer.
       */
      addFloat64(value) {
        this.prep(8, 0);
        this.writeFloat64(value);
      }
      addFieldInt8(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt8(value);
          this.slot(voffset);
        }
      }
      addFieldInt16(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt16(value);
          this.slot(voffset);
        }
      }
      addFieldInt32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt32(value);
          this.slot(voffset);
        }
      }
      addFieldInt64(voffset, value, defaultValue) {
        if (this.force_defaults || value !== defaultValue) {
          this.addInt64(value);
          this.slot(voffset);
        }
      }
      addFieldFloat32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat32(value);
          this.slot(voffset);
        }
      }
      addFieldFloat64(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat64(value);
          this.slot(voffset);
        }
      }
      addFieldOffset(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addOffset(value);
          this.slot(voffset);
        }
      }
      /**
       * Structs are stored inline, so nothing additional is being added. `d` is always 0.
       */
      addFieldStruct(voffset, value, defaultValue) {
        if (value != defaultValue) {
          this.nested(value);
          this.slot(voffset);
        }
      }
      /**
       * Structures are always stored inline, they need to be created right
       * where they're used.  You'll get this assertion failure if you
       * created it elsewhere.
       */
      nested(obj) {
        if (obj != this.offset()) {
          throw new TypeError("FlatBuffers: struct must be serialized inline.");
        }
      }
      /**
       * Should not be creating any other object, string or vector
       * while an object is being constructed
       */
      notNested() {
        if (this.isNested) {
          throw new TypeError("FlatBuffers: object serialization must not be nested.");
        }
      }
      /**
       * Set the current vtable at `voffset` to the current location in the buffer.
       */
      slot(voffset) {
        if (this.vtable !== null)
          this.vtable[voffset] = this.offset();
      }
      /**
       * @returns Offset relative to the end of the buffer.
       */
      offset() {
        return this.bb.capacity() - this.space;
      }
      /**
       * Doubles the size of the backing ByteBuffer and copies the old data towards
       * the end of the new buffer (since we build the buffer backwards).
       *
       * @param bb The current buffer with the existing data
       * @returns A new byte buffer with the old data copied
       * to it. The data is located at the end of the buffer.
       *
       * uint8Array.set() formally takes {Array<number>|ArrayBufferView}, so to pass
       * it a uint8Array we need to suppress the type check:
       * @suppress {checkTypes}
       */
      static growByteBuffer(bb) {
        const old_buf_size = bb.capacity();
        if (old_buf_size & 3221225472) {
          throw new Error("FlatBuffers: cannot grow buffer beyond 2 gigabytes.");
        }
        const new_buf_size = old_buf_size << 1;
        const nbb = byte_buffer_js_1.ByteBuffer.allocate(new_buf_size);
        nbb.setPosition(new_buf_size - old_buf_size);
        nbb.bytes().set(bb.bytes(), new_buf_size - old_buf_size);
        return nbb;
      }
      /**
       * Adds on offset, relative to where it will be written.
       *
       * @param offset The offset to add.
       */
      addOffset(offset) {
        this.prep(constants_js_1.SIZEOF_INT, 0);
        this.writeInt32(this.offset() - offset + constants_js_1.SIZEOF_INT);
      }
      /**
       * Start encoding a new object in the buffer.  Users will not usually need to
       * call this directly. The FlatBuffers compiler will generate helper methods
       * that call this method internally.
       */
      startObject(numfields) {
        this.notNested();
        if (this.vtable == null) {
          this.vtable = [];
        }
        this.vtable_in_use = numfields;
        for (let i = 0; i < numfields; i++) {
          this.vtable[i] = 0;
        }
        this.isNested = true;
        this.object_start = this.offset();
      }
      /**
       * Finish off writing the object that is under construction.
       *
       * @returns The offset to the object inside `dataBuffer`
       */
      endObject() {
        if (this.vtable == null || !this.isNested) {
          throw new Error("FlatBuffers: endObject called without startObject");
        }
        this.addInt32(0);
        const vtableloc = this.offset();
        let i = this.vtable_in_use - 1;
        for (; i >= 0 && this.vtable[i] == 0; i--) {
        }
        const trimmed_size = i + 1;
        for (; i >= 0; i--) {
          this.addInt16(this.vtable[i] != 0 ? vtableloc - this.vtable[i] : 0);
        }
        const standard_fields = 2;
        this.addInt16(vtableloc - this.object_start);
        const len = (trimmed_size + standard_fields) * constants_js_1.SIZEOF_SHORT;
        this.addInt16(len);
        let existing_vtable = 0;
        const vt1 = this.space;
        outer_loop: for (i = 0; i < this.vtables.length; i++) {
          const vt2 = this.bb.capacity() - this.vtables[i];
          if (len == this.bb.readInt16(vt2)) {
            for (let j = constants_js_1.SIZEOF_SHORT; j < len; j += constants_js_1.SIZEOF_SHORT) {
              if (this.bb.readInt16(vt1 + j) != this.bb.readInt16(vt2 + j)) {
                continue outer_loop;
              }
            }
            existing_vtable = this.vtables[i];
            break;
          }
        }
        if (existing_vtable) {
          this.space = this.bb.capacity() - vtableloc;
          this.bb.writeInt32(this.space, existing_vtable - vtableloc);
        } else {
          this.vtables.push(this.offset());
          this.bb.writeInt32(this.bb.capacity() - vtableloc, this.offset() - vtableloc);
        }
        this.isNested = false;
        return vtableloc;
      }
      /**
       * Finalize a buffer, poiting to the given `root_table`.
       */
      finish(root_table, opt_file_identifier, opt_size_prefix) {
        const size_prefix = opt_size_prefix ? constants_js_1.SIZE_PREFIX_LENGTH : 0;
        if (opt_file_identifier) {
          const file_identifier = opt_file_identifier;
          this.prep(this.minalign, constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH + size_prefix);
          if (file_identifier.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
            throw new TypeError("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
          }
          for (let i = constants_js_1.FILE_IDENTIFIER_LENGTH - 1; i >= 0; i--) {
            this.writeInt8(file_identifier.charCodeAt(i));
          }
        }
        this.prep(this.minalign, constants_js_1.SIZEOF_INT + size_prefix);
        this.addOffset(root_table);
        if (size_prefix) {
          this.addInt32(this.bb.capacity() - this.space);
        }
        this.bb.setPosition(this.space);
      }
      /**
       * Finalize a size prefixed buffer, pointing to the given `root_table`.
       */
      finishSizePrefixed(root_table, opt_file_identifier) {
        this.finish(root_table, opt_file_identifier, true);
      }
      /**
       * This checks a required field has been set in a given table that has
       * just been constructed.
       */
      requiredField(table, field) {
        const table_start = this.bb.capacity() - table;
        const vtable_start = table_start - this.bb.readInt32(table_start);
        const ok = field < this.bb.readInt16(vtable_start) && this.bb.readInt16(vtable_start + field) != 0;
        if (!ok) {
          throw new TypeError("FlatBuffers: field " + field + " must be set");
        }
      }
      /**
       * Start a new array/vector of objects.  Users usually will not call
       * this directly. The FlatBuffers compiler will create a start/end
       * method for vector types in generated code.
       *
       * @param elem_size The size of each element in the array
       * @param num_elems The number of elements in the array
       * @param alignment The alignment of the array
       */
      startVector(elem_size, num_elems, alignment) {
        this.notNested();
        this.vector_num_elems = num_elems;
        this.prep(constants_js_1.SIZEOF_INT, elem_size * num_elems);
        this.prep(alignment, elem_size * num_elems);
      }
      /**
       * Finish off the creation of an array and all its elements. The array must be
       * created with `startVector`.
       *
       * @returns The offset at which the newly created array
       * starts.
       */
      endVector() {
        this.writeInt32(this.vector_num_elems);
        return this.offset();
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If the string passed has
       * already been seen, we return the offset of the already written string
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createSharedString(s) {
        if (!s) {
          return 0;
        }
        if (!this.string_maps) {
          this.string_maps = /* @__PURE__ */ new Map();
        }
        if (this.string_maps.has(s)) {
          return this.string_maps.get(s);
        }
        const offset = this.createString(s);
        this.string_maps.set(s, offset);
        return offset;
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If a Uint8Array is passed
       * instead of a string, it is assumed to contain valid UTF-8 encoded data.
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createString(s) {
        if (s === null || s === void 0) {
          return 0;
        }
        let utf8;
        if (s instanceof Uint8Array) {
          utf8 = s;
        } else {
          utf8 = this.text_encoder.encode(s);
        }
        this.addInt8(0);
        this.startVector(1, utf8.length, 1);
        this.bb.setPosition(this.space -= utf8.length);
        this.bb.bytes().set(utf8, this.space);
        return this.endVector();
      }
      /**
       * Create a byte vector.
       *
       * @param v The bytes to add
       * @returns The offset in the buffer where the byte vector starts
       */
      createByteVector(v) {
        if (v === null || v === void 0) {
          return 0;
        }
        this.startVector(1, v.length, 1);
        this.bb.setPosition(this.space -= v.length);
        this.bb.bytes().set(v, this.space);
        return this.endVector();
      }
      /**
       * A helper function to pack an object
       *
       * @returns offset of obj
       */
      createObjectOffset(obj) {
        if (obj === null) {
          return 0;
        }
        if (typeof obj === "string") {
          return this.createString(obj);
        } else {
          return obj.pack(this);
        }
      }
      /**
       * A helper function to pack a list of object
       *
       * @returns list of offsets of each non null object
       */
      createObjectOffsetList(list) {
        const ret = [];
        for (let i = 0; i < list.length; ++i) {
          const val = list[i];
          if (val !== null) {
            ret.push(this.createObjectOffset(val));
          } else {
            throw new TypeError("FlatBuffers: Argument for createObjectOffsetList cannot contain null.");
          }
        }
        return ret;
      }
      createStructOffsetList(list, startFunc) {
        startFunc(this, list.length);
        this.createObjectOffsetList(list.slice().reverse());
        return this.endVector();
      }
    };
    exports.Builder = Builder2;
  }
});

// node_modules/flatbuffers/js/flatbuffers.js
var require_flatbuffers = __commonJS({
  "node_modules/flatbuffers/js/flatbuffers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = exports.ByteBuffer = exports.Builder = exports.isLittleEndian = exports.int32 = exports.float64 = exports.float32 = exports.SIZE_PREFIX_LENGTH = exports.SIZEOF_SHORT = exports.SIZEOF_INT = exports.FILE_IDENTIFIER_LENGTH = void 0;
    var constants_js_1 = require_constants();
    Object.defineProperty(exports, "FILE_IDENTIFIER_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.FILE_IDENTIFIER_LENGTH;
    } });
    Object.defineProperty(exports, "SIZEOF_INT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_INT;
    } });
    Object.defineProperty(exports, "SIZEOF_SHORT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_SHORT;
    } });
    Object.defineProperty(exports, "SIZE_PREFIX_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.SIZE_PREFIX_LENGTH;
    } });
    var utils_js_1 = require_utils();
    Object.defineProperty(exports, "float32", { enumerable: true, get: function() {
      return utils_js_1.float32;
    } });
    Object.defineProperty(exports, "float64", { enumerable: true, get: function() {
      return utils_js_1.float64;
    } });
    Object.defineProperty(exports, "int32", { enumerable: true, get: function() {
      return utils_js_1.int32;
    } });
    Object.defineProperty(exports, "isLittleEndian", { enumerable: true, get: function() {
      return utils_js_1.isLittleEndian;
    } });
    var builder_js_1 = require_builder();
    Object.defineProperty(exports, "Builder", { enumerable: true, get: function() {
      return builder_js_1.Builder;
    } });
    var byte_buffer_js_1 = require_byte_buffer();
    Object.defineProperty(exports, "ByteBuffer", { enumerable: true, get: function() {
      return byte_buffer_js_1.ByteBuffer;
    } });
    var encoding_js_1 = require_encoding();
    Object.defineProperty(exports, "Encoding", { enumerable: true, get: function() {
      return encoding_js_1.Encoding;
    } });
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize3) {
      if (normalize3 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize3(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative = parse(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize3,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices2 = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices2}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices2}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices2}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli.ts
import { isMainThread as isMainThread2 } from "node:worker_threads";

// src/errors.ts
var UserError = class extends Error {
  /** The file the problem is in, when there is one. */
  file;
  constructor(message, file) {
    super(file === void 0 ? message : `${file}: ${message}`);
    this.name = "UserError";
    this.file = file;
  }
};
function isUserError(e) {
  return e instanceof UserError;
}

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/model/graph.ts
var DTYPE_BYTES = {
  float32: 4,
  float16: 2,
  float64: 8,
  bfloat16: 2,
  int4: 0.5,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  string: NaN,
  complex64: 8,
  complex128: 16,
  resource: NaN,
  variant: NaN
};
var SUPPORTED_OPS = [
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "FULLY_CONNECTED",
  "TRANSPOSE_CONV",
  "ADD",
  "SUB",
  "MUL",
  "AVERAGE_POOL_2D",
  "MAX_POOL_2D",
  "MEAN",
  "PAD",
  "PADV2",
  "RESHAPE",
  "SQUEEZE",
  "TRANSPOSE",
  "STRIDED_SLICE",
  "CONCATENATION",
  "SOFTMAX",
  "LOGISTIC",
  "TANH",
  "RELU",
  "RELU6",
  "HARD_SWISH",
  "QUANTIZE",
  "DEQUANTIZE",
  "RESIZE_NEAREST_NEIGHBOR",
  "RESIZE_BILINEAR"
];
var NO_TENSOR = -1;
function opName(op) {
  return op.kind === "UNSUPPORTED" ? op.attrs.opName : op.kind;
}
function elementCount(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
function tensorBytes(t) {
  return Math.ceil(elementCount(t.shape) * DTYPE_BYTES[t.dtype]);
}

// src/model/stats.ts
var CONFIG_SLOTS = /* @__PURE__ */ new Set(["shape", "axes", "paddings", "perm", "begin", "end", "strides", "size", "outputShape"]);
function denseMacs(op, graph) {
  const shape = (id) => graph.tensors[id].shape;
  const outElems = op.outputs.length > 0 ? elementCount(shape(op.outputs[0])) : 0;
  switch (op.kind) {
    case "CONV_2D": {
      const [, kh, kw, ic] = shape(op.inputs.filter);
      return outElems * kh * kw * ic;
    }
    case "DEPTHWISE_CONV_2D": {
      const [, kh, kw] = shape(op.inputs.filter);
      return outElems * kh * kw;
    }
    case "FULLY_CONNECTED":
      return outElems * shape(op.inputs.filter)[1];
    case "TRANSPOSE_CONV": {
      const [oc, kh, kw] = shape(op.inputs.filter);
      return elementCount(shape(op.inputs.input)) * oc * kh * kw;
    }
    default:
      return 0;
  }
}
function opStats(op, graph) {
  let params = 0;
  let constantBytes = 0;
  for (const [slot, id] of Object.entries(op.inputs)) {
    if (id === NO_TENSOR || CONFIG_SLOTS.has(slot)) continue;
    const t = graph.tensors[id];
    if (t.data === null) continue;
    params += elementCount(t.shape);
    constantBytes += t.data.length;
  }
  if (op.kind === "CONCATENATION" || op.kind === "UNSUPPORTED") {
    for (const id of op.inputList) {
      const t = id === NO_TENSOR ? void 0 : graph.tensors[id];
      if (t?.data) {
        params += elementCount(t.shape);
        constantBytes += t.data.length;
      }
    }
  }
  return { macs: denseMacs(op, graph), params, constantBytes };
}
function weightBytes(graph) {
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for (const t of graph.tensors) {
    if (t.data === null || seen.has(t.data)) continue;
    seen.add(t.data);
    total += t.data.length;
  }
  return total;
}
function idealActivationPeakBytes(graph) {
  const n = graph.ops.length;
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  for (const id of graph.inputs) first.set(id, 0);
  graph.ops.forEach((op, k) => {
    for (const id of op.outputs) if (!first.has(id)) first.set(id, k);
    for (const id of op.inputList) if (id !== NO_TENSOR && graph.tensors[id].data === null) last.set(id, k);
  });
  for (const id of graph.outputs) last.set(id, n - 1);
  const liveDelta = new Float64Array(n + 1);
  for (const [id, start] of first) {
    const bytes2 = tensorBytes(graph.tensors[id]);
    liveDelta[start] += bytes2;
    liveDelta[Math.max(start, last.get(id) ?? start) + 1] -= bytes2;
  }
  let live = 0;
  let peak = 0;
  for (let k = 0; k < n; k++) {
    live += liveDelta[k];
    peak = Math.max(peak, live);
  }
  return peak;
}

// src/model/tflite/flatbuffer.ts
var import_flatbuffers = __toESM(require_flatbuffers(), 1);
var FlatBuffer = class {
  constructor(bytes2, file) {
    this.bytes = bytes2;
    this.file = file;
    this.bb = new import_flatbuffers.ByteBuffer(bytes2);
    this.length = bytes2.length;
  }
  bytes;
  file;
  bb;
  length;
  fail(what) {
    throw new UserError(`malformed TFLite file: ${what} (the file is truncated or corrupt; re-export it with the TFLite converter)`, this.file);
  }
  check(pos, size2, what) {
    if (!Number.isInteger(pos) || pos < 0 || size2 < 0 || pos + size2 > this.length) {
      this.fail(`${what} at byte ${pos} (+${size2}) lies outside the ${this.length}-byte file`);
    }
  }
  u8(pos) {
    this.check(pos, 1, "byte");
    return this.bb.readUint8(pos);
  }
  i8(pos) {
    this.check(pos, 1, "byte");
    return this.bb.readInt8(pos);
  }
  u16(pos) {
    this.check(pos, 2, "u16");
    return this.bb.readUint16(pos);
  }
  i32(pos) {
    this.check(pos, 4, "i32");
    return this.bb.readInt32(pos);
  }
  u32(pos) {
    this.check(pos, 4, "u32");
    return this.bb.readUint32(pos);
  }
  f32(pos) {
    this.check(pos, 4, "f32");
    return this.bb.readFloat32(pos);
  }
  /** A 64-bit integer that must fit a double exactly (offsets, sizes, zero points). */
  i64(pos, what) {
    this.check(pos, 8, what);
    const v = this.bb.readInt64(pos);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${what} ${v} is out of range`);
    return Number(v);
  }
  /** The root table, after checking the file identifier. */
  root(identifier) {
    if (this.length < 8) this.fail(`only ${this.length} bytes, a TFLite file has at least 8`);
    let id = "";
    for (let i = 4; i < 8; i++) id += String.fromCharCode(this.bytes[i]);
    if (id !== identifier) {
      throw new UserError(`not a TFLite model: file identifier is ${JSON.stringify(id)}, expected "${identifier}" (is this a .tflite file?)`, this.file);
    }
    return this.table(this.u32(0), "root table");
  }
  table(pos, what) {
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
};
var Table = class {
  constructor(fb, pos, vtable, vtableSize, tableSize, what) {
    this.fb = fb;
    this.pos = pos;
    this.vtable = vtable;
    this.vtableSize = vtableSize;
    this.tableSize = tableSize;
    this.what = what;
  }
  fb;
  pos;
  vtable;
  vtableSize;
  tableSize;
  what;
  /** Absolute position of field `id`, or 0 when absent. */
  field(id, size2) {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vtableSize) return 0;
    const off = this.fb.u16(this.vtable + slot);
    if (off === 0) return 0;
    if (off + size2 > this.tableSize) this.fb.fail(`${this.what} field ${id} overruns its table`);
    return this.pos + off;
  }
  has(id) {
    return this.field(id, 1) !== 0;
  }
  u8(id, dflt = 0) {
    const p = this.field(id, 1);
    return p ? this.fb.u8(p) : dflt;
  }
  i8(id, dflt = 0) {
    const p = this.field(id, 1);
    return p ? this.fb.i8(p) : dflt;
  }
  bool(id, dflt = false) {
    const p = this.field(id, 1);
    return p ? this.fb.u8(p) !== 0 : dflt;
  }
  i32(id, dflt = 0) {
    const p = this.field(id, 4);
    return p ? this.fb.i32(p) : dflt;
  }
  u32(id, dflt = 0) {
    const p = this.field(id, 4);
    return p ? this.fb.u32(p) : dflt;
  }
  f32(id, dflt = 0) {
    const p = this.field(id, 4);
    return p ? this.fb.f32(p) : dflt;
  }
  u64(id, what) {
    const p = this.field(id, 8);
    return p ? this.fb.i64(p, what) : 0;
  }
  /** Follows an offset field to its target, or returns 0 when absent. */
  target(id) {
    const p = this.field(id, 4);
    if (!p) return 0;
    const t = p + this.fb.u32(p);
    this.fb.check(t, 4, `${this.what} field ${id} target`);
    return t;
  }
  table(id, what) {
    const t = this.target(id);
    return t ? this.fb.table(t, what) : null;
  }
  /** Start and length of a vector of `elementSize`-byte elements (length 0 when absent). */
  vector(id, elementSize, what) {
    const t = this.target(id);
    if (!t) return { start: 0, length: 0 };
    const length = this.fb.u32(t);
    this.fb.check(t + 4, length * elementSize, what);
    return { start: t + 4, length };
  }
  string(id, what) {
    const { start, length } = this.vector(id, 1, what);
    return new TextDecoder().decode(this.fb.bytes.subarray(start, start + length));
  }
  /** Bytes of a [ubyte] vector as a view into the file (never a copy). */
  bytes(id, what) {
    const { start, length } = this.vector(id, 1, what);
    return this.fb.bytes.subarray(start, start + length);
  }
  i32s(id, what) {
    const { start, length } = this.vector(id, 4, what);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i32(start + 4 * i);
    return out;
  }
  f32s(id, what) {
    const { start, length } = this.vector(id, 4, what);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.f32(start + 4 * i);
    return out;
  }
  i64s(id, what) {
    const { start, length } = this.vector(id, 8, what);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i64(start + 8 * i, what);
    return out;
  }
  tables(id, what) {
    const { start, length } = this.vector(id, 4, what);
    const out = new Array(length);
    for (let i = 0; i < length; i++) {
      const p = start + 4 * i;
      out[i] = this.fb.table(p + this.fb.u32(p), `${what}[${i}]`);
    }
    return out;
  }
};

// src/model/tflite/schema.ts
var FILE_IDENTIFIER = "TFL3";
var SCHEMA_VERSION = 3;
var TENSOR_TYPES = [
  "float32",
  "float16",
  "int32",
  "uint8",
  "int64",
  "string",
  "bool",
  "int16",
  "complex64",
  "int8",
  "float64",
  "complex128",
  "uint64",
  "resource",
  "variant",
  "uint32",
  "uint16",
  "int4",
  "bfloat16"
];
var ACTIVATIONS = ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"];
var PADDING_SAME = 0;
var PADDING_VALID = 1;
var BUILTIN_CODES = {
  ADD: 0,
  AVERAGE_POOL_2D: 1,
  CONCATENATION: 2,
  CONV_2D: 3,
  DEPTHWISE_CONV_2D: 4,
  DEQUANTIZE: 6,
  FULLY_CONNECTED: 9,
  LOGISTIC: 14,
  MAX_POOL_2D: 17,
  MUL: 18,
  RELU: 19,
  RELU6: 21,
  RESHAPE: 22,
  RESIZE_BILINEAR: 23,
  SOFTMAX: 25,
  TANH: 28,
  PAD: 34,
  TRANSPOSE: 39,
  MEAN: 40,
  SUB: 41,
  SQUEEZE: 43,
  STRIDED_SLICE: 45,
  PADV2: 60,
  TRANSPOSE_CONV: 67,
  RESIZE_NEAREST_NEIGHBOR: 97,
  QUANTIZE: 114,
  HARD_SWISH: 117
};
var OTHER_BUILTIN_NAMES = {
  5: "DEPTH_TO_SPACE",
  7: "EMBEDDING_LOOKUP",
  8: "FLOOR",
  10: "HASHTABLE_LOOKUP",
  11: "L2_NORMALIZATION",
  12: "L2_POOL_2D",
  13: "LOCAL_RESPONSE_NORMALIZATION",
  15: "LSH_PROJECTION",
  16: "LSTM",
  20: "RELU_N1_TO_1",
  24: "RNN",
  26: "SPACE_TO_DEPTH",
  27: "SVDF",
  29: "CONCAT_EMBEDDINGS",
  30: "SKIP_GRAM",
  31: "CALL",
  32: "CUSTOM",
  33: "EMBEDDING_LOOKUP_SPARSE",
  35: "UNIDIRECTIONAL_SEQUENCE_RNN",
  36: "GATHER",
  37: "BATCH_TO_SPACE_ND",
  38: "SPACE_TO_BATCH_ND",
  42: "DIV",
  44: "UNIDIRECTIONAL_SEQUENCE_LSTM",
  46: "BIDIRECTIONAL_SEQUENCE_RNN",
  47: "EXP",
  48: "TOPK_V2",
  49: "SPLIT",
  50: "LOG_SOFTMAX",
  51: "DELEGATE",
  52: "BIDIRECTIONAL_SEQUENCE_LSTM",
  53: "CAST",
  54: "PRELU",
  55: "MAXIMUM",
  56: "ARG_MAX",
  57: "MINIMUM",
  58: "LESS",
  59: "NEG",
  61: "GREATER",
  62: "GREATER_EQUAL",
  63: "LESS_EQUAL",
  64: "SELECT",
  65: "SLICE",
  66: "SIN",
  68: "SPARSE_TO_DENSE",
  69: "TILE",
  70: "EXPAND_DIMS",
  71: "EQUAL",
  72: "NOT_EQUAL",
  73: "LOG",
  74: "SUM",
  75: "SQRT",
  76: "RSQRT",
  77: "SHAPE",
  78: "POW",
  79: "ARG_MIN",
  80: "FAKE_QUANT",
  81: "REDUCE_PROD",
  82: "REDUCE_MAX",
  83: "PACK",
  84: "LOGICAL_OR",
  85: "ONE_HOT",
  86: "LOGICAL_AND",
  87: "LOGICAL_NOT",
  88: "UNPACK",
  89: "REDUCE_MIN",
  90: "FLOOR_DIV",
  91: "REDUCE_ANY",
  92: "SQUARE",
  93: "ZEROS_LIKE",
  94: "FILL",
  95: "FLOOR_MOD",
  96: "RANGE",
  98: "LEAKY_RELU",
  99: "SQUARED_DIFFERENCE",
  100: "MIRROR_PAD",
  101: "ABS",
  102: "SPLIT_V",
  103: "UNIQUE",
  104: "CEIL",
  105: "REVERSE_V2",
  106: "ADD_N",
  107: "GATHER_ND",
  108: "COS",
  109: "WHERE",
  110: "RANK",
  111: "ELU",
  112: "REVERSE_SEQUENCE",
  113: "MATRIX_DIAG",
  115: "MATRIX_SET_DIAG",
  116: "ROUND",
  118: "IF",
  119: "WHILE",
  120: "NON_MAX_SUPPRESSION_V4",
  121: "NON_MAX_SUPPRESSION_V5",
  122: "SCATTER_ND",
  123: "SELECT_V2",
  124: "DENSIFY",
  125: "SEGMENT_SUM",
  126: "BATCH_MATMUL",
  128: "CUMSUM",
  129: "CALL_ONCE",
  130: "BROADCAST_TO",
  131: "RFFT2D",
  132: "CONV_3D",
  150: "GELU"
};
var PLACEHOLDER_FOR_GREATER_OP_CODES = 127;
var OPTIONS_TYPE = {
  NONE: 0,
  Conv2DOptions: 1,
  DepthwiseConv2DOptions: 2,
  Pool2DOptions: 5,
  FullyConnectedOptions: 8,
  SoftmaxOptions: 9,
  ConcatenationOptions: 10,
  AddOptions: 11,
  ResizeBilinearOptions: 15,
  ReshapeOptions: 17,
  MulOptions: 21,
  PadOptions: 22,
  TransposeOptions: 26,
  ReducerOptions: 27,
  SubOptions: 28,
  SqueezeOptions: 30,
  StridedSliceOptions: 32,
  DequantizeOptions: 38,
  PadV2Options: 43,
  TransposeConvOptions: 49,
  ResizeNearestNeighborOptions: 74,
  QuantizeOptions: 89,
  HardSwishOptions: 91
};
var OPTIONS_OF = {
  CONV_2D: OPTIONS_TYPE.Conv2DOptions,
  DEPTHWISE_CONV_2D: OPTIONS_TYPE.DepthwiseConv2DOptions,
  FULLY_CONNECTED: OPTIONS_TYPE.FullyConnectedOptions,
  TRANSPOSE_CONV: OPTIONS_TYPE.TransposeConvOptions,
  ADD: OPTIONS_TYPE.AddOptions,
  SUB: OPTIONS_TYPE.SubOptions,
  MUL: OPTIONS_TYPE.MulOptions,
  AVERAGE_POOL_2D: OPTIONS_TYPE.Pool2DOptions,
  MAX_POOL_2D: OPTIONS_TYPE.Pool2DOptions,
  MEAN: OPTIONS_TYPE.ReducerOptions,
  PAD: OPTIONS_TYPE.PadOptions,
  PADV2: OPTIONS_TYPE.PadV2Options,
  RESHAPE: OPTIONS_TYPE.ReshapeOptions,
  SQUEEZE: OPTIONS_TYPE.SqueezeOptions,
  TRANSPOSE: OPTIONS_TYPE.TransposeOptions,
  STRIDED_SLICE: OPTIONS_TYPE.StridedSliceOptions,
  CONCATENATION: OPTIONS_TYPE.ConcatenationOptions,
  SOFTMAX: OPTIONS_TYPE.SoftmaxOptions,
  LOGISTIC: OPTIONS_TYPE.NONE,
  TANH: OPTIONS_TYPE.NONE,
  RELU: OPTIONS_TYPE.NONE,
  RELU6: OPTIONS_TYPE.NONE,
  HARD_SWISH: OPTIONS_TYPE.HardSwishOptions,
  QUANTIZE: OPTIONS_TYPE.QuantizeOptions,
  DEQUANTIZE: OPTIONS_TYPE.DequantizeOptions,
  RESIZE_NEAREST_NEIGHBOR: OPTIONS_TYPE.ResizeNearestNeighborOptions,
  RESIZE_BILINEAR: OPTIONS_TYPE.ResizeBilinearOptions
};
var F = {
  Model: { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4 },
  OperatorCode: { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 },
  SubGraph: { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 },
  Tensor: { shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6 },
  Quantization: { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 },
  Operator: { opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4 },
  Buffer: { data: 0, offset: 1, size: 2 },
  Conv2DOptions: { padding: 0, strideW: 1, strideH: 2, activation: 3, dilationW: 4, dilationH: 5 },
  DepthwiseConv2DOptions: { padding: 0, strideW: 1, strideH: 2, depthMultiplier: 3, activation: 4, dilationW: 5, dilationH: 6 },
  Pool2DOptions: { padding: 0, strideW: 1, strideH: 2, filterW: 3, filterH: 4, activation: 5 },
  FullyConnectedOptions: { activation: 0, weightsFormat: 1, keepNumDims: 2 },
  SoftmaxOptions: { beta: 0 },
  ConcatenationOptions: { axis: 0, activation: 1 },
  AddOptions: { activation: 0 },
  SubOptions: { activation: 0 },
  MulOptions: { activation: 0 },
  ReducerOptions: { keepDims: 0 },
  SqueezeOptions: { squeezeDims: 0 },
  StridedSliceOptions: { beginMask: 0, endMask: 1, ellipsisMask: 2, newAxisMask: 3, shrinkAxisMask: 4, offset: 5 },
  ReshapeOptions: { newShape: 0 },
  ResizeBilinearOptions: { alignCorners: 2, halfPixelCenters: 3 },
  ResizeNearestNeighborOptions: { alignCorners: 0, halfPixelCenters: 1 },
  TransposeConvOptions: { padding: 0, strideW: 1, strideH: 2, activation: 3 }
};

// src/model/tflite/ops.ts
var KIND_BY_CODE = new Map(Object.entries(BUILTIN_CODES).map(([k, c]) => [c, k]));
var Unsupported = class extends Error {
};
function buildOp(raw, tensors, file) {
  const kind = KIND_BY_CODE.get(raw.code);
  const base = { index: raw.index, inputList: raw.inputs, outputs: raw.outputs, version: raw.version };
  const unsupported = (opName2) => ({ ...base, kind: "UNSUPPORTED", inputs: {}, attrs: { opName: opName2 } });
  if (kind === void 0) return unsupported(raw.name);
  const expected = OPTIONS_OF[kind];
  if (raw.optionsType !== OPTIONS_TYPE.NONE && raw.optionsType !== expected) {
    throw new UserError(`op ${raw.index} (${kind}) carries options of union type ${raw.optionsType}, expected ${expected}`, file);
  }
  const ctx = new OpContext(raw, kind, tensors, file);
  try {
    return { ...base, ...normalize(ctx, kind) };
  } catch (e) {
    if (e instanceof Unsupported) return unsupported(`${kind} (${e.message})`);
    throw e;
  }
}
var OpContext = class {
  constructor(raw, kind, tensors, file) {
    this.raw = raw;
    this.kind = kind;
    this.tensors = tensors;
    this.file = file;
  }
  raw;
  kind;
  tensors;
  file;
  fail(what) {
    throw new UserError(`op ${this.raw.index} (${this.kind}): ${what}`, this.file);
  }
  /** Tensor id of input `i`; `optional` inputs may be absent. */
  input(i, optional = false) {
    const id = this.raw.inputs[i] ?? NO_TENSOR;
    if (id === NO_TENSOR && !optional) this.fail(`input ${i} is missing (it has ${this.raw.inputs.length} inputs)`);
    return id;
  }
  output(i = 0) {
    const id = this.raw.outputs[i];
    if (id === void 0) this.fail(`output ${i} is missing`);
    return id;
  }
  shape(id, rank, what = `tensor ${id}`) {
    const s = this.tensors[id].shape;
    if (rank !== void 0 && s.length !== rank) this.fail(`${what} has shape [${s.join(", ")}], expected rank ${rank}`);
    return s;
  }
  /** Integer contents of a constant operand (int32 or int64). */
  constInts(id, what) {
    const t = this.tensors[id];
    if (t.data === null) throw new Unsupported(`${what} is computed at run time`);
    const view = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
    if (t.dtype === "int32") return Array.from({ length: t.data.length / 4 }, (_, i) => view.getInt32(4 * i, true));
    if (t.dtype === "int64") return Array.from({ length: t.data.length / 8 }, (_, i) => Number(view.getBigInt64(8 * i, true)));
    this.fail(`${what} is ${t.dtype}, expected int32 or int64`);
  }
  opt = {
    i32: (id, dflt = 0) => this.raw.options?.i32(id, dflt) ?? dflt,
    i8: (id) => this.raw.options?.i8(id) ?? 0,
    f32: (id, dflt = 0) => this.raw.options?.f32(id, dflt) ?? dflt,
    bool: (id) => this.raw.options?.bool(id) ?? false,
    i32s: (id, what) => this.raw.options?.i32s(id, what) ?? []
  };
  activation(fieldId) {
    const code2 = this.opt.i8(fieldId);
    const activation = ACTIVATIONS[code2];
    if (activation === void 0) this.fail(`unknown fused activation ${code2}`);
    return { activation, clamp: clampOf(activation) };
  }
  positive(v, what) {
    if (!Number.isInteger(v) || v < 1) this.fail(`${what} is ${v}, must be at least 1`);
    return v;
  }
  axis(a, rank, what) {
    const n = a < 0 ? a + rank : a;
    if (!Number.isInteger(n) || n < 0 || n >= rank) this.fail(`${what} ${a} is out of range for rank ${rank}`);
    return n;
  }
};
function clampOf(a) {
  switch (a) {
    case "RELU":
      return { min: 0, max: Infinity };
    case "RELU6":
      return { min: 0, max: 6 };
    case "RELU_N1_TO_1":
      return { min: -1, max: 1 };
    default:
      return { min: -Infinity, max: Infinity };
  }
}
function axisPad(ctx, padding2, inSize, outSize, k, stride, dilation, axis) {
  const effective = (k - 1) * dilation + 1;
  const expected = padding2 === PADDING_SAME ? Math.ceil(inSize / stride) : Math.floor((inSize - effective + stride) / stride);
  if (padding2 !== PADDING_SAME && padding2 !== PADDING_VALID) ctx.fail(`unknown padding ${padding2}`);
  if (outSize !== expected) {
    ctx.fail(`output ${axis} is ${outSize}, but ${padding2 === PADDING_SAME ? "SAME" : "VALID"} padding of ${inSize} with kernel ${k}, stride ${stride}, dilation ${dilation} gives ${expected}`);
  }
  const total = Math.max((outSize - 1) * stride + effective - inSize, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}
function pads(ctx, padding2, inHW, outHW, k, stride, dilation) {
  const [top, bottom] = axisPad(ctx, padding2, inHW[0], outHW[0], k[0], stride[0], dilation[0], "height");
  const [left, right] = axisPad(ctx, padding2, inHW[1], outHW[1], k[1], stride[1], dilation[1], "width");
  return { top, bottom, left, right };
}
function normalize(ctx, kind) {
  const o = ctx.opt;
  switch (kind) {
    case "CONV_2D":
    case "DEPTHWISE_CONV_2D": {
      const depthwise = kind === "DEPTHWISE_CONV_2D";
      const f = depthwise ? F.DepthwiseConv2DOptions : F.Conv2DOptions;
      const input = ctx.input(0), filter = ctx.input(1), bias = ctx.input(2, true);
      const inShape = ctx.shape(input, 4, "input"), fShape = ctx.shape(filter, 4, "filter"), outShape = ctx.shape(ctx.output(), 4, "output");
      const stride = [ctx.positive(o.i32(f.strideH), "stride_h"), ctx.positive(o.i32(f.strideW), "stride_w")];
      const dilation = [ctx.positive(o.i32(f.dilationH, 1), "dilation_h"), ctx.positive(o.i32(f.dilationW, 1), "dilation_w")];
      const pad = pads(ctx, o.i8(f.padding), inShape.slice(1, 3), outShape.slice(1, 3), fShape.slice(1, 3), stride, dilation);
      const act = ctx.activation(f.activation);
      if (depthwise) {
        const inC = inShape[3], outC = fShape[3];
        if (outShape[3] !== outC || inC === 0 || outC % inC !== 0) ctx.fail(`filter [${fShape.join(", ")}] does not fit input channels ${inC} and output channels ${outShape[3]}`);
        return { kind, inputs: { input, filter, bias }, attrs: { stride, dilation, pad, ...act, depthMultiplier: outC / inC } };
      }
      if (outShape[3] !== fShape[0] || fShape[3] === 0 || inShape[3] % fShape[3] !== 0) {
        ctx.fail(`filter [${fShape.join(", ")}] does not fit input [${inShape.join(", ")}] and output [${outShape.join(", ")}]`);
      }
      return { kind, inputs: { input, filter, bias }, attrs: { stride, dilation, pad, ...act } };
    }
    case "TRANSPOSE_CONV": {
      const f = F.TransposeConvOptions;
      const outputShape = ctx.input(0), filter = ctx.input(1), input = ctx.input(2), bias = ctx.input(3, true);
      const inShape = ctx.shape(input, 4, "input"), fShape = ctx.shape(filter, 4, "filter"), outShape = ctx.shape(ctx.output(), 4, "output");
      const stride = [ctx.positive(o.i32(f.strideH), "stride_h"), ctx.positive(o.i32(f.strideW), "stride_w")];
      const dilation = [1, 1];
      const pad = pads(ctx, o.i8(f.padding), outShape.slice(1, 3), inShape.slice(1, 3), fShape.slice(1, 3), stride, dilation);
      return { kind, inputs: { outputShape, filter, input, bias }, attrs: { stride, dilation, pad, ...ctx.activation(f.activation) } };
    }
    case "FULLY_CONNECTED": {
      const f = F.FullyConnectedOptions;
      const input = ctx.input(0), filter = ctx.input(1), bias = ctx.input(2, true);
      const fShape = ctx.shape(filter, 2, "filter");
      const inElems = ctx.shape(input).reduce((a, b) => a * b, 1);
      if (fShape[1] === 0 || inElems % fShape[1] !== 0) ctx.fail(`input of ${inElems} elements is not a multiple of the filter's ${fShape[1]} input features`);
      if (o.i8(f.weightsFormat) !== 0) throw new Unsupported("shuffled weights format");
      return { kind, inputs: { input, filter, bias }, attrs: { ...ctx.activation(f.activation), keepNumDims: o.bool(f.keepNumDims) } };
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D": {
      const f = F.Pool2DOptions;
      const input = ctx.input(0);
      const inShape = ctx.shape(input, 4, "input"), outShape = ctx.shape(ctx.output(), 4, "output");
      const stride = [ctx.positive(o.i32(f.strideH), "stride_h"), ctx.positive(o.i32(f.strideW), "stride_w")];
      const filter = [ctx.positive(o.i32(f.filterH), "filter_height"), ctx.positive(o.i32(f.filterW), "filter_width")];
      const dilation = [1, 1];
      const pad = pads(ctx, o.i8(f.padding), inShape.slice(1, 3), outShape.slice(1, 3), filter, stride, dilation);
      return { kind, inputs: { input }, attrs: { stride, dilation, pad, filter, ...ctx.activation(f.activation) } };
    }
    case "ADD":
    case "SUB":
    case "MUL": {
      const f = kind === "ADD" ? F.AddOptions : kind === "SUB" ? F.SubOptions : F.MulOptions;
      return { kind, inputs: { lhs: ctx.input(0), rhs: ctx.input(1) }, attrs: ctx.activation(f.activation) };
    }
    case "MEAN": {
      const input = ctx.input(0), axesId = ctx.input(1);
      const rank = ctx.shape(input).length;
      const axes = [...new Set(ctx.constInts(axesId, "axes").map((a) => ctx.axis(a, rank, "axis")))].sort((a, b) => a - b);
      return { kind, inputs: { input, axes: axesId }, attrs: { axes, keepDims: o.bool(F.ReducerOptions.keepDims) } };
    }
    case "PAD":
    case "PADV2": {
      const input = ctx.input(0), paddingsId = ctx.input(1);
      const constantValues = kind === "PADV2" ? ctx.input(2, true) : NO_TENSOR;
      const rank = ctx.shape(input).length;
      const flat = ctx.constInts(paddingsId, "paddings");
      if (flat.length !== 2 * rank || flat.some((p) => p < 0)) ctx.fail(`paddings [${flat.join(", ")}] do not fit rank ${rank}`);
      const paddings = Array.from({ length: rank }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);
      return { kind, inputs: { input, paddings: paddingsId, constantValues }, attrs: { paddings } };
    }
    case "RESHAPE":
      return { kind, inputs: { input: ctx.input(0), shape: ctx.input(1, true) }, attrs: {} };
    case "SQUEEZE": {
      const input = ctx.input(0);
      const rank = ctx.shape(input).length;
      const squeezeDims = o.i32s(F.SqueezeOptions.squeezeDims, "squeeze dims").map((d) => ctx.axis(d, rank, "squeeze dim"));
      return { kind, inputs: { input }, attrs: { squeezeDims } };
    }
    case "TRANSPOSE": {
      const input = ctx.input(0), permId = ctx.input(1);
      const rank = ctx.shape(input).length;
      const perm = ctx.constInts(permId, "perm");
      if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) ctx.fail(`perm [${perm.join(", ")}] is not a permutation of rank ${rank}`);
      return { kind, inputs: { input, perm: permId }, attrs: { perm } };
    }
    case "STRIDED_SLICE": {
      const f = F.StridedSliceOptions;
      const input = ctx.input(0), beginId = ctx.input(1), endId = ctx.input(2), stridesId = ctx.input(3, true);
      const begin = ctx.constInts(beginId, "begin"), end = ctx.constInts(endId, "end");
      const strides = stridesId === NO_TENSOR ? begin.map(() => 1) : ctx.constInts(stridesId, "strides");
      if (end.length !== begin.length || strides.length !== begin.length || strides.some((s) => s === 0)) {
        ctx.fail("begin, end and strides must have equal lengths and non-zero strides");
      }
      return {
        kind,
        inputs: { input, begin: beginId, end: endId, strides: stridesId },
        attrs: {
          begin,
          end,
          strides,
          beginMask: o.i32(f.beginMask),
          endMask: o.i32(f.endMask),
          ellipsisMask: o.i32(f.ellipsisMask),
          newAxisMask: o.i32(f.newAxisMask),
          shrinkAxisMask: o.i32(f.shrinkAxisMask),
          offset: o.bool(f.offset)
        }
      };
    }
    case "CONCATENATION": {
      const f = F.ConcatenationOptions;
      const rank = ctx.shape(ctx.output()).length;
      return { kind, inputs: {}, attrs: { axis: ctx.axis(o.i32(f.axis), rank, "axis"), ...ctx.activation(f.activation) } };
    }
    case "SOFTMAX":
      return { kind, inputs: { input: ctx.input(0) }, attrs: { beta: o.f32(F.SoftmaxOptions.beta) } };
    case "RESIZE_NEAREST_NEIGHBOR":
    case "RESIZE_BILINEAR": {
      const f = kind === "RESIZE_BILINEAR" ? F.ResizeBilinearOptions : F.ResizeNearestNeighborOptions;
      ctx.shape(ctx.input(0), 4, "input");
      return { kind, inputs: { input: ctx.input(0), size: ctx.input(1) }, attrs: { alignCorners: o.bool(f.alignCorners), halfPixelCenters: o.bool(f.halfPixelCenters) } };
    }
    case "LOGISTIC":
    case "TANH":
    case "RELU":
    case "RELU6":
    case "HARD_SWISH":
    case "QUANTIZE":
    case "DEQUANTIZE":
      return { kind, inputs: { input: ctx.input(0) }, attrs: {} };
  }
}

// src/model/tflite/reader.ts
var SUPPORTED_BY_CODE = new Map(Object.entries(BUILTIN_CODES).map(([name, code2]) => [code2, name]));
var MAX_TENSOR_BYTES = 2 ** 31;
function readTflite(bytes2, file) {
  const fb = new FlatBuffer(bytes2, file);
  const model = fb.root(FILE_IDENTIFIER);
  const subgraphs = model.tables(F.Model.subgraphs, "subgraphs");
  if (subgraphs.length === 0) throw new UserError("the model has no subgraph", file);
  if (subgraphs.length > 1) {
    throw new UserError(`the model has ${subgraphs.length} subgraphs; tinygate supports single-subgraph models (control flow such as IF/WHILE is not supported on microcontrollers by TFLM's common ops either)`, file);
  }
  const sg = subgraphs[0];
  const buffers = model.tables(F.Model.buffers, "buffers");
  const opcodes = model.tables(F.Model.operatorCodes, "operator codes").map((c, i) => readOpcode(c, i));
  const tensors = sg.tables(F.SubGraph.tensors, "tensors").map((t, i) => readTensor(fb, t, i, buffers));
  const checkIds = (ids, what, allowAbsent) => {
    for (const id of ids) {
      if (id === NO_TENSOR && allowAbsent) continue;
      if (!Number.isInteger(id) || id < 0 || id >= tensors.length) {
        throw new UserError(`${what} refers to tensor ${id}, but the subgraph has ${tensors.length} tensors`, file);
      }
    }
    return ids;
  };
  const inputs = checkIds(sg.i32s(F.SubGraph.inputs, "subgraph inputs"), "subgraph input list", false);
  const outputs = checkIds(sg.i32s(F.SubGraph.outputs, "subgraph outputs"), "subgraph output list", false);
  const ops = sg.tables(F.SubGraph.operators, "operators").map((o, index) => {
    const opcodeIndex = o.u32(F.Operator.opcodeIndex);
    const code2 = opcodes[opcodeIndex];
    if (code2 === void 0) throw new UserError(`op ${index} uses operator code ${opcodeIndex}, but the model lists ${opcodes.length}`, file);
    const raw = {
      index,
      code: code2.code,
      name: code2.name,
      version: code2.version,
      inputs: checkIds(o.i32s(F.Operator.inputs, `op ${index} inputs`), `op ${index} (${code2.name}) inputs`, true),
      outputs: checkIds(o.i32s(F.Operator.outputs, `op ${index} outputs`), `op ${index} (${code2.name}) outputs`, false),
      optionsType: o.u8(F.Operator.builtinOptionsType),
      options: o.table(F.Operator.builtinOptions, `op ${index} options`)
    };
    return buildOp(raw, tensors, file);
  });
  checkDataFlow(tensors, ops, inputs, outputs, file);
  return { tensors, ops, inputs, outputs, description: model.string(F.Model.description, "description") };
}
function readOpcode(t, index) {
  const code2 = Math.max(t.i8(F.OperatorCode.deprecatedBuiltinCode), t.i32(F.OperatorCode.builtinCode));
  const version = t.i32(F.OperatorCode.version, 1);
  const custom = t.string(F.OperatorCode.customCode, `operator code ${index} custom name`);
  return { code: code2, version, name: builtinName(code2, custom) };
}
function builtinName(code2, custom) {
  if (code2 === 32) return custom ? `CUSTOM(${custom})` : "CUSTOM";
  return SUPPORTED_BY_CODE.get(code2) ?? OTHER_BUILTIN_NAMES[code2] ?? `BUILTIN_${code2}`;
}
function readTensor(fb, t, id, buffers) {
  const name = t.string(F.Tensor.name, `tensor ${id} name`);
  const label2 = `tensor ${id} (${name || "unnamed"})`;
  const typeCode = t.i8(F.Tensor.type);
  const dtype = TENSOR_TYPES[typeCode];
  if (dtype === void 0) fb.fail(`${label2} has unknown type code ${typeCode}`);
  const shape = t.i32s(F.Tensor.shape, `${label2} shape`);
  if (shape.some((d) => d < 0)) {
    throw new UserError(`${label2} has a dynamic shape [${shape.join(", ")}]; tinygate needs static shapes (fix the batch size to 1 when converting)`, fb.file);
  }
  const bytesNeeded = Math.ceil(elementCount(shape) * DTYPE_BYTES[dtype]);
  if (bytesNeeded > MAX_TENSOR_BYTES) fb.fail(`${label2} has shape [${shape.join(", ")}], ${bytesNeeded} bytes`);
  const bufferIndex = t.u32(F.Tensor.buffer);
  const buffer = buffers[bufferIndex];
  if (buffer === void 0 && bufferIndex !== 0) {
    fb.fail(`${label2} uses buffer ${bufferIndex}, but the model has ${buffers.length}`);
  }
  const data = buffer ? readBufferData(fb, buffer, bufferIndex) : null;
  if (data !== null && !Number.isNaN(bytesNeeded) && data.length !== bytesNeeded) {
    throw new UserError(`${label2}: its constant buffer holds ${data.length} bytes but shape [${shape.join(", ")}] of ${dtype} needs ${bytesNeeded}`, fb.file);
  }
  if (t.has(F.Tensor.sparsity)) {
    throw new UserError(`${label2} is stored sparse; tinygate reads dense tensors only (convert without sparsity)`, fb.file);
  }
  return {
    id,
    name,
    shape,
    dtype,
    quant: readQuantization(fb, t.table(F.Tensor.quantization, `${label2} quantization`), shape, label2),
    data,
    isVariable: t.bool(F.Tensor.isVariable)
  };
}
function readBufferData(fb, buffer, index) {
  const inline = buffer.bytes(F.Buffer.data, `buffer ${index} data`);
  if (inline.length > 0) return inline;
  const offset = buffer.u64(F.Buffer.offset, `buffer ${index} offset`);
  if (offset <= 1) return null;
  const size2 = buffer.u64(F.Buffer.size, `buffer ${index} size`);
  fb.check(offset, size2, `buffer ${index} data`);
  return size2 > 0 ? fb.bytes.subarray(offset, offset + size2) : null;
}
function readQuantization(fb, q, shape, label2) {
  if (q === null) return null;
  const scale = q.f32s(F.Quantization.scale, `${label2} scales`);
  if (scale.length === 0) return null;
  const zeroPoint = q.i64s(F.Quantization.zeroPoint, `${label2} zero points`);
  let axis = q.i32(F.Quantization.quantizedDimension);
  if (zeroPoint.length !== scale.length) fb.fail(`${label2} has ${scale.length} scales but ${zeroPoint.length} zero points`);
  if (shape.length === 1 && scale.length > 1 && shape[0] === scale.length) axis = 0;
  if (scale.length > 1 && (axis < 0 || axis >= shape.length || shape[axis] !== scale.length)) {
    fb.fail(`${label2} has ${scale.length} per-channel scales along axis ${axis} of shape [${shape.join(", ")}]`);
  }
  return { scale, zeroPoint, axis };
}
function checkDataFlow(tensors, ops, inputs, outputs, file) {
  const written = new Set(inputs);
  for (const op of ops) {
    for (const id of op.inputList) {
      if (id === NO_TENSOR) continue;
      const t = tensors[id];
      if (t.data === null && !t.isVariable && !written.has(id)) {
        throw new UserError(`op ${op.index} reads tensor ${id} (${t.name}) before any op writes it`, file);
      }
    }
    for (const id of op.outputs) {
      if (written.has(id) || tensors[id].data !== null) {
        throw new UserError(`op ${op.index} writes tensor ${id} (${tensors[id].name}), which is already a model input, a constant or another op's output`, file);
      }
      written.add(id);
    }
  }
  for (const id of outputs) {
    if (!written.has(id) && tensors[id].data === null) {
      throw new UserError(`model output tensor ${id} (${tensors[id].name}) is never written`, file);
    }
  }
}

// src/mcu/cost-constants.ts
var CORE_TIMING = {
  "cortex-m0plus": {
    isa: "scalar",
    load: 2,
    store: 2,
    alu: 1,
    // No MLA in Armv6-M: MULS (1 cycle with the fast multiplier RP2040 and STM32G0 have) + ADDS.
    mac: 2,
    // No SMULL: a 32×32→64 product is four 16×16 MULS plus carries in software (~18 instructions).
    mul64: 18,
    branch: 2,
    dualIssue: false,
    mveBeatsPerTick: 0,
    source: "Cortex-M0+ TRM (DDI0484C) \xA71.3 and Cortex-M0+ Generic User Guide Table 3-1: LDR/STR 2, ALU 1, MULS 1 (fast multiplier) or 32, taken B 2; Armv6-M has no MLA, SMULL or SIMD"
  },
  "cortex-m4": {
    isa: "dsp",
    // LDR is 2 cycles alone, N+1 for N neighbouring loads; these loops issue runs of 2 to 4.
    load: 1.5,
    store: 1,
    alu: 1,
    mac: 1,
    mul64: 1,
    branch: 2,
    dualIssue: false,
    mveBeatsPerTick: 0,
    source: "Cortex-M4 TRM (DDI0439B) Table 3-1: LDR 2 (pipelined N+1), STR 1, SXTB16/PKHBT 1, SMLAD 1, SMULL 1, taken branch 1+P (P 1-3)"
  },
  "cortex-m33": {
    isa: "dsp",
    load: 1.5,
    store: 1,
    alu: 1,
    mac: 1,
    mul64: 1,
    branch: 2,
    dualIssue: false,
    mveBeatsPerTick: 0,
    source: "Cortex-M33 TRM (100230) \xA71.2 and \xA72: Armv8-M Mainline with the DSP extension, single-cycle SMLAD and SMULL, in-order single issue like Cortex-M4; same timing assumed"
  },
  "cortex-m7": {
    isa: "dsp",
    load: 1,
    store: 1,
    alu: 1,
    mac: 1,
    mul64: 1,
    // The branch target address cache folds loop-closing branches.
    branch: 1,
    dualIssue: true,
    mveBeatsPerTick: 0,
    source: "Cortex-M7 TRM (DDI0489F) \xA71.2-1.3: 6-stage dual-issue superscalar, a load/store pairs with an ALU/MAC op, single-cycle SMLAD, 64-bit AXI/TCM loads, branch prediction"
  },
  "cortex-m55": {
    isa: "mve",
    load: 1.5,
    store: 1,
    alu: 1,
    mac: 1,
    mul64: 1,
    branch: 1,
    dualIssue: false,
    mveBeatsPerTick: 2,
    source: "Cortex-M55 TRM (101051) \xA71.3 and \xA7B: dual-beat MVE (2 beats per tick, a 128-bit op every 2 cycles), overlap of a vector load with a vector MAC, low-overhead loops (LE)"
  },
  "cortex-m85": {
    isa: "mve",
    load: 1,
    store: 1,
    alu: 1,
    mac: 1,
    mul64: 1,
    branch: 1,
    dualIssue: true,
    mveBeatsPerTick: 2,
    source: "Cortex-M85 TRM (101924) \xA71: superscalar scalar pipeline like Cortex-M7, dual-beat MVE with load/MAC overlap like Cortex-M55"
  }
};
var NONE = { load: 0, store: 0, alu: 0, mac: 0, mul64: 0, branch: 0 };
var mix = (m) => ({ ...NONE, ...m });
var REQUANT = mix({ load: 1.5, alu: 10, mul64: 1, store: 1 });
var REQUANT_MVE = mix({ alu: 1.25, store: 0.25 });
var IM2COL_Q15 = mix({ load: 0.25, alu: 1.25, store: 0.5, branch: 0.25 });
var IM2COL_MVE = mix({ load: 1 / 16, store: 1 / 16 });
var CMSIS = "ARM-software/CMSIS-NN Source/";
var CONVOLVE_S8_SCALAR = {
  macsPerBlock: 4,
  block: mix({ load: 4, alu: 1, mac: 4, branch: 1 }),
  perOutput: REQUANT,
  im2colPerElem: mix({ load: 1, alu: 1, store: 1, branch: 0.25 }),
  im2colOf: "column",
  simdWidth: 1,
  simdAxis: "depth",
  pixelsPerWeightPass: 2,
  perRowCycles: 40,
  source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_kernel_s8_s16.c (the #else branch of ARM_MATH_DSP)`
};
var KERNEL_MIXES = {
  cmsis_convolve_s8: {
    // arm_nn_mat_mult_kernel_s8_s16: 2 output channels × 2 columns × 4 depth = 16 MACs per pass:
    // 2 weight LDR + 4 column LDR, read_and_pad (2 SXTB16 + 2 PKH) per weight word, 8 SMLAD.
    dsp: {
      macsPerBlock: 16,
      block: mix({ load: 6, alu: 9, mac: 8, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 40,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_s8.c, NNSupportFunctions/arm_nn_mat_mult_kernel_s8_s16.c`
    },
    scalar: CONVOLVE_S8_SCALAR,
    // MVE: s8 im2col, then arm_nn_mat_mult_nt_t_s8 takes 4 columns × 1 output channel × 16 depth:
    // 5 vector loads and 4 VMLADAVA per 64 MACs (plus one VADDVA per row for the offset sum).
    mve: {
      macsPerBlock: 64,
      block: mix({ load: 5, mac: 5 }),
      perOutput: REQUANT_MVE,
      im2colPerElem: IM2COL_MVE,
      im2colOf: "column",
      simdWidth: 16,
      simdAxis: "depth",
      pixelsPerWeightPass: 4,
      perRowCycles: 40,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_s8.c (ARM_MATH_MVEI), NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c`
    }
  },
  cmsis_convolve_1x1_s8_fast: {
    // No im2col: arm_nn_mat_mult_nt_t_s8 reads int8 rows directly; 2 rows × 2 columns × 4 depth:
    // 4 LDR, SXTB16/SXTAB16 pairs per word, 8 SMLAD.
    dsp: {
      macsPerBlock: 16,
      block: mix({ load: 4, alu: 9, mac: 8, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 0,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_1x1_s8_fast.c, NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c`
    },
    scalar: {
      macsPerBlock: 4,
      block: mix({ load: 4, alu: 2, mac: 4, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c (plain C branch)`
    },
    mve: {
      macsPerBlock: 64,
      block: mix({ load: 5, mac: 5 }),
      perOutput: REQUANT_MVE,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 16,
      simdAxis: "depth",
      pixelsPerWeightPass: 4,
      perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_mat_mult_nt_t_s8.c (ARM_MATH_MVEI)`
    }
  },
  cmsis_convolve_1_x_n_s8: {
    // Im2col of one row, then the same matrix kernel as arm_convolve_s8; without DSP or MVE the
    // function calls arm_convolve_s8.
    scalar: CONVOLVE_S8_SCALAR,
    dsp: {
      macsPerBlock: 16,
      block: mix({ load: 6, alu: 9, mac: 8, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 0,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_1_x_n_s8.c`
    },
    mve: {
      macsPerBlock: 64,
      block: mix({ load: 5, mac: 5 }),
      perOutput: REQUANT_MVE,
      im2colPerElem: IM2COL_MVE,
      im2colOf: "column",
      simdWidth: 16,
      simdAxis: "depth",
      pixelsPerWeightPass: 4,
      perRowCycles: 0,
      source: `${CMSIS}ConvolutionFunctions/arm_convolve_1_x_n_s8.c (ARM_MATH_MVEI)`
    }
  },
  cmsis_depthwise_conv_3x3_s8: {
    // Four channels per pass, one tap per iteration: input word (SXTAB16 with offset ×2) and
    // weight word (SXTB16 ×2), four 16-bit MACs; weights are re-read for every output pixel.
    dsp: {
      macsPerBlock: 4,
      block: mix({ load: 2, alu: 4, mac: 4, branch: 0.34 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_3x3_s8.c`
    }
  },
  cmsis_depthwise_conv_s8_opt: {
    // DSP: a q15 column buffer of kernel taps × channels per output pixel, then 4 channels per
    // iteration: one weight word and two column words, SXTB16 ×2, four 16-bit MACs.
    dsp: {
      macsPerBlock: 4,
      block: mix({ load: 3, alu: 2, mac: 4, branch: 0.25 }),
      perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15,
      im2colOf: "taps",
      simdWidth: 4,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8_opt.c`
    },
    // MVE: four channels in 32-bit lanes (VLDRB.S32): per tap one input and one weight vector load
    // and one VMLA; the column buffer is an s8 copy.
    mve: {
      macsPerBlock: 4,
      block: mix({ load: 2, mac: 1 }),
      perOutput: REQUANT_MVE,
      im2colPerElem: IM2COL_MVE,
      im2colOf: "taps",
      simdWidth: 4,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8_opt.c (ARM_MATH_MVEI)`
    }
  },
  cmsis_depthwise_conv_s8: {
    // Generic nested loops in plain C on every core: per MAC two LDRSB, index and bounds arithmetic,
    // the input-offset add, one multiply-accumulate.
    scalar: {
      macsPerBlock: 1,
      block: mix({ load: 2, alu: 5, mac: 1, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 30,
      source: `${CMSIS}ConvolutionFunctions/arm_depthwise_conv_s8.c`
    }
  },
  cmsis_fully_connected_s8: {
    // arm_nn_vec_mat_mult_t_s8: 2 weight rows × 4 depth per iteration: 1 input + 2 weight LDR,
    // SXTB16/SXTAB16 pairs, 4 SMLAD. Each weight byte is used once per input row.
    dsp: {
      macsPerBlock: 8,
      block: mix({ load: 3, alu: 7, mac: 4, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 1,
      perRowCycles: 0,
      source: `${CMSIS}FullyConnectedFunctions/arm_fully_connected_s8.c, NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c`
    },
    scalar: {
      macsPerBlock: 1,
      block: mix({ load: 2, alu: 1, mac: 1, branch: 0.5 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "depth",
      pixelsPerWeightPass: 1,
      perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c (plain C branch)`
    },
    // MVE: 4 weight rows × 16 depth: 5 vector loads, 4 VMLADAVA.
    mve: {
      macsPerBlock: 64,
      block: mix({ load: 5, mac: 4 }),
      perOutput: REQUANT_MVE,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 16,
      simdAxis: "depth",
      pixelsPerWeightPass: 1,
      perRowCycles: 0,
      source: `${CMSIS}NNSupportFunctions/arm_nn_vec_mat_mult_t_s8.c (ARM_MATH_MVEI)`
    }
  },
  ref_conv: {
    // TFLM reference integer_ops/conv.h: per MAC two LDRSB through Offset() index arithmetic
    // (multiply-adds per operand), the bounds check hoisted per tap, the input-offset add, MLA.
    scalar: {
      macsPerBlock: 1,
      block: mix({ load: 2, alu: 7, mac: 1, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "depth",
      pixelsPerWeightPass: 1,
      perRowCycles: 20,
      source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/conv.h"
    }
  },
  ref_depthwise_conv: {
    scalar: {
      macsPerBlock: 1,
      block: mix({ load: 2, alu: 7, mac: 1, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 20,
      source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/depthwise_conv.h"
    }
  },
  ref_fully_connected: {
    scalar: {
      macsPerBlock: 1,
      block: mix({ load: 2, alu: 2, mac: 1, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: NONE,
      im2colOf: "column",
      simdWidth: 1,
      simdAxis: "depth",
      pixelsPerWeightPass: 1,
      perRowCycles: 0,
      source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/fully_connected.h"
    }
  },
  tinyengine_pointwise: {
    // convolve_1x1_s8_ch*: q7→q15 of two columns, then the 2×2×4 SMLAD block of
    // mat_mult_kernel_s8_s16_reordered (weights pre-reordered at code generation).
    dsp: {
      macsPerBlock: 16,
      block: mix({ load: 6, alu: 5, mac: 8, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 0,
      source: "mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/convolve_1x1_s8*.c, mat_mult_kernels.c"
    }
  },
  tinyengine_depthwise_inplace: {
    // depthwise_kernel3x3_*_inplace_CHW: one channel plane at a time with its taps in registers:
    // per MAC one LDRSB and one MLA; the HWC↔CHW transposes are charged as im2col per input element.
    dsp: {
      macsPerBlock: 1,
      block: mix({ load: 1, alu: 0.25, mac: 1 }),
      perOutput: REQUANT,
      im2colPerElem: mix({ load: 2, store: 2 }),
      im2colOf: "transpose",
      simdWidth: 1,
      simdAxis: "channels",
      pixelsPerWeightPass: 1,
      perRowCycles: 10,
      source: "mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/depthwise_kernel3x3_stride1_inplace_CHW.c"
    }
  },
  tinyengine_convolve: {
    // General convs (first 3×3 layer): im2col to q15 and the same 2×2×4 SMLAD block.
    dsp: {
      macsPerBlock: 16,
      block: mix({ load: 6, alu: 5, mac: 8, branch: 1 }),
      perOutput: REQUANT,
      im2colPerElem: IM2COL_Q15,
      im2colOf: "column",
      simdWidth: 4,
      simdAxis: "depth",
      pixelsPerWeightPass: 2,
      perRowCycles: 40,
      source: "mit-han-lab/tinyengine TinyEngine/src/kernels/int_forward_op/convolve_s8_kernel3_inputch3_stride2_pad1.c"
    }
  }
};
var ELEMENT_MIXES = {
  // ADD/SUB/MUL: both inputs rescaled and the result requantized (three SMULL-based multiplies).
  elementwise: {
    perOutput: mix({ load: 0.5, alu: 12, mul64: 3, store: 0.25, branch: 0.25 }),
    perInput: NONE,
    source: `${CMSIS}BasicMathFunctions/arm_elementwise_add_s8.c; TFLM reference/integer_ops/add.h`
  },
  avg_pool: {
    perOutput: mix({ alu: 6, store: 1 }),
    perInput: mix({ load: 0.25, alu: 0.75 }),
    source: `${CMSIS}PoolingFunctions/arm_avgpool_s8.c (sums 4 channels per word, rounding divide per output)`
  },
  max_pool: {
    perOutput: mix({ store: 0.25 }),
    perInput: mix({ load: 0.25, alu: 0.5 }),
    source: `${CMSIS}PoolingFunctions/arm_max_pool_s8.c (SIMD compare of 4 channels per word)`
  },
  mean: {
    perOutput: REQUANT,
    perInput: mix({ load: 1, alu: 1, branch: 0.5 }),
    source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/integer_ops/mean.h"
  },
  // Fixed-point exp and reciprocal per element (gemmlowp exp_on_negative_values).
  softmax: {
    perOutput: mix({ load: 2, alu: 40, mul64: 4, store: 1, branch: 1 }),
    perInput: NONE,
    source: `${CMSIS}SoftmaxFunctions/arm_softmax_s8.c`
  },
  // RESHAPE/SQUEEZE: TFLM copies the bytes when input and output buffers differ; word memcpy.
  copy: {
    perOutput: mix({ load: 0.25, store: 0.25 }),
    perInput: NONE,
    source: "tensorflow/tflite-micro tensorflow/lite/micro/kernels/reshape.cc (memcpy)"
  },
  // PAD, CONCATENATION, STRIDED_SLICE, TRANSPOSE, RESIZE: byte copies with index arithmetic.
  gather: {
    perOutput: mix({ load: 1, alu: 3, store: 1, branch: 0.5 }),
    perInput: NONE,
    source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/{pad,concatenation,strided_slice,transpose}.h"
  },
  // QUANTIZE, DEQUANTIZE and unary activations: one requantization (or float conversion) each.
  convert: {
    perOutput: mix({ load: 1, alu: 8, mul64: 1, store: 1, branch: 0.25 }),
    perInput: NONE,
    source: "tensorflow/tflite-micro tensorflow/lite/kernels/internal/reference/{quantize,dequantize,logistic}.h"
  }
};
var CALL_OVERHEAD_CYCLES = {
  tflm: 500,
  "tflm-reference": 500,
  // Generated straight-line C calls each kernel directly (no interpreter loop).
  tinyengine: 100
};

// src/mcu/kernel-choice.ts
var COST_RUNTIMES = ["tflm", "tflm-reference", "tinyengine"];
function runtimeSupports(runtime, core) {
  return runtime !== "tinyengine" || CORE_TIMING[core].isa !== "scalar";
}
function cmsisConvVariant(op, graph) {
  const [, inH, , inC] = graph.tensors[op.inputs.input].shape;
  const [, kh, kw, filterC] = graph.tensors[op.inputs.filter].shape;
  const outW = graph.tensors[op.outputs[0]].shape[2];
  const { stride, dilation, pad } = op.attrs;
  if (filterC !== inC) return "reference";
  const noPad = pad.top === 0 && pad.left === 0 && pad.bottom === 0 && pad.right === 0;
  if (noPad && stride[0] === 1 && stride[1] === 1 && kh === 1 && kw === 1 && dilation[0] === 1 && dilation[1] === 1) {
    return "cmsis_convolve_1x1_s8_fast";
  }
  if (inH === 1 && outW % 4 === 0 && dilation[1] === 1 && kh === 1) return "cmsis_convolve_1_x_n_s8";
  return "cmsis_convolve_s8";
}
var MVE_DW_AS_CONV_MIN_OUT_CH = 8;
function cmsisDepthwiseVariant(op, graph, isa) {
  const [batch, , , inC] = graph.tensors[op.inputs.input].shape;
  const [, kh, kw, outC] = graph.tensors[op.inputs.filter].shape;
  const { dilation, pad, depthMultiplier } = op.attrs;
  if (isa === "mve" && inC === 1 && outC > MVE_DW_AS_CONV_MIN_OUT_CH) return "cmsis_convolve_s8";
  if (depthMultiplier !== 1 || batch !== 1 || dilation[0] !== 1 || dilation[1] !== 1) return "cmsis_depthwise_conv_s8";
  if (isa === "scalar") return "cmsis_depthwise_conv_s8";
  if (isa !== "mve" && kh === 3 && kw === 3 && Math.max(pad.top, pad.left) <= 1) return "cmsis_depthwise_conv_3x3_s8";
  return "cmsis_depthwise_conv_s8_opt";
}
function elementKernel(op) {
  switch (op.kind) {
    case "ADD":
    case "SUB":
    case "MUL":
      return { kind: "element", kernel: "elementwise" };
    case "AVERAGE_POOL_2D":
      return { kind: "element", kernel: "avg_pool" };
    case "MAX_POOL_2D":
      return { kind: "element", kernel: "max_pool" };
    case "MEAN":
      return { kind: "element", kernel: "mean" };
    case "SOFTMAX":
      return { kind: "element", kernel: "softmax" };
    case "RESHAPE":
    case "SQUEEZE":
      return { kind: "element", kernel: "copy" };
    case "PAD":
    case "PADV2":
    case "CONCATENATION":
    case "STRIDED_SLICE":
    case "TRANSPOSE":
    case "RESIZE_NEAREST_NEIGHBOR":
    case "RESIZE_BILINEAR":
      return { kind: "element", kernel: "gather" };
    case "QUANTIZE":
    case "DEQUANTIZE":
    case "LOGISTIC":
    case "TANH":
    case "RELU":
    case "RELU6":
    case "HARD_SWISH":
      return { kind: "element", kernel: "convert" };
    default:
      return { kind: "none" };
  }
}
function chooseKernel(op, graph, core, runtime) {
  const isa = CORE_TIMING[core].isa;
  const mac = (variant, on) => ({ kind: "mac", variant, isa: on });
  if (runtime === "tflm-reference") {
    if (op.kind === "CONV_2D" || op.kind === "TRANSPOSE_CONV") return mac("ref_conv", "scalar");
    if (op.kind === "DEPTHWISE_CONV_2D") return mac("ref_depthwise_conv", "scalar");
    if (op.kind === "FULLY_CONNECTED") return mac("ref_fully_connected", "scalar");
    return elementKernel(op);
  }
  if (runtime === "tinyengine") {
    if (op.kind === "CONV_2D") {
      const [, kh, kw] = graph.tensors[op.inputs.filter].shape;
      return mac(kh === 1 && kw === 1 ? "tinyengine_pointwise" : "tinyengine_convolve", "dsp");
    }
    if (op.kind === "DEPTHWISE_CONV_2D") return mac("tinyengine_depthwise_inplace", "dsp");
    if (op.kind === "FULLY_CONNECTED") return mac("cmsis_fully_connected_s8", "dsp");
    if (op.kind === "TRANSPOSE_CONV") return mac("ref_conv", "scalar");
    return elementKernel(op);
  }
  switch (op.kind) {
    case "CONV_2D": {
      const v = cmsisConvVariant(op, graph);
      return v === "reference" ? mac("ref_conv", "scalar") : mac(v, isa);
    }
    case "DEPTHWISE_CONV_2D": {
      const v = cmsisDepthwiseVariant(op, graph, isa);
      return mac(v, v === "cmsis_depthwise_conv_s8" ? "scalar" : isa);
    }
    case "FULLY_CONNECTED":
      return mac("cmsis_fully_connected_s8", isa);
    // TFLM has no CMSIS-NN int8 transpose conv: the reference kernel runs.
    case "TRANSPOSE_CONV":
      return mac("ref_conv", "scalar");
    default:
      return elementKernel(op);
  }
}

// src/model/tensor-data.ts
function allocateTensorData(dtype, count) {
  switch (dtype) {
    case "int8":
      return new Int8Array(count);
    case "uint8":
    case "bool":
      return new Uint8Array(count);
    case "int16":
      return new Int16Array(count);
    case "int32":
      return new Int32Array(count);
    case "float32":
      return new Float32Array(count);
    default:
      throw new UserError(`tensors of type ${dtype} cannot be computed (supported: int8, uint8, bool, int16, int32, float32)`);
  }
}
function decodeConstant(tensor) {
  const bytes2 = tensor.data;
  if (bytes2 === null) throw new Error(`tensor ${tensor.id} (${tensor.name}) is not a constant`);
  const count = elementCount(tensor.shape);
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  const need = (size2) => {
    if (bytes2.byteLength < count * size2) {
      throw new UserError(`constant tensor ${tensor.id} (${tensor.name}) holds ${bytes2.byteLength} bytes, its shape needs ${count * size2}`);
    }
  };
  switch (tensor.dtype) {
    case "int8":
      need(1);
      return new Int8Array(bytes2.buffer, bytes2.byteOffset, count).slice();
    case "uint8":
    case "bool":
      need(1);
      return bytes2.slice(0, count);
    case "int16": {
      need(2);
      const out = new Int16Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt16(2 * i, true);
      return out;
    }
    case "int32": {
      need(4);
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(4 * i, true);
      return out;
    }
    case "int64": {
      need(8);
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = Number(view.getBigInt64(8 * i, true));
      return out;
    }
    case "float32": {
      need(4);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    default:
      throw new UserError(`constant tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which tinygate cannot compute`);
  }
}

// src/model/view.ts
function wholeBox(shape) {
  return { start: shape.map(() => 0), size: [...shape] };
}
function boxElements(box) {
  let n = 1;
  for (const s of box.size) n *= s;
  return n;
}

// src/kernels/nhwc.ts
function nhwcAddress(box) {
  const [, h, w, c] = box.size;
  const sx = c;
  const sy = w * c;
  const sb = h * w * c;
  const [b0, y0, x0, c0] = box.start;
  return { sb, sy, sx, origin: b0 * sb + y0 * sy + x0 * sx + c0 };
}
function nhwcTensor(graph, op, id, what) {
  const t = graph.tensors[id];
  if (t === void 0 || t.shape.length !== 4) {
    throw new UserError(`op ${op.index} (${opName(op)}): ${what} must be a rank-4 NHWC tensor, got shape [${t?.shape.join(", ") ?? ""}]`);
  }
  return t;
}
function inputSlot(op, id) {
  return op.inputList.indexOf(id);
}

// src/kernels/quant.ts
var TWO_POW_31 = 2147483648;
var TWO_POW_15 = 32768;
var TWO_POW_16 = 65536;
var INT32_MIN = -2147483648;
var INT32_MAX = 2147483647;
function tfliteRound(x) {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
function quantizeMultiplier(m) {
  if (m === 0) return { multiplier: 0, shift: 0 };
  let shift = Math.floor(Math.log2(Math.abs(m))) + 1;
  let q = m / 2 ** shift;
  if (Math.abs(q) >= 1) {
    q /= 2;
    shift += 1;
  }
  if (Math.abs(q) < 0.5) {
    q *= 2;
    shift -= 1;
  }
  let qFixed = tfliteRound(q * TWO_POW_31);
  if (qFixed === TWO_POW_31) {
    qFixed /= 2;
    shift += 1;
  }
  if (shift < -31) {
    shift = 0;
    qFixed = 0;
  }
  return { multiplier: qFixed, shift };
}
function saturatingRoundingDoublingHighMul(a, b) {
  if (a === INT32_MIN && b === INT32_MIN) return INT32_MAX;
  const bHi = b >> 16;
  const bLo = b & 65535;
  const hi = a * bHi;
  const hiQ = Math.floor(hi / TWO_POW_15);
  const hiR = hi - hiQ * TWO_POW_15;
  const nudge = hi * TWO_POW_16 + a * bLo >= 0 ? 1073741824 : 1 - 1073741824;
  const rest = hiR * TWO_POW_16 + a * bLo + nudge;
  const restQ = Math.floor(rest / TWO_POW_31);
  const floorQ = hiQ + restQ;
  const remainder = rest - restQ * TWO_POW_31;
  return floorQ < 0 && remainder !== 0 ? floorQ + 1 : floorQ;
}
function roundingDivideByPOT(x, exponent) {
  if (exponent === 0) return x;
  const mask = (1 << exponent) - 1;
  const remainder = x & mask;
  const threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}
function multiplyByQuantizedMultiplier(x, multiplier, shift) {
  const leftShift = shift > 0 ? shift : 0;
  const rightShift = shift > 0 ? 0 : -shift;
  const shifted = leftShift === 0 ? x : Math.imul(x, 1 << leftShift);
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(shifted, multiplier), rightShift);
}
function dtypeRange(dtype) {
  switch (dtype) {
    case "int8":
      return [-128, 127];
    case "uint8":
      return [0, 255];
    case "int16":
      return [-32768, 32767];
    case "int32":
      return [INT32_MIN, INT32_MAX];
    default:
      throw new Error(`no integer range for ${dtype}`);
  }
}
function activationRangeQuantized(activation, scale, zeroPoint, dtype) {
  const [qmin, qmax] = dtypeRange(dtype);
  const quantize = (f) => zeroPoint + tfliteRound(Math.fround(f / Math.fround(scale)));
  switch (activation) {
    case "NONE":
      return [qmin, qmax];
    case "RELU":
      return [Math.max(qmin, quantize(0)), qmax];
    case "RELU6":
      return [Math.max(qmin, quantize(0)), Math.min(qmax, quantize(6))];
    case "RELU_N1_TO_1":
      return [Math.max(qmin, quantize(-1)), Math.min(qmax, quantize(1))];
    default:
      throw new Error(`fused activation ${activation} has no quantized range in TFLite`);
  }
}
var TWO_POW_22 = 4194304;
var TWO_POW_MINUS_31 = 1 / TWO_POW_31;
function multiplyByQuantizedMultiplierFast(x, multiplier, shift) {
  if (shift > 0 || shift < -30 || x >= TWO_POW_22 || x <= -TWO_POW_22) return multiplyByQuantizedMultiplier(x, multiplier, shift);
  const high = Math.floor((x * multiplier + 1073741824) * TWO_POW_MINUS_31);
  const exponent = -shift;
  const mask = (1 << exponent) - 1;
  const threshold = (mask >> 1) + (high >>> 31);
  return (high >> exponent) + (threshold - (high & mask) >>> 31);
}

// src/kernels/resize.ts
var f32 = Math.fround;
function resizeMode(kind, dtype) {
  if (kind === "RESIZE_NEAREST_NEIGHBOR") return "nearest";
  return dtype === "int8" ? "bilinear-integer" : "bilinear-float";
}
function axisMap(mode, inSize, outSize, alignCorners, halfPixel) {
  const lo = new Int32Array(outSize);
  const hi = new Int32Array(outSize);
  const frac = new Float64Array(outSize);
  const aligned = alignCorners && outSize > 1;
  if (mode === "bilinear-integer") {
    const scale10 = aligned ? Math.floor((1024 * (inSize - 1) + Math.floor((outSize - 1) / 2)) / (outSize - 1)) : Math.floor((1024 * inSize + Math.floor(outSize / 2)) / outSize);
    for (let o = 0; o < outSize; o++) {
      const scaled = halfPixel ? o * scale10 + Math.trunc(scale10 / 2) - 512 : o * scale10;
      lo[o] = Math.max(Math.trunc(scaled / 1024), 0);
      hi[o] = Math.min(Math.trunc((scaled + 1023) / 1024), inSize - 1);
      frac[o] = scaled - 1024 * lo[o];
    }
    return { lo, hi, frac };
  }
  const scale = aligned ? f32((inSize - 1) / (outSize - 1)) : f32(inSize / outSize);
  for (let o = 0; o < outSize; o++) {
    if (mode === "nearest") {
      const v = f32(f32(o + (halfPixel ? 0.5 : 0)) * scale);
      let i = Math.min(alignCorners ? tfliteRound(v) : Math.floor(v), inSize - 1);
      if (halfPixel) i = Math.max(0, i);
      lo[o] = i;
      hi[o] = i;
    } else {
      const v = halfPixel ? f32(f32(f32(o + 0.5) * scale) - 0.5) : f32(o * scale);
      lo[o] = Math.max(Math.floor(v), 0);
      hi[o] = Math.min(Math.ceil(v), inSize - 1);
      frac[o] = f32(v - lo[o]);
    }
  }
  return { lo, hi, frac };
}
var prepareResize = (op, graph) => {
  if (op.kind !== "RESIZE_NEAREST_NEIGHBOR" && op.kind !== "RESIZE_BILINEAR") throw new Error(`prepareResize got ${op.kind}`);
  const resize = op;
  const input = nhwcTensor(graph, op, resize.inputs.input, "input");
  const output = nhwcTensor(graph, op, resize.outputs[0], "output");
  const [, inH, inW, inC] = input.shape;
  const [, outH, outW] = output.shape;
  if (output.shape[3] !== inC || input.dtype !== output.dtype || !["int8", "uint8", "float32"].includes(input.dtype)) {
    throw new UserError(`op ${op.index} (${op.kind}): input [${input.shape.join(", ")}] ${input.dtype} and output [${output.shape.join(", ")}] ${output.dtype}: channels and types must match (int8, uint8, float32)`);
  }
  const mode = resizeMode(resize.kind, input.dtype);
  const { alignCorners, halfPixelCenters } = resize.attrs;
  const rowsMap = axisMap(mode, inH, outH, alignCorners, halfPixelCenters);
  const colsMap = axisMap(mode, inW, outW, alignCorners, halfPixelCenters);
  const slot = inputSlot(op, resize.inputs.input);
  const roundingOffset = input.dtype === "float32" ? 0 : 0.5;
  function run(inputs, out, window) {
    const view = inputs[slot];
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const outAt = nhwcAddress(out.box);
    const y = out.data;
    const [wb, wy, wx, wc] = window.start;
    const [nb, ny, nx, nc] = window.size;
    for (let b = wb; b < wb + nb; b++) {
      for (let oy = wy; oy < wy + ny; oy++) {
        const y0 = rowsMap.lo[oy], y1 = rowsMap.hi[oy], fy = rowsMap.frac[oy];
        for (let ox = wx; ox < wx + nx; ox++) {
          const x0 = colsMap.lo[ox], x1 = colsMap.hi[ox], fx = colsMap.frac[ox];
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx + wc - outAt.origin;
          const row0 = b * inAt.sb + y0 * inAt.sy - inAt.origin + wc;
          const row1 = b * inAt.sb + y1 * inAt.sy - inAt.origin + wc;
          const pll = row0 + x0 * inAt.sx, plu = row1 + x0 * inAt.sx;
          const prl = row0 + x1 * inAt.sx, pru = row1 + x1 * inAt.sx;
          if (mode === "nearest") {
            for (let j = 0; j < nc; j++) y[o + j] = x[pll + j];
          } else if (mode === "bilinear-integer") {
            const wll = (1024 - fy) * (1024 - fx), wlu = fy * (1024 - fx), wrl = (1024 - fy) * fx, wru = fy * fx;
            for (let j = 0; j < nc; j++) {
              const sum = x[pll + j] * wll + x[plu + j] * wlu + x[prl + j] * wrl + x[pru + j] * wru;
              y[o + j] = Math.trunc((sum + (sum > 0 ? 524288 : -524288)) / 1048576);
            }
          } else {
            const gy = f32(1 - fy), gx = f32(1 - fx);
            for (let j = 0; j < nc; j++) {
              const v = f32(f32(f32(f32(f32(x[pll + j] * gy) * gx) + f32(f32(x[plu + j] * fy) * gx)) + f32(f32(x[prl + j] * gy) * fx)) + f32(f32(x[pru + j] * fy) * fx));
              y[o + j] = roundingOffset === 0 ? v : Math.trunc(f32(v + roundingOffset));
            }
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/receptive-field.ts
function clip(lo, hi, size2) {
  const a = Math.max(lo, 0);
  const b = Math.min(hi, size2 - 1);
  return b < a ? [Math.min(a, size2), 0] : [a, b - a + 1];
}
function boxOf(ranges) {
  return { start: ranges.map(([s]) => s), size: ranges.map(([, n]) => n) };
}
function inputBoxFor(op, graph, window) {
  const [wb, wy, wx, wc] = window.start;
  const [nb, ny, nx, nc] = window.size;
  switch (op.kind) {
    case "CONV_2D":
    case "DEPTHWISE_CONV_2D":
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D": {
      const [, inH, inW, inC] = graph.tensors[op.inputs.input].shape;
      const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
      let kH, kW, channels;
      if (op.kind === "CONV_2D") {
        [, kH, kW] = graph.tensors[op.inputs.filter].shape;
        channels = [0, inC];
      } else if (op.kind === "DEPTHWISE_CONV_2D") {
        const filter = graph.tensors[op.inputs.filter].shape;
        [, kH, kW] = filter;
        const multiplier = filter[3] / inC;
        const c0 = Math.floor(wc / multiplier);
        channels = [c0, Math.floor((wc + nc - 1) / multiplier) - c0 + 1];
      } else {
        [kH, kW] = op.attrs.filter;
        channels = [wc, nc];
      }
      const rows = clip(wy * sh - pad.top, (wy + ny - 1) * sh - pad.top + (kH - 1) * (op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? dh : 1), inH);
      const cols = clip(wx * sw - pad.left, (wx + nx - 1) * sw - pad.left + (kW - 1) * (op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? dw : 1), inW);
      return boxOf([[wb, nb], rows, cols, channels]);
    }
    case "PAD":
    case "PADV2": {
      const shape = graph.tensors[op.inputs.input].shape;
      return boxOf(shape.map((size2, d) => {
        const before = op.attrs.paddings[d][0];
        return clip(window.start[d] - before, window.start[d] + window.size[d] - 1 - before, size2);
      }));
    }
    case "RESIZE_NEAREST_NEIGHBOR":
    case "RESIZE_BILINEAR": {
      const input = graph.tensors[op.inputs.input];
      const output = graph.tensors[op.outputs[0]];
      const mode = resizeMode(op.kind, input.dtype);
      const { alignCorners, halfPixelCenters } = op.attrs;
      const rowsMap = axisMap(mode, input.shape[1], output.shape[1], alignCorners, halfPixelCenters);
      const colsMap = axisMap(mode, input.shape[2], output.shape[2], alignCorners, halfPixelCenters);
      const rows = [rowsMap.lo[wy], rowsMap.hi[wy + ny - 1] - rowsMap.lo[wy] + 1];
      const cols = [colsMap.lo[wx], colsMap.hi[wx + nx - 1] - colsMap.lo[wx] + 1];
      return boxOf([[wb, nb], rows, cols, [wc, nc]]);
    }
    default:
      throw new Error(`op ${op.index} (${op.kind}) is not a windowed spatial op`);
  }
}

// src/schedule/patch.ts
var SPATIAL = /* @__PURE__ */ new Set(["CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "MAX_POOL_2D", "PAD", "PADV2", "RESIZE_NEAREST_NEIGHBOR", "RESIZE_BILINEAR"]);
var POINTWISE = /* @__PURE__ */ new Set(["ADD", "SUB", "MUL", "RELU", "RELU6", "LOGISTIC", "TANH", "HARD_SWISH", "QUANTIZE", "DEQUANTIZE"]);
var isActivation = (graph, t) => t !== NO_TENSOR && graph.tensors[t].data === null;
function describe(graph, op) {
  const out = graph.tensors[op.outputs[0]];
  return `op ${op.index} (${opName(op)}${out === void 0 ? "" : ` \u2192 ${out.name}`})`;
}
function isFeatureMap(graph, t) {
  const s = graph.tensors[t].shape;
  return s.length === 4 && s[0] === 1;
}
function splitProblems(graph, split) {
  const problems = [];
  const op = graph.ops[split];
  if (op === void 0) return [`there is no op ${split} (the model has ${graph.ops.length} ops)`];
  if (op.outputs.length !== 1) return [`${describe(graph, op)} has ${op.outputs.length} outputs; the split must be one tensor`];
  const splitTensor = op.outputs[0];
  if (!isFeatureMap(graph, splitTensor)) {
    return [`the split tensor ${graph.tensors[splitTensor].name} has shape [${graph.tensors[splitTensor].shape.join(", ")}]; patches split a [1, H, W, C] feature map`];
  }
  const stage1 = /* @__PURE__ */ new Set();
  for (let k = 0; k <= split; k++) {
    const s = graph.ops[k];
    stage1.add(s.outputs[0] ?? NO_TENSOR);
    if (!isStage1Kind(s)) {
      problems.push(`${describe(graph, s)} is a global op (it needs its whole input), so it cannot run patch by patch; split before it`);
      continue;
    }
    if (!s.outputs.every((t) => isFeatureMap(graph, t))) problems.push(`${describe(graph, s)} does not produce a [1, H, W, C] feature map`);
    const out = graph.tensors[s.outputs[0]].shape;
    if (POINTWISE.has(s.kind)) {
      for (const t of s.inputList.filter((id) => isActivation(graph, id))) {
        const shape = graph.tensors[t].shape;
        if (shape.length !== 4 || shape[1] !== out[1] || shape[2] !== out[2]) {
          problems.push(`${describe(graph, s)} broadcasts ${graph.tensors[t].name} [${shape.join(", ")}] over the feature map (an SE-style gate); both operands must be tiles of the same map`);
        }
      }
    }
  }
  for (let k = split + 1; k < graph.ops.length; k++) {
    const reader = graph.ops[k];
    for (const t of reader.inputList) {
      if (t !== splitTensor && stage1.has(t)) {
        problems.push(`${graph.tensors[t].name} (stage 1) is also read by ${describe(graph, reader)} after the split, so it would exist only as tiles; only the split tensor may cross the split`);
      }
    }
  }
  for (const t of graph.outputs) {
    if (t !== splitTensor && stage1.has(t)) problems.push(`model output ${graph.tensors[t].name} is computed in stage 1, where it would exist only as tiles`);
  }
  return [...new Set(problems)];
}
function isStage1Kind(op) {
  if (SPATIAL.has(op.kind) || POINTWISE.has(op.kind)) return true;
  return op.kind === "CONCATENATION" && op.attrs.axis === 3;
}
function patchCountProblems(graph, split, patches) {
  const shape = graph.tensors[graph.ops[split].outputs[0]].shape;
  return [0, 1].flatMap((a) => {
    const size2 = shape[a + 1];
    const p = patches[a];
    const name = a === 0 ? "rows" : "columns";
    if (!Number.isInteger(p) || p < 1) return [`patch count ${p} must be a positive integer`];
    const g = Math.ceil(size2 / p);
    if ((p - 1) * g >= size2) return [`${p} patches over ${size2} ${name} of the split tensor would leave the last patches empty (patch size \u2308${size2}/${p}\u2309 = ${g})`];
    return [];
  });
}
function patchProblems(graph, request) {
  const problems = splitProblems(graph, request.split);
  return problems.length > 0 ? problems : patchCountProblems(graph, request.split, request.patches);
}
function planPatches(graph, request) {
  const problems = patchProblems(graph, request);
  if (problems.length > 0) {
    throw new UserError(`cannot split after op ${request.split} into ${request.patches.join("\xD7")} patches:
  - ${problems.join("\n  - ")}`);
  }
  return buildPlan(graph, request.split, request.patches);
}
function planCheckedPatches(graph, request) {
  return buildPlan(graph, request.split, request.patches);
}
function outputSpans(size2, p) {
  const g = Math.ceil(size2 / p);
  return Array.from({ length: p }, (_, i) => ({ start: i * g, size: Math.min(g, size2 - i * g) }));
}
function union(a, b) {
  if (a === void 0) return b;
  const start = Math.min(a.start, b.start);
  return { start, size: Math.max(a.start + a.size, b.start + b.size) - start };
}
function needOnAxis(graph, op, t, axis, w, clipped) {
  const inShape = graph.tensors[t].shape;
  if (POINTWISE.has(op.kind) || op.kind === "CONCATENATION") return inShape[axis] === 1 ? { start: 0, size: 1 } : w;
  if (!clipped && (op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" || op.kind === "AVERAGE_POOL_2D" || op.kind === "MAX_POOL_2D")) {
    const a = axis - 1;
    const s = op.attrs.stride[a];
    const before = a === 0 ? op.attrs.pad.top : op.attrs.pad.left;
    const k = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? graph.tensors[op.inputs.filter].shape[axis] : op.attrs.filter[a];
    const d = op.attrs.dilation[a];
    return { start: w.start * s - before, size: (w.size - 1) * s + d * (k - 1) + 1 };
  }
  if (!clipped && (op.kind === "PAD" || op.kind === "PADV2")) return { start: w.start - op.attrs.paddings[axis][0], size: w.size };
  const outShape = graph.tensors[op.outputs[0]].shape;
  const lo = Math.max(w.start, 0);
  const hi = Math.min(w.start + w.size, outShape[axis]);
  const start = [0, 0, 0, 0];
  const size2 = [1, 1, 1, outShape[3]];
  start[axis] = lo;
  size2[axis] = hi - lo;
  const box = inputBoxFor(op, graph, { start, size: size2 });
  return { start: box.start[axis], size: box.size[axis] };
}
function propagateAxis(graph, split, axis, p, clipped) {
  const splitTensor = graph.ops[split].outputs[0];
  const spans = /* @__PURE__ */ new Map([[splitTensor, outputSpans(graph.tensors[splitTensor].shape[axis], p)]]);
  for (let k = split; k >= 0; k--) {
    const op = graph.ops[k];
    const out = spans.get(op.outputs[0]);
    if (out === void 0) continue;
    for (const t of op.inputList) {
      if (!isActivation(graph, t)) continue;
      const clipTo = graph.tensors[t].shape[axis];
      const mine = spans.get(t) ?? [];
      out.forEach((w, i) => {
        let need = needOnAxis(graph, op, t, axis, w, clipped);
        if (clipped) {
          const lo = Math.max(need.start, 0);
          need = { start: lo, size: Math.min(need.start + need.size, clipTo) - lo };
        }
        mine[i] = union(mine[i], need);
      });
      spans.set(t, mine);
    }
  }
  return spans;
}
function buildPlan(graph, split, patches) {
  const splitTensor = graph.ops[split].outputs[0];
  const shape = graph.tensors[splitTensor].shape;
  const clippedRows = propagateAxis(graph, split, 1, patches[0], true);
  const clippedCols = propagateAxis(graph, split, 2, patches[1], true);
  const fullRows = propagateAxis(graph, split, 1, patches[0], false);
  const fullCols = propagateAxis(graph, split, 2, patches[1], false);
  const tiles = /* @__PURE__ */ new Map();
  for (const [t, rows] of clippedRows) {
    tiles.set(t, [{ clipped: rows, full: fullRows.get(t) }, { clipped: clippedCols.get(t), full: fullCols.get(t) }]);
  }
  const input = graph.inputs.find((t) => tiles.has(t));
  const [r, c] = tiles.get(input ?? splitTensor);
  const maxSize = (spans) => Math.max(...spans.map((s) => s.size));
  return {
    graph,
    split,
    splitTensor,
    patches,
    patchSize: [Math.ceil(shape[1] / patches[0]), Math.ceil(shape[2] / patches[1])],
    stage1: graph.ops.slice(0, split + 1).filter((op) => tiles.has(op.outputs[0])).map((op) => op.index),
    stage2: graph.ops.slice(split + 1).map((op) => op.index),
    tiles,
    tile: [maxSize(r.full), maxSize(c.full)]
  };
}
function patchWindow(plan, t, i, j, clipped = true) {
  const [rows, cols] = plan.tiles.get(t);
  const r = (clipped ? rows.clipped : rows.full)[i];
  const c = (clipped ? cols.clipped : cols.full)[j];
  return { start: [0, r.start, c.start, 0], size: [1, r.size, c.size, plan.graph.tensors[t].shape[3]] };
}
function fullTileShape(plan, t) {
  const [rows, cols] = plan.tiles.get(t);
  return [Math.max(...rows.full.map((s) => s.size)), Math.max(...cols.full.map((s) => s.size))];
}

// src/schedule/patch-run.ts
var heapBufferAllocator = (tensor, elements) => allocateTensorData(tensor.dtype, elements);
function patchSteps(plan) {
  const { graph } = plan;
  const steps = [];
  for (let i = 0; i < plan.patches[0]; i++) {
    for (let j = 0; j < plan.patches[1]; j++) {
      for (const k of plan.stage1) steps.push({ op: k, patch: [i, j], window: patchWindow(plan, graph.ops[k].outputs[0], i, j) });
    }
  }
  for (const k of plan.stage2) steps.push({ op: k, patch: null, window: wholeBox(graph.tensors[graph.ops[k].outputs[0]].shape) });
  return steps;
}
function tileElements(plan, t) {
  let capacity = 0;
  const [rows, cols] = plan.tiles.get(t);
  for (const r of rows.clipped) for (const c of cols.clipped) capacity = Math.max(capacity, r.size * c.size);
  return capacity * plan.graph.tensors[t].shape[3];
}
function runPatches(prepared, plan, inputs, allocate = heapBufferAllocator, observe2) {
  const { graph } = prepared;
  if (prepared.graph !== plan.graph) throw new Error("the patch plan was made for another graph");
  if (inputs.length !== graph.inputs.length) throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
  const views = new Map(prepared.constants);
  graph.inputs.forEach((id, n) => {
    const shape = graph.tensors[id].shape;
    if (inputs[n].length !== elementCount(shape)) throw new UserError(`input ${n} must have ${elementCount(shape)} values, got ${inputs[n].length}`);
    views.set(id, { data: inputs[n], box: wholeBox(shape) });
  });
  const splitShape = graph.tensors[plan.splitTensor].shape;
  const split = { data: allocate(graph.tensors[plan.splitTensor], elementCount(splitShape)), box: wholeBox(splitShape) };
  views.set(plan.splitTensor, split);
  const tileBuffers = /* @__PURE__ */ new Map();
  for (const k of plan.stage1) {
    const t = graph.ops[k].outputs[0];
    if (t !== plan.splitTensor) tileBuffers.set(t, allocate(graph.tensors[t], tileElements(plan, t)));
  }
  for (const step of patchSteps(plan)) {
    const prep = prepared.ops[step.op];
    const op = prep.op;
    const inputViews = op.inputList.map((id) => {
      if (id === NO_TENSOR) return null;
      const view = views.get(id);
      if (view === void 0) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before any op writes it`);
      return view;
    });
    const t = op.outputs[0];
    let output;
    if (t === plan.splitTensor) output = split;
    else if (step.patch !== null) output = { data: tileBuffers.get(t).subarray(0, boxElements(step.window)), box: step.window };
    else output = { data: allocate(graph.tensors[t], boxElements(step.window)), box: step.window };
    const done = observe2?.(step, output);
    prep.run(inputViews, output, step.window);
    done?.();
    views.set(t, output);
  }
  return graph.outputs.map((id) => {
    const view = views.get(id);
    if (view === void 0) throw new UserError(`graph output tensor ${id} is never written`);
    return view.data;
  });
}

// src/mcu/calibration.json
var calibration_default = {
  generatedBy: "npm run calibrate",
  csv: "../shared/models/data/mlperf_tiny_closed_results_mcu.csv",
  defaultCpiFactor: 1.744,
  boards: [
    {
      target: "nrf5340",
      round: "v1.1",
      system: "NRF5340-DK_MICROTVM-CMSIS-NN",
      cpiFactor: 1.719,
      fittedOn: [
        "Krai kws"
      ]
    },
    {
      target: "ra6m4",
      round: "v0.7",
      system: "EK-RA6M4",
      cpiFactor: 1.737,
      fittedOn: [
        "renesas kws"
      ]
    },
    {
      target: "ra8d1",
      round: "v1.2",
      system: "EK-RA8D1",
      cpiFactor: 1.751,
      fittedOn: [
        "Renesas kws"
      ]
    },
    {
      target: "stm32l4r5",
      round: "v1.1",
      system: "NUCLEO-L4R5ZI_MICROTVM-CMSIS-NN + NUCLEO-L4R5ZI_MicroTVM_CMSIS_NN",
      cpiFactor: 1.942,
      fittedOn: [
        "Krai kws",
        "cTuning kws"
      ]
    }
  ],
  errors: [
    {
      core: "cortex-m33",
      runtime: "tflm",
      basis: "calibrated",
      medianAbsPct: 9.9,
      maxAbsPct: 33.7,
      rows: 6
    },
    {
      core: "cortex-m33",
      runtime: "tflm",
      basis: "uncalibrated",
      medianAbsPct: 8.6,
      maxAbsPct: 36.1,
      rows: 8
    },
    {
      core: "cortex-m4",
      runtime: "tflm",
      basis: "calibrated",
      medianAbsPct: 11.9,
      maxAbsPct: 30.1,
      rows: 4
    },
    {
      core: "cortex-m4",
      runtime: "tflm",
      basis: "uncalibrated",
      medianAbsPct: 9.7,
      maxAbsPct: 18.1,
      rows: 6
    },
    {
      core: "cortex-m85",
      runtime: "tflm",
      basis: "calibrated",
      medianAbsPct: 23.7,
      maxAbsPct: 49,
      rows: 3
    },
    {
      core: "cortex-m85",
      runtime: "tflm",
      basis: "uncalibrated",
      medianAbsPct: 22.3,
      maxAbsPct: 49.3,
      rows: 4
    },
    {
      core: "*",
      runtime: "*",
      basis: "borrowed",
      medianAbsPct: 22.3,
      maxAbsPct: 49.3,
      rows: 4
    }
  ]
};

// src/mcu/board-terms.ts
var CALIBRATION = calibration_default;
function priorFlashStallPerByte(target) {
  return target.flash.waitStates / target.flash.lineBytes;
}
function boardTerm(target, data = CALIBRATION) {
  return data.boards.find((b) => b.target === target.name);
}
function memoryTerms(target) {
  return { flashStallCyclesPerByte: priorFlashStallPerByte(target), cpiFactor: boardTerm(target)?.cpiFactor ?? CALIBRATION.defaultCpiFactor };
}
function errorFor(target, runtime, data = CALIBRATION) {
  const basis = boardTerm(target, data) === void 0 ? "uncalibrated" : "calibrated";
  return data.errors.find((e) => e.core === target.core && e.runtime === runtime && e.basis === basis) ?? data.errors.find((e) => e.core === target.core && e.runtime === runtime && e.basis === "uncalibrated") ?? data.errors.find((e) => e.basis === "borrowed");
}

// src/mcu/cost-model.ts
var ZERO_COST = {
  cycles: 0,
  macs: 0,
  computeCycles: 0,
  outputCycles: 0,
  im2colCycles: 0,
  overheadCycles: 0,
  flashBytes: 0,
  memoryCycles: 0
};
function addCost(a, b) {
  return {
    cycles: a.cycles + b.cycles,
    macs: a.macs + b.macs,
    computeCycles: a.computeCycles + b.computeCycles,
    outputCycles: a.outputCycles + b.outputCycles,
    im2colCycles: a.im2colCycles + b.im2colCycles,
    overheadCycles: a.overheadCycles + b.overheadCycles,
    flashBytes: a.flashBytes + b.flashBytes,
    memoryCycles: a.memoryCycles + b.memoryCycles
  };
}
function costOf(parts, target) {
  const { cpiFactor, flashStallCyclesPerByte } = memoryTerms(target);
  const scaled = {
    ...parts,
    computeCycles: parts.computeCycles * cpiFactor,
    outputCycles: parts.outputCycles * cpiFactor,
    im2colCycles: parts.im2colCycles * cpiFactor,
    overheadCycles: parts.overheadCycles * cpiFactor
  };
  const memoryCycles = parts.flashBytes * flashStallCyclesPerByte;
  return { ...scaled, memoryCycles, cycles: scaled.computeCycles + scaled.outputCycles + scaled.im2colCycles + scaled.overheadCycles + memoryCycles };
}
function mixCycles(m, core, vector) {
  if (vector) {
    const perOp = 4 / core.mveBeatsPerTick;
    return Math.max(m.load + m.store, m.alu + m.mac) * perOp + m.mul64 * core.mul64 + m.branch * core.branch;
  }
  const memory = m.load * core.load + m.store * core.store;
  const compute = m.alu * core.alu + m.mac * core.mac + m.mul64 * core.mul64;
  return (core.dualIssue ? Math.max(memory, compute) : memory + compute) + m.branch * core.branch;
}
function kernelMix(variant, isa) {
  const mixes = KERNEL_MIXES[variant];
  const found = mixes[isa] ?? (isa === "mve" ? mixes.dsp : void 0);
  if (found === void 0) throw new Error(`no instruction mix for ${variant} on ${isa}`);
  return found;
}
var roundUp = (n, m) => Math.ceil(n / m) * m;
function macShape(op, graph, window) {
  const filter = graph.tensors[op.inputs["filter"]].shape;
  const size2 = window.size;
  if (op.kind === "FULLY_CONNECTED") {
    const channels = size2[size2.length - 1];
    const pixels = boxElements(window) / channels;
    return { pixels, rows: pixels, channels, depth: filter[1], weightBytesPerPixelPass: channels * filter[1] };
  }
  const [n, h, w, c] = size2;
  const [, kh, kw, fc] = filter;
  const taps = kh * kw;
  const depth = op.kind === "DEPTHWISE_CONV_2D" ? taps : taps * fc;
  return { pixels: n * h * w, rows: n * h, channels: c, depth, weightBytesPerPixelPass: c * depth };
}
function chargeMacKernel(op, graph, window, target, runtime, variant, isa) {
  const core = CORE_TIMING[target.core];
  const k = kernelMix(variant, isa);
  const vector = isa === "mve" && k === KERNEL_MIXES[variant].mve;
  const s = macShape(op, graph, window);
  const macs = s.pixels * s.channels * s.depth;
  const depth = k.simdAxis === "depth" ? roundUp(s.depth, k.simdWidth) : s.depth;
  const channels = k.simdAxis === "channels" ? roundUp(s.channels, k.simdWidth) : s.channels;
  const passes = Math.ceil(s.pixels / k.pixelsPerWeightPass);
  const effectiveMacs = passes * k.pixelsPerWeightPass * channels * depth;
  const computeCycles = effectiveMacs / k.macsPerBlock * mixCycles(k.block, core, vector);
  const outputs = s.pixels * s.channels;
  const outputCycles = outputs * mixCycles(k.perOutput, core, vector);
  const im2colElems = k.im2colOf === "transpose" ? boxElements(inputBoxFor(op, graph, window)) + outputs : k.im2colOf === "taps" ? s.pixels * s.channels * s.depth : s.pixels * s.depth;
  const im2colCycles = im2colElems * mixCycles(k.im2colPerElem, core, vector);
  const overheadCycles = CALL_OVERHEAD_CYCLES[runtime] + s.rows * k.perRowCycles;
  const weightBytes2 = s.weightBytesPerPixelPass;
  const fetched = target.flash.cache.kind === "cache" && weightBytes2 <= target.flash.cache.bytes ? weightBytes2 : weightBytes2 * passes;
  return costOf({ macs, computeCycles, outputCycles, im2colCycles, overheadCycles, flashBytes: fetched }, target);
}
function chargeElementKernel(op, graph, window, target, runtime, kernel) {
  const core = CORE_TIMING[target.core];
  const m = ELEMENT_MIXES[kernel];
  const outputs = boxElements(window);
  let inputs = 0;
  if (op.kind === "AVERAGE_POOL_2D" || op.kind === "MAX_POOL_2D") inputs = outputs * op.attrs.filter[0] * op.attrs.filter[1];
  else if (op.kind === "MEAN") inputs = boxElements(wholeBox(graph.tensors[op.inputs.input].shape)) * (outputs / boxElements(wholeBox(graph.tensors[op.outputs[0]].shape)));
  const outputCycles = outputs * mixCycles(m.perOutput, core, false) + inputs * mixCycles(m.perInput, core, false);
  return costOf({ ...ZERO_COST, outputCycles, overheadCycles: CALL_OVERHEAD_CYCLES[runtime] }, target);
}
function chargeStep(graph, op, window, target, runtime) {
  const choice = chooseKernel(op, graph, target.core, runtime);
  if (choice.kind === "mac") return chargeMacKernel(op, graph, window, target, runtime, choice.variant, choice.isa);
  if (choice.kind === "element") return chargeElementKernel(op, graph, window, target, runtime, choice.kernel);
  return ZERO_COST;
}
function latencyMsOf(cycles, target) {
  return cycles / target.clockHz * 1e3;
}
function estimateModel(graph, target, runtime) {
  const perOp = graph.ops.map((op) => {
    const out = op.outputs[0];
    const cost = out === void 0 ? ZERO_COST : chargeStep(graph, op, wholeBox(graph.tensors[out].shape), target, runtime);
    return { index: op.index, cost };
  });
  const total = perOp.reduce((sum, p) => addCost(sum, p.cost), ZERO_COST);
  const cycles = Math.round(total.cycles);
  return { cycles, latencyMs: latencyMsOf(cycles, target), total, perOp };
}
function chargeSteps(graph, steps, target, runtime) {
  const perStep = steps.map((s) => chargeStep(graph, graph.ops[s.op], s.window, target, runtime));
  return { total: perStep.reduce(addCost, ZERO_COST), perStep };
}

// src/mcu/schedule-cost.ts
function chargePatchPlan(plan, target, runtime) {
  return chargeSteps(plan.graph, patchSteps(plan), target, runtime).total;
}

// src/mcu/target-rows.ts
function measuredError(target, runtime) {
  const e = errorFor(target, runtime);
  if (e === void 0) throw new Error("src/mcu/calibration.json has no error entries: run npm run calibrate");
  return { errorPct: e.medianAbsPct, errorBasis: e.basis };
}
function parseRuntimes(names) {
  if (names === void 0 || names.length === 0) return [...COST_RUNTIMES];
  return names.map((n) => {
    if (!COST_RUNTIMES.includes(n)) throw new UserError(`unknown runtime \`${n}\`; runtimes: ${COST_RUNTIMES.join(", ")}`);
    return n;
  });
}
function targetRows(graph, targets, runtimes, memory) {
  const fallback = { flashBytes: weightBytes(graph), sramBytes: idealActivationPeakBytes(graph) };
  const rows = [];
  for (const target of targets) {
    for (const runtime of runtimes) {
      if (!runtimeSupports(runtime, target.core)) continue;
      const use = typeof memory === "function" ? memory(runtime) : memory ?? fallback;
      const est = estimateModel(graph, target, runtime);
      rows.push({
        ...targetRow(target, runtime, est.cycles, use),
        layers: est.perOp.map((p) => ({ index: p.index, cycles: Math.round(p.cost.cycles) }))
      });
    }
  }
  return rows;
}
function targetRow(target, runtime, cycles, use) {
  return {
    name: target.name,
    runtime,
    cycles: Math.round(cycles),
    latencyMs: Math.round(latencyMsOf(Math.round(cycles), target) * 1e3) / 1e3,
    ...measuredError(target, runtime),
    fits: use.flashBytes <= target.flashBytes && use.sramBytes <= target.sramBytes,
    flashBytes: use.flashBytes,
    sramBytes: use.sramBytes
  };
}

// src/schema-validation.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default.default;
var ajv = new import_ajv.Ajv({ allErrors: true, strict: true });
addFormats(ajv);
function compileSchema(schema) {
  const fn = ajv.compile(schema);
  return {
    validate: (value) => fn(value),
    errors: () => (fn.errors ?? []).map(formatError),
    issues: () => (fn.errors ?? []).map(toIssue)
  };
}
function formatError(e) {
  const where = e.instancePath === "" ? "(top level)" : e.instancePath;
  return `${where}: ${toIssue(e).message}`;
}
function toIssue(e) {
  const path = e.instancePath.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "additionalProperties") {
    const key = String(e.params["additionalProperty"]);
    return { path, message: `unknown key \`${key}\``, unknownKey: key };
  }
  return { path, message: e.message ?? e.keyword };
}

// schema/targets.schema.json
var targets_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://tinygate.dev/schema/targets.schema.json",
  title: "tinygate MCU targets",
  description: "Microcontroller targets the cycle model can simulate. tinygate ships the built-in list (src/mcu/targets.json); a config can add more with the same fields.",
  type: "array",
  items: { $ref: "#/definitions/target" },
  definitions: {
    target: {
      type: "object",
      additionalProperties: false,
      required: ["name", "board", "core", "clockHz", "sramBytes", "flashBytes", "flash", "source"],
      properties: {
        name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "Id used by --target and the config, lower-case." },
        board: { type: "string", minLength: 1, description: "A board or part the numbers describe." },
        core: { enum: ["cortex-m0plus", "cortex-m4", "cortex-m7", "cortex-m33", "cortex-m55", "cortex-m85"] },
        clockHz: { type: "integer", minimum: 1e6 },
        sramBytes: { type: "integer", minimum: 1, description: "On-chip SRAM usable for the arena (TCM included)." },
        flashBytes: { type: "integer", minimum: 1, description: "Flash holding weights and code." },
        flash: {
          type: "object",
          additionalProperties: false,
          required: ["waitStates", "lineBytes", "cache"],
          properties: {
            waitStates: { type: "integer", minimum: 0, description: "Extra core cycles per flash line read at this clock (datasheet table), before any accelerator or cache." },
            lineBytes: { type: "integer", minimum: 1, description: "Bytes one flash line read delivers." },
            cache: {
              type: "object",
              additionalProperties: false,
              required: ["kind", "bytes"],
              properties: {
                kind: { enum: ["none", "prefetch", "art", "cache"], description: "prefetch: sequential line prefetch only; art: ST's adaptive real-time accelerator; cache: a data cache in front of flash." },
                bytes: { type: "integer", minimum: 0, description: "Bytes of flash data the cache can hold (0 for none or prefetch)." }
              }
            }
          }
        },
        source: { type: "string", minLength: 1, description: "Where the numbers come from (datasheet, reference manual)." }
      }
    }
  }
};

// src/mcu/targets.json
var targets_default = [
  {
    name: "stm32f746",
    board: "STM32F746 (32F746G-DISCOVERY)",
    core: "cortex-m7",
    clockHz: 216e6,
    sramBytes: 327680,
    flashBytes: 1048576,
    flash: { waitStates: 7, lineBytes: 32, cache: { kind: "cache", bytes: 4096 } },
    source: "DS10916 (STM32F745xx/F746xx) \xA71-3: 216 MHz, 320 KB SRAM incl. 64 KB DTCM, 1 MB flash, 4 KB L1 D-cache; RM0385 Table 5: 7 wait states at 210-216 MHz, 2.7-3.6 V; 256-bit flash line on the AXI path"
  },
  {
    name: "stm32h743",
    board: "STM32H743 (NUCLEO-H743ZI)",
    core: "cortex-m7",
    clockHz: 48e7,
    sramBytes: 1048576,
    flashBytes: 2097152,
    flash: { waitStates: 8, lineBytes: 32, cache: { kind: "cache", bytes: 16384 } },
    source: "DS12110 (STM32H742/743) \xA71-3: 480 MHz, 1 MB SRAM incl. 128 KB DTCM, 2 MB flash, 16 KB L1 D-cache; RM0433 Table 17: 4 wait states at AXI 240 MHz (VOS0) = 8 core cycles at 480 MHz; 256-bit flash word"
  },
  {
    name: "stm32l4r5",
    board: "STM32L4R5 (NUCLEO-L4R5ZI)",
    core: "cortex-m4",
    clockHz: 12e7,
    sramBytes: 655360,
    flashBytes: 2097152,
    flash: { waitStates: 5, lineBytes: 8, cache: { kind: "art", bytes: 256 } },
    source: "DS12023 (STM32L4R5xx) \xA71-3: 120 MHz, 640 KB SRAM, 2 MB flash; RM0432 \xA73.3.3 Table 12: 5 wait states at 120 MHz (range 1 boost); ART: 64-bit lines, data cache 8 lines x 4 x 64 bit (RM0432 \xA73.3.4)"
  },
  {
    name: "stm32f412",
    board: "STM32F412 (NUCLEO-F412ZG)",
    core: "cortex-m4",
    clockHz: 1e8,
    sramBytes: 262144,
    flashBytes: 1048576,
    flash: { waitStates: 3, lineBytes: 16, cache: { kind: "art", bytes: 128 } },
    source: "DS10941 (STM32F412xE/G) \xA71-3: 100 MHz, 256 KB SRAM, 1 MB flash; RM0402 Table 6: 3 wait states at 90-100 MHz, 2.7-3.6 V; ART: 128-bit lines, data cache 8 lines of 128 bit (RM0402 \xA73.4.2)"
  },
  {
    name: "nrf52840",
    board: "nRF52840 (nRF52840 DK)",
    core: "cortex-m4",
    clockHz: 64e6,
    sramBytes: 262144,
    flashBytes: 1048576,
    flash: { waitStates: 2, lineBytes: 4, cache: { kind: "none", bytes: 0 } },
    source: "nRF52840 Product Specification v1.7 \xA71 and \xA74.3: Cortex-M4F 64 MHz, 256 KB RAM, 1 MB flash; NVMC cache is an instruction cache (\xA74.3.8), so data reads of weights go to flash; wait states are not tabled there: 2 is our prior, not calibrated"
  },
  {
    name: "nrf5340",
    board: "nRF5340 application core (nRF5340 DK)",
    core: "cortex-m33",
    clockHz: 128e6,
    sramBytes: 524288,
    flashBytes: 1048576,
    flash: { waitStates: 2, lineBytes: 16, cache: { kind: "cache", bytes: 8192 } },
    source: "nRF5340 Product Specification v1.3 \xA71 and \xA77.5 (CACHE): application core Cortex-M33 128 MHz, 512 KB RAM, 1 MB flash, 8 KB 2-way cache for flash with 16-byte lines; wait states: our prior, calibrated on MLPerf Tiny v1.1"
  },
  {
    name: "ra6m4",
    board: "Renesas RA6M4 (EK-RA6M4)",
    core: "cortex-m33",
    clockHz: 2e8,
    sramBytes: 262144,
    flashBytes: 1048576,
    flash: { waitStates: 3, lineBytes: 16, cache: { kind: "cache", bytes: 2048 } },
    source: "RA6M4 Group Datasheet R01DS0402 \xA71: Cortex-M33 200 MHz, 256 KB SRAM, 1 MB code flash; User's Manual R01UH0890 \xA749 (FLWT): 3 wait states above 150 MHz; FCACHE + S-cache: our prior size, calibrated on MLPerf Tiny v0.7"
  },
  {
    name: "rp2040",
    board: "Raspberry Pi RP2040 (Pico)",
    core: "cortex-m0plus",
    clockHz: 133e6,
    sramBytes: 270336,
    flashBytes: 2097152,
    flash: { waitStates: 40, lineBytes: 8, cache: { kind: "cache", bytes: 16384 } },
    source: "RP2040 Datasheet \xA71, \xA72.4 (single-cycle multiplier), \xA72.6.3 (XIP): 133 MHz, 264 KB SRAM, external QSPI flash (2 MB on Pico) through a 16 KB 2-way XIP cache with 8-byte lines; a miss is a QSPI read at clk_sys/2 (about 40 cycles for command, address and 8 bytes)"
  },
  {
    name: "stm32g0b1",
    board: "STM32G0B1 (NUCLEO-G0B1RE)",
    core: "cortex-m0plus",
    clockHz: 64e6,
    sramBytes: 147456,
    flashBytes: 524288,
    flash: { waitStates: 2, lineBytes: 8, cache: { kind: "prefetch", bytes: 0 } },
    source: "DS13560 (STM32G0B1xB/xC/xE) \xA71-3: Cortex-M0+ 64 MHz, 144 KB SRAM, 512 KB flash; RM0444 \xA73.3.4 Table 9: 2 wait states at 48-64 MHz; 64-bit flash line, prefetch and 16-byte instruction cache only"
  },
  {
    name: "ra8d1",
    board: "Renesas RA8D1 (EK-RA8D1)",
    core: "cortex-m85",
    clockHz: 48e7,
    sramBytes: 1048576,
    flashBytes: 2097152,
    flash: { waitStates: 5, lineBytes: 32, cache: { kind: "cache", bytes: 32768 } },
    source: "RA8D1 Group Datasheet R01DS0433 \xA71: Cortex-M85 (Helium) 480 MHz, 1 MB SRAM (+128 KB TCM not counted), 2 MB code flash, 32 KB L1 D-cache; wait states: our prior, calibrated on MLPerf Tiny v1.2"
  }
];

// src/mcu/targets.ts
var validator = compileSchema(targets_schema_default);
function parseTargets(value, where) {
  if (!validator.validate(value)) {
    throw new UserError(`invalid targets: ${validator.errors().join("; ")} (see schema/targets.schema.json)`, where);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const t of value) {
    if (seen.has(t.name)) throw new UserError(`target \`${t.name}\` is defined twice`, where);
    seen.add(t.name);
  }
  return value;
}
var BUILTIN_TARGETS = parseTargets(targets_default, "src/mcu/targets.json");
function allTargets(userTargets = []) {
  const names = new Set(userTargets.map((t) => t.name));
  return [...BUILTIN_TARGETS.filter((t) => !names.has(t.name)), ...userTargets];
}
function findTargets(names, available = BUILTIN_TARGETS) {
  return names.map((name) => {
    const t = available.find((x) => x.name === name.toLowerCase());
    if (t === void 0) throw new UserError(`unknown target \`${name}\`; known targets: ${available.map((x) => x.name).join(", ")}`);
    return t;
  });
}

// src/report/report.ts
import { createHash } from "node:crypto";

// schema/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://tinygate.dev/schema/report.schema.json",
  title: "tinygate report",
  description: "What tinygate measured for one model. Baselines are reports too. Later schema versions only add fields.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "model",
    "layers"
  ],
  properties: {
    schemaVersion: {
      const: 1
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "version"
      ],
      properties: {
        name: {
          const: "tinygate"
        },
        version: {
          type: "string",
          pattern: "^\\d+\\.\\d+\\.\\d+"
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "path",
        "sha256",
        "format",
        "inputs",
        "outputs",
        "ops",
        "macs",
        "params",
        "weightBytes",
        "idealActivationPeakBytes",
        "unsupportedOps"
      ],
      properties: {
        path: {
          type: "string",
          description: "The model's path as given to tinygate."
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        format: {
          enum: [
            "tflite"
          ]
        },
        inputs: {
          type: "array",
          items: {
            $ref: "#/definitions/tensor"
          }
        },
        outputs: {
          type: "array",
          items: {
            $ref: "#/definitions/tensor"
          }
        },
        ops: {
          type: "integer",
          minimum: 0,
          description: "Number of operators."
        },
        macs: {
          $ref: "#/definitions/count",
          description: "Dense multiply-accumulates of CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED and TRANSPOSE_CONV: one per weight tap per output element."
        },
        params: {
          $ref: "#/definitions/count",
          description: "Elements of constant value operands (weights, biases, constant elementwise operands); shape/axes/padding operands excluded."
        },
        weightBytes: {
          $ref: "#/definitions/count",
          description: "Bytes of every distinct constant buffer: the weights' flash footprint."
        },
        idealActivationPeakBytes: {
          $ref: "#/definitions/count",
          description: "Largest sum of activation tensors alive at once in stored op order; no alignment, aliasing or scratch."
        },
        unsupportedOps: {
          type: "array",
          description: "Ops tinygate cannot model; their MACs are not counted.",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "index",
              "op"
            ],
            properties: {
              index: {
                type: "integer",
                minimum: 0
              },
              op: {
                type: "string"
              }
            }
          }
        }
      }
    },
    layers: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "index",
          "op",
          "outputShape",
          "outputDtype",
          "outputBytes",
          "macs",
          "params",
          "constantBytes"
        ],
        properties: {
          index: {
            type: "integer",
            minimum: 0
          },
          op: {
            type: "string"
          },
          outputShape: {
            $ref: "#/definitions/shape"
          },
          outputDtype: {
            type: "string"
          },
          outputBytes: {
            $ref: "#/definitions/count"
          },
          macs: {
            $ref: "#/definitions/count"
          },
          params: {
            $ref: "#/definitions/count"
          },
          constantBytes: {
            $ref: "#/definitions/count"
          }
        }
      }
    },
    schedules: {
      type: "array",
      description: "Memory plans: one per (kind, runtime); patch entries describe one patch-based schedule each.",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "kind",
          "runtime",
          "arenaBytes",
          "scratchBytes",
          "peakSramBytes",
          "activationPeakBytes"
        ],
        properties: {
          kind: {
            enum: [
              "per-layer",
              "patch"
            ]
          },
          runtime: {
            enum: [
              "tflm",
              "tinyengine",
              "tinygate",
              "paper"
            ],
            description: "Whose memory rules: TFLite Micro's greedy arena, TinyEngine's, tinygate's best, or the MCUNetV2 paper's activation accounting."
          },
          arenaBytes: {
            $ref: "#/definitions/count",
            description: "Planned arena for activations under the runtime's rules."
          },
          scratchBytes: {
            $ref: "#/definitions/count",
            description: "Largest kernel scratch buffer (im2col, padded planes) counted on top of the arena."
          },
          peakSramBytes: {
            $ref: "#/definitions/count",
            description: "arenaBytes + scratchBytes: what the chip must provide."
          },
          activationPeakBytes: {
            $ref: "#/definitions/count",
            description: "MCUNetV2 paper accounting: largest input+output live set, input image not resident."
          },
          liveBytesPerStep: {
            type: "array",
            items: {
              $ref: "#/definitions/count"
            },
            description: "Live activation bytes after each step, for a memory-over-time chart."
          },
          split: {
            type: "integer",
            minimum: 0,
            description: "Patch schedules: index of the last op of stage 1."
          },
          patches: {
            type: "array",
            items: {
              type: "integer",
              minimum: 1
            },
            minItems: 2,
            maxItems: 2,
            description: "[p_h, p_w]"
          },
          tile: {
            type: "array",
            items: {
              type: "integer",
              minimum: 1
            },
            minItems: 2,
            maxItems: 2,
            description: "Input tile [h, w] at op 0."
          },
          macs: {
            $ref: "#/definitions/count",
            description: "MACs as executed (full tiles, as TinyEngine runs them)."
          },
          macsClipped: {
            $ref: "#/definitions/count",
            description: "MACs with tiles clipped at the image border."
          },
          macOverhead: {
            type: "number",
            description: "macs / per-layer MACs \u2212 1."
          },
          accounting: {
            type: "string",
            description: "How peakSramBytes was counted (alignment, aliasing, scratch, what is resident)."
          },
          splitTensor: {
            type: "string",
            description: "Patch schedules: the tensor stage 1 writes patch by patch."
          },
          chosen: {
            type: "boolean",
            description: "The schedule `--schedule auto --budget-sram` picked."
          },
          advice: {
            type: "array",
            items: {
              type: "string"
            },
            description: "For the lowest-peak patch schedule: why patching helps little, naming the layers whose receptive field drives the tile overlap (empty when it helps)."
          }
        }
      }
    },
    targets: {
      type: "array",
      description: "Simulated latency and fit per (target, runtime).",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "name",
          "runtime",
          "cycles",
          "latencyMs",
          "errorPct",
          "fits",
          "flashBytes",
          "sramBytes",
          "errorBasis"
        ],
        properties: {
          name: {
            type: "string"
          },
          runtime: {
            type: "string"
          },
          schedule: {
            type: "string",
            description: "Which schedule was simulated (per-layer, or patch split/p)."
          },
          cycles: {
            $ref: "#/definitions/count"
          },
          latencyMs: {
            type: "number",
            minimum: 0
          },
          errorPct: {
            type: "number",
            minimum: 0,
            description: "Measured calibration error of this core family and runtime (npm run calibrate)."
          },
          fits: {
            type: "boolean"
          },
          flashBytes: {
            $ref: "#/definitions/count"
          },
          sramBytes: {
            $ref: "#/definitions/count"
          },
          layers: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "index",
                "cycles"
              ],
              properties: {
                index: {
                  type: "integer",
                  minimum: 0
                },
                cycles: {
                  $ref: "#/definitions/count"
                }
              }
            }
          },
          errorBasis: {
            enum: [
              "calibrated",
              "uncalibrated",
              "borrowed"
            ],
            description: "calibrated: this board's term was fitted on MLPerf Tiny results; uncalibrated: its core family was measured on other boards; borrowed: no measurement for this core and runtime, the worst measured family median is used."
          }
        }
      }
    },
    accuracy: {
      type: "object",
      additionalProperties: false,
      required: [
        "top1",
        "samples",
        "dataset"
      ],
      properties: {
        top1: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        samples: {
          type: "integer",
          minimum: 0
        },
        dataset: {
          type: "string"
        },
        agreement: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Fraction of samples whose patch-based outputs equal per-layer outputs bit for bit (must be 1)."
        },
        floatTop1: {
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    }
  },
  definitions: {
    count: {
      type: "integer",
      minimum: 0
    },
    shape: {
      type: "array",
      items: {
        type: "integer",
        minimum: 0
      }
    },
    tensor: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "shape",
        "dtype",
        "bytes"
      ],
      properties: {
        name: {
          type: "string"
        },
        shape: {
          $ref: "#/definitions/shape"
        },
        dtype: {
          type: "string"
        },
        bytes: {
          $ref: "#/definitions/count"
        },
        scale: {
          type: "number"
        },
        zeroPoint: {
          type: "integer"
        }
      }
    }
  }
};

// src/report/report.ts
var REPORT_SCHEMA_VERSION = 1;
var reportValidator = compileSchema(report_schema_default);
function buildReport(path, fileBytes, graph) {
  const tensorInfo = (id) => {
    const t = graph.tensors[id];
    const info = { name: t.name, shape: [...t.shape], dtype: t.dtype, bytes: tensorBytes(t) };
    if (t.quant !== null && t.quant.scale.length === 1) {
      info.scale = t.quant.scale[0];
      info.zeroPoint = t.quant.zeroPoint[0];
    }
    return info;
  };
  const layers = graph.ops.map((op) => {
    const out = graph.tensors[op.outputs[0]];
    const stats = opStats(op, graph);
    return {
      index: op.index,
      op: opName(op),
      outputShape: out ? [...out.shape] : [],
      outputDtype: out ? out.dtype : "none",
      outputBytes: op.outputs.reduce((sum, id) => sum + tensorBytes(graph.tensors[id]), 0),
      macs: stats.macs,
      params: stats.params,
      constantBytes: stats.constantBytes
    };
  });
  const model = {
    path,
    sha256: createHash("sha256").update(fileBytes).digest("hex"),
    format: "tflite",
    inputs: graph.inputs.map(tensorInfo),
    outputs: graph.outputs.map(tensorInfo),
    ops: graph.ops.length,
    macs: layers.reduce((s, l) => s + l.macs, 0),
    params: layers.reduce((s, l) => s + l.params, 0),
    weightBytes: weightBytes(graph),
    idealActivationPeakBytes: idealActivationPeakBytes(graph),
    unsupportedOps: graph.ops.filter((op) => op.kind === "UNSUPPORTED").map((op) => ({ index: op.index, op: opName(op) }))
  };
  return { schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: "tinygate", version: TOOL_VERSION }, model, layers };
}
function validateReport(value, source) {
  if (reportValidator.validate(value)) return value;
  throw new UserError(`not a valid tinygate report: ${reportValidator.errors().slice(0, 5).join("; ")}`, source);
}
function serializeReport(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/schedule/fuse-pads.ts
function fusablePad(graph, pad, readers = readersOf(graph, pad)) {
  if (pad.kind !== "PAD") return false;
  const p = pad.attrs.paddings;
  if (p.length !== 4 || p[0][0] + p[0][1] + p[3][0] + p[3][1] !== 0) return false;
  if (graph.outputs.includes(pad.outputs[0])) return false;
  return readers.length > 0 && readers.every((r) => (r.kind === "CONV_2D" || r.kind === "DEPTHWISE_CONV_2D") && r.inputs.input === pad.outputs[0] && r.inputList.filter((t) => t === pad.outputs[0]).length === 1);
}
function readersOf(graph, op) {
  return graph.ops.filter((r) => r.inputList.includes(op.outputs[0]));
}
function fusePads(graph) {
  const fused2 = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    if (fusablePad(graph, op)) fused2.set(op.outputs[0], op);
  }
  if (fused2.size === 0) return graph;
  const ops = [];
  for (const op of graph.ops) {
    if (op.kind === "PAD" && fused2.get(op.outputs[0]) === op) continue;
    const pad = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? fused2.get(op.inputs.input) : void 0;
    ops.push({ ...pad === void 0 ? op : withPad(op, pad), index: ops.length });
  }
  return { ...graph, ops };
}
function withPad(conv, pad) {
  const [, [top, bottom], [left, right]] = pad.attrs.paddings;
  const source = pad.inputs.input;
  const p = conv.attrs.pad;
  return {
    ...conv,
    inputs: { ...conv.inputs, input: source },
    inputList: conv.inputList.map((t) => t === conv.inputs.input ? source : t),
    attrs: { ...conv.attrs, pad: { top: p.top + top, bottom: p.bottom + bottom, left: p.left + left, right: p.right + right } }
  };
}

// src/schedule/lifetimes.ts
function wholeGraphProgram(graph) {
  return { graph, order: graph.ops.map((op) => op.index), inputs: graph.inputs, outputs: graph.outputs };
}
function activationInputs(graph, op) {
  return op.inputList.filter((t) => t !== NO_TENSOR && isPlanned(graph, t));
}
function activationOutputs(graph, op) {
  return op.outputs.filter((t) => isPlanned(graph, t));
}
function isPlanned(graph, t) {
  const tensor = graph.tensors[t];
  return tensor.data === null && !tensor.isVariable;
}
function tensorLifetimes(program) {
  const { graph, order } = program;
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  const touch = (t, step) => {
    if (!first.has(t)) first.set(t, step);
    last.set(t, Math.max(last.get(t) ?? step, step));
  };
  for (const t of program.inputs) if (isPlanned(graph, t)) touch(t, 0);
  order.forEach((opIndex, step) => {
    const op = graph.ops[opIndex];
    for (const t of activationOutputs(graph, op)) touch(t, step);
    for (const t of activationInputs(graph, op)) touch(t, step);
  });
  const end = Math.max(order.length - 1, 0);
  for (const t of program.outputs) if (isPlanned(graph, t)) touch(t, end);
  return [...first.keys()].sort((a, b) => a - b).map((t) => ({
    tensor: t,
    bytes: tensorBytes(graph.tensors[t]),
    firstStep: first.get(t),
    lastStep: last.get(t)
  }));
}
function liveBytesPerStep(intervals, steps) {
  const live = new Array(steps).fill(0);
  for (const iv of intervals) for (let s = iv.firstStep; s <= iv.lastStep; s++) live[s] += iv.bytes;
  return live;
}
var MAX_REORDER_STATES = 1e5;
function reorderForMemory(program) {
  const { graph } = program;
  const ops = program.order.map((i) => graph.ops[i]);
  const n = ops.length;
  const producer = /* @__PURE__ */ new Map();
  ops.forEach((op, k) => {
    for (const t of activationOutputs(graph, op)) producer.set(t, k);
  });
  const bytes2 = (t) => tensorBytes(graph.tensors[t]);
  const outputs = new Set(program.outputs);
  const readers = /* @__PURE__ */ new Map();
  const deps = ops.map((op) => {
    const d = /* @__PURE__ */ new Set();
    for (const t of activationInputs(graph, op)) {
      readers.set(t, (readers.get(t) ?? 0) + 1);
      const p = producer.get(t);
      if (p !== void 0) d.add(p);
    }
    return [...d];
  });
  let live = 0;
  for (const t of new Set(program.inputs)) if (isPlanned(graph, t) && (readers.has(t) || outputs.has(t))) live += bytes2(t);
  const pending = new Map(readers);
  const done = new Uint8Array(n);
  const memo = /* @__PURE__ */ new Map();
  const ready = (k) => done[k] === 0 && deps[k].every((d) => done[d] === 1);
  const search = (mask2, executed) => {
    if (executed === n) return 0;
    const known = memo.get(mask2);
    if (known !== void 0) return known.peak;
    if (memo.size >= MAX_REORDER_STATES) return -1;
    let best = Infinity;
    let bestNext = -1;
    for (let k = 0; k < n; k++) {
      if (!ready(k)) continue;
      const op = ops[k];
      const outs = activationOutputs(graph, op);
      const produced = outs.reduce((s, t) => s + bytes2(t), 0);
      const stepPeak = live + produced;
      if (stepPeak >= best) continue;
      let freed = 0;
      for (const t of activationInputs(graph, op)) {
        const left = pending.get(t) - 1;
        pending.set(t, left);
        if (left === 0 && !outputs.has(t)) freed += bytes2(t);
      }
      const unread = outs.filter((t) => !readers.has(t) && !outputs.has(t)).reduce((s, t) => s + bytes2(t), 0);
      live += produced - freed - unread;
      done[k] = 1;
      const rest = search(mask2 | 1n << BigInt(k), executed + 1);
      done[k] = 0;
      live -= produced - freed - unread;
      for (const t of activationInputs(graph, op)) pending.set(t, pending.get(t) + 1);
      if (rest < 0) return -1;
      const peak = Math.max(stepPeak, rest);
      if (peak < best) {
        best = peak;
        bestNext = k;
      }
    }
    memo.set(mask2, { peak: best, next: bestNext });
    return best;
  };
  if (search(0n, 0) < 0) return [...program.order];
  const result = [];
  let mask = 0n;
  for (let s = 0; s < n; s++) {
    const k = memo.get(mask).next;
    result.push(program.order[k]);
    mask |= 1n << BigInt(k);
  }
  return result;
}
function int8IoProgram(graph) {
  const graphInputs = new Set(graph.inputs);
  const folded = /* @__PURE__ */ new Set();
  const inputs = graph.inputs.map((t) => {
    const readers = graph.ops.filter((op) => op.inputList.includes(t));
    const q = readers[0];
    if (q === void 0 || readers.length !== 1 || q.kind !== "QUANTIZE" || graph.tensors[t].dtype !== "float32") return t;
    folded.add(q.index);
    return q.outputs[0];
  });
  const outputs = graph.outputs.map((t) => {
    const dq = graph.ops.find((op) => op.kind === "DEQUANTIZE" && op.outputs[0] === t);
    if (dq === void 0 || graphInputs.has(dq.inputs.input)) return t;
    folded.add(dq.index);
    return dq.inputs.input;
  });
  const order = graph.ops.filter((op) => !folded.has(op.index)).map((op) => op.index);
  return { graph, order, inputs, outputs, foldedOps: [...folded].sort((a, b) => a - b) };
}

// src/schedule/live-set.ts
var CONVENTIONS = [
  {
    runtime: "mcunetv2",
    inPlaceDepthwise: true,
    fuseResidualAdd: true,
    inPlaceAdd: false,
    inputResident: false,
    alignBytes: 1,
    accounting: "MCUNetV2 paper: int8 activations alive at once, in-place depthwise, residual add fused into the projection, input image not resident, no alignment or scratch"
  },
  {
    runtime: "tinyengine",
    inPlaceDepthwise: true,
    fuseResidualAdd: false,
    inPlaceAdd: false,
    inputResident: true,
    alignBytes: 4,
    accounting: "TinyEngine rules as a live set: in-place depthwise, int8 input in the arena, separate ADD, 4-B aligned, no scratch (not its first-fit arena)"
  },
  {
    runtime: "tinygate",
    inPlaceDepthwise: true,
    fuseResidualAdd: false,
    inPlaceAdd: true,
    inputResident: true,
    alignBytes: 4,
    accounting: "tinygate rules as a live set: in-place depthwise and elementwise, int8 input in the arena, 4-B aligned, no scratch"
  }
];
var PAPER_CONVENTION = CONVENTIONS[0];
function conventionFor(runtime) {
  return CONVENTIONS.find((c) => c.runtime === runtime);
}
function liveSetPeak(program, c) {
  const { graph, order, pinned } = program;
  const size2 = (t) => pinned.has(t) ? 0 : Math.ceil(program.bytes(t) / c.alignBytes) * c.alignBytes;
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  const readers = /* @__PURE__ */ new Map();
  for (const t of program.inputs) first.set(t, 0);
  order.forEach((k, step) => {
    const op = graph.ops[k];
    for (const t of activationOutputs(graph, op)) if (!first.has(t)) first.set(t, step);
    for (const t of activationInputs(graph, op)) {
      last.set(t, step);
      readers.set(t, (readers.get(t) ?? 0) + 1);
    }
  });
  const end = order.length - 1;
  const kept = new Set(program.outputs);
  for (const t of kept) last.set(t, end);
  const virtual = /* @__PURE__ */ new Set();
  const fused2 = fusedPads(graph);
  for (const k of order) {
    const pad = graph.ops[k];
    const out = pad.outputs[0];
    if (!fused2.has(k) || pinned.has(out) || pad.kind !== "PAD") continue;
    virtual.add(out);
    last.set(pad.inputs.input, Math.max(last.get(pad.inputs.input) ?? 0, last.get(out) ?? 0));
  }
  const diesAt = (t, step) => last.get(t) === step && !kept.has(t) && !pinned.has(t);
  const shared = new Float64Array(order.length);
  order.forEach((k, step) => {
    const op = graph.ops[k];
    const out = op.outputs[0];
    if (op.kind === "DEPTHWISE_CONV_2D" && c.inPlaceDepthwise && op.attrs.depthMultiplier === 1 && diesAt(op.inputs.input, step) && !pinned.has(out)) {
      shared[step] += Math.min(size2(op.inputs.input), size2(out));
    }
    if (op.kind !== "ADD" && op.kind !== "SUB" && op.kind !== "MUL") return;
    const operands = activationInputs(graph, op);
    if (c.fuseResidualAdd && op.kind === "ADD" && operands.length === 2 && step > 0) {
      const before = graph.ops[order[step - 1]];
      const conv = operands.find((t) => before.kind === "CONV_2D" && before.outputs[0] === t && readers.get(t) === 1 && !kept.has(t));
      if (conv !== void 0) {
        virtual.add(conv);
        const skip = operands.find((t) => t !== conv);
        if (diesAt(skip, step) && !pinned.has(out)) shared[step] += Math.min(size2(skip), size2(out));
        return;
      }
    }
    if (c.inPlaceAdd && !pinned.has(out)) {
      const victim = operands.find((t) => diesAt(t, step) && size2(t) >= size2(out));
      if (victim !== void 0) shared[step] += size2(out);
    }
  });
  const delta = new Float64Array(order.length + 1);
  for (const [t, s] of first) {
    if (virtual.has(t)) continue;
    delta[s] += size2(t);
    delta[Math.max(s, last.get(t) ?? s) + 1] -= size2(t);
  }
  let live = 0;
  let best = { bytes: program.background, step: 0 };
  for (let step = 0; step < order.length; step++) {
    live += delta[step];
    const now = live - shared[step] + program.background;
    if (now > best.bytes) best = { bytes: now, step };
  }
  return best;
}
var fusedPadCache = /* @__PURE__ */ new WeakMap();
function fusedPads(graph) {
  let found = fusedPadCache.get(graph);
  if (found === void 0) {
    const kept = new Set(fusePads(graph).ops.map((op) => op.outputs[0]));
    found = new Set(graph.ops.filter((op) => op.kind === "PAD" && !kept.has(op.outputs[0])).map((op) => op.index));
    fusedPadCache.set(graph, found);
  }
  return found;
}
function perLayerLivePeak(graph, c) {
  const program = int8IoProgram(graph);
  return liveSetPeak({
    graph,
    order: program.order,
    inputs: program.inputs,
    outputs: program.outputs,
    bytes: (t) => !c.inputResident && program.inputs.includes(t) ? 0 : tensorBytes(graph.tensors[t]),
    background: 0,
    pinned: /* @__PURE__ */ new Set()
  }, c).bytes;
}

// src/schedule/advisor.ts
var MIN_USEFUL_REDUCTION = 2;
var MAX_USEFUL_OVERHEAD = 0.5;
function inputJumps(graph, plan) {
  const jump = new Map(graph.inputs.map((t) => [t, 1]));
  for (const k of plan.stage1) {
    const op = graph.ops[k];
    const inJump = Math.max(...op.inputList.map((t) => jump.get(t) ?? 0));
    const stride = "stride" in op.attrs ? op.attrs.stride[0] : 1;
    jump.set(op.outputs[0], Math.max(inJump, 1) * stride);
  }
  return jump;
}
function haloDrivers(plan) {
  const { graph } = plan;
  const jump = inputJumps(graph, plan);
  const drivers = [];
  for (const k of plan.stage1) {
    const op = graph.ops[k];
    if (op.kind !== "CONV_2D" && op.kind !== "DEPTHWISE_CONV_2D" && op.kind !== "AVERAGE_POOL_2D" && op.kind !== "MAX_POOL_2D") continue;
    const kh = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? graph.tensors[op.inputs.filter].shape[1] : op.attrs.filter[0];
    const kw = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? graph.tensors[op.inputs.filter].shape[2] : op.attrs.filter[1];
    const haloPixels = op.attrs.dilation[0] * (kh - 1) * (jump.get(op.inputs.input) ?? 1);
    if (haloPixels === 0) continue;
    drivers.push({ op: k, name: graph.tensors[op.outputs[0]].name, layer: `${opName(op)} ${kh}\xD7${kw} stride ${op.attrs.stride[0]}`, haloPixels });
  }
  return drivers.sort((a, b) => b.haloPixels - a.haloPixels || a.op - b.op);
}
function advisePatch(plan, summary) {
  const drivers = haloDrivers(plan);
  const reduction = summary.perLayerPeakBytes / summary.peakSramBytes;
  const overhead2 = summary.stage1.macs / summary.stage1.perLayerMacs - 1;
  const helpsLittle = reduction < MIN_USEFUL_REDUCTION || overhead2 > MAX_USEFUL_OVERHEAD;
  const reasons = [];
  const split = plan.graph.tensors[plan.splitTensor];
  if (reduction < MIN_USEFUL_REDUCTION) {
    if (summary.stage2PeakBytes >= summary.stage1PeakBytes) {
      reasons.push({ kind: "peak-after-split", reduction, stage2PeakBytes: summary.stage2PeakBytes });
    } else if (2 * tensorBytes(split) >= summary.stage1PeakBytes) {
      reasons.push({ kind: "split-buffer", reduction, stage1PeakBytes: summary.stage1PeakBytes, splitShape: split.shape, splitBytes: tensorBytes(split) });
    } else {
      reasons.push({ kind: "overlap", reduction, tileBytes: summary.stage1PeakBytes - tensorBytes(split) });
    }
  }
  const stride = inputJumps(plan.graph, plan).get(plan.splitTensor) ?? 1;
  const haloPixels = plan.tile[0] - ((plan.patchSize[0] - 1) * stride + 1);
  if (helpsLittle && overhead2 > 0 && drivers.length > 0) {
    reasons.push({ kind: "halo", overhead: overhead2, tile: plan.tile, haloPixels, spatialLayers: drivers.length, topDrivers: drivers.slice(0, 3) });
  }
  return { helpsLittle, reasons, haloDrivers: drivers };
}

// src/report/format.ts
function formatCount(n) {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatBytes(bytes2) {
  if (bytes2 < 1024) return `${formatCount(bytes2)} B`;
  if (bytes2 < 1024 * 1024) return `${(bytes2 / 1024).toFixed(1)} KiB`;
  return `${(bytes2 / 1024 / 1024).toFixed(2)} MiB`;
}
function formatShape(shape) {
  return shape.length === 0 ? "scalar" : shape.join("\xD7");
}

// src/report/advice.ts
var pct = (x) => `${(x * 100).toFixed(1)}%`;
var drops = (reduction) => `peak SRAM drops only ${reduction.toFixed(2)}\xD7`;
var label = (d) => d.name.length <= 40 ? `op ${d.op} ${d.name}` : `op ${d.op}`;
function reasonText(r) {
  switch (r.kind) {
    case "peak-after-split":
      return `${drops(r.reduction)}: the peak (${r.stage2PeakBytes} B) is after the split, where patches do not reach; split later`;
    case "split-buffer":
      return `${drops(r.reduction)}: stage 1 needs ${r.stage1PeakBytes} B, mostly the split buffer (${formatShape(r.splitShape)}, ${r.splitBytes} B); split where the feature map is smaller`;
    case "overlap":
      return `${drops(r.reduction)}: one patch's tiles need ${r.tileBytes} B because they overlap so much (below); split earlier or use more patches`;
    case "halo": {
      const top = r.topDrivers.map((d) => `${label(d)} (${d.layer}, ${d.haloPixels} px)`).join(", ");
      return `stage 1 costs ${pct(r.overhead)} more MACs: each ${r.tile.join("\xD7")} input tile reaches ${r.haloPixels} px beyond its patch, through ${r.spatialLayers} spatial layer${r.spatialLayers === 1 ? "" : "s"}; most from ${top}. Smaller kernels or fewer layers before the split shrink the overlap`;
    }
  }
}
function adviceMessages(advice) {
  return advice.helpsLittle ? advice.reasons.map(reasonText) : [];
}

// src/schedule/planner.ts
function overlapsInTime(a, b) {
  return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
function extent(buffers) {
  return buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
}
function greedyOffsets(requests) {
  const order = requests.map((_, i) => i).sort((a, b) => requests[b].size - requests[a].size || b - a);
  const offsets = new Array(requests.length).fill(0);
  const placed2 = [];
  for (const id of order) {
    const want = requests[id];
    let candidate = 0;
    for (const other of placed2) {
      const o = requests[other];
      if (!overlapsInTime(o, want)) continue;
      if (offsets[other] - candidate >= want.size) break;
      candidate = Math.max(candidate, offsets[other] + o.size);
    }
    offsets[id] = candidate;
    let at = placed2.length;
    while (at > 0 && offsets[placed2[at - 1]] > candidate) at--;
    placed2.splice(at, 0, id);
  }
  return offsets;
}
function linearOffsets(requests) {
  let next = 0;
  return requests.map((r) => {
    const at = next;
    next += r.size;
    return at;
  });
}
function firstFitOffsets(requests, priority, choice = "lowest") {
  const offsets = new Array(requests.length).fill(0);
  const placed2 = [];
  for (const id of priority) {
    const want = requests[id];
    const busy = placed2.filter((p) => overlapsInTime(requests[p], want)).map((p) => [offsets[p], offsets[p] + requests[p].size]).sort((a, b) => a[0] - b[0]);
    let best = -1;
    let bestGap = Infinity;
    let cursor = 0;
    for (const [lo, hi] of busy) {
      const gap = lo - cursor;
      if (gap >= want.size && gap < bestGap) {
        best = cursor;
        bestGap = gap;
        if (choice === "lowest") break;
      }
      cursor = Math.max(cursor, hi);
    }
    offsets[id] = best >= 0 ? best : cursor;
    placed2.push(id);
  }
  return offsets;
}
function liveLowerBound(requests) {
  const events = /* @__PURE__ */ new Map();
  for (const r of requests) {
    events.set(r.firstStep, (events.get(r.firstStep) ?? 0) + r.size);
    events.set(r.lastStep + 1, (events.get(r.lastStep + 1) ?? 0) - r.size);
  }
  let live = 0;
  let peak = 0;
  for (const step of [...events.keys()].sort((a, b) => a - b)) {
    live += events.get(step);
    peak = Math.max(peak, live);
  }
  return peak;
}

// src/schedule/scratch.ts
var align4 = (n) => Math.ceil(n / 4) * 4;
function dims(graph, t) {
  return graph.tensors[t].shape;
}
function cmsisNnScratchBytes(graph, op) {
  switch (op.kind) {
    case "CONV_2D":
      return cmsisConvBytes(graph, op);
    case "DEPTHWISE_CONV_2D":
      return cmsisDepthwiseBytes(graph, op);
    case "AVERAGE_POOL_2D": {
      const c = dims(graph, op.inputs.input).at(-1);
      return c * 4;
    }
    // arm_fully_connected_s8_get_buffer_size_dsp returns 0 (arm_fully_connected_get_buffer_sizes_s8.c);
    // elementwise, pooling max, softmax and data movement use none either.
    default:
      return 0;
  }
}
function cmsisConvBytes(graph, op) {
  const [, kh, kw, cin] = dims(graph, op.inputs.filter);
  const inputC = dims(graph, op.inputs.input).at(-1);
  const { pad, dilation } = op.attrs;
  const unpadded = pad.top === 0 && pad.left === 0 && pad.bottom === 0 && pad.right === 0;
  if (kh === 1 && kw === 1 && unpadded && dilation[0] === 1 && dilation[1] === 1 && inputC === cin) return 0;
  return 2 * align4(kh * kw * cin) * 2;
}
function cmsisDepthwiseBytes(graph, op) {
  const [, kh, kw] = dims(graph, op.inputs.filter);
  const inC = dims(graph, op.inputs.input).at(-1);
  const outC = dims(graph, op.outputs[0]).at(-1);
  const { pad, dilation } = op.attrs;
  if (inC !== outC || dilation[0] !== 1 || dilation[1] !== 1) return 0;
  if (kh === 3 && kw === 3 && pad.top <= 1 && pad.left <= 1) return 0;
  return inC * kh * kw * 2;
}
function tinyEngineScratchBytes(graph, op, paddedInput) {
  if (op.kind === "CONV_2D") {
    const [cout, kh, kw, cin] = dims(graph, op.inputs.filter);
    return { sbuf: kh * kw * cin * 4, kbuf: kh === 1 ? 0 : kh * kw * cin * cout * 2 };
  }
  if (op.kind === "DEPTHWISE_CONV_2D") {
    const [ph, pw] = paddedInput ?? [0, 0];
    return { sbuf: 2 * ph * pw, kbuf: 0 };
  }
  return { sbuf: 0, kbuf: 0 };
}
function tinyEngineTensorBytes(graph, t) {
  return align4(elementCount(graph.tensors[t].shape));
}
function inPlaceDepthwiseScratchBytes(graph, op) {
  const input = graph.tensors[op.inputs.input];
  const [, h, w] = input.shape;
  return h * w * DTYPE_BYTES[input.dtype];
}

// src/schedule/tinygate.ts
var ALIGNMENT = 4;
var alignUp = (n) => Math.ceil(n / ALIGNMENT) * ALIGNMENT;
var UNARY_IN_PLACE = /* @__PURE__ */ new Set(["RELU", "RELU6", "LOGISTIC", "TANH", "HARD_SWISH"]);
function depthwiseInPlaceable(graph, op) {
  const input = graph.tensors[op.inputs.input];
  const output = graph.tensors[op.outputs[0]];
  return input.shape[0] === 1 && input.shape.at(-1) === output.shape.at(-1) && input.dtype === output.dtype && elementCount(output.shape) <= elementCount(input.shape);
}
function inPlaceCandidates(graph, op, depthwise) {
  const out = op.outputs[0];
  if (out === void 0) return [];
  const sameSize = (t) => graph.tensors[t].dtype === graph.tensors[out].dtype && tensorBytes(graph.tensors[t]) === tensorBytes(graph.tensors[out]);
  if (op.kind === "ADD" || op.kind === "SUB" || op.kind === "MUL") return activationInputs(graph, op).filter(sameSize);
  if (UNARY_IN_PLACE.has(op.kind)) return activationInputs(graph, op).filter(sameSize);
  if (op.kind === "DEPTHWISE_CONV_2D" && depthwise && depthwiseInPlaceable(graph, op)) return activationInputs(graph, op).slice(0, 1);
  return [];
}
function aliasRequests(program, lifetimes, depthwise) {
  const { graph } = program;
  const life = new Map(lifetimes.map((l) => [l.tensor, l]));
  const parent = /* @__PURE__ */ new Map();
  const root = (t) => {
    let r = t;
    while (parent.has(r)) r = parent.get(r);
    return r;
  };
  const members = new Map(lifetimes.map((l) => [l.tensor, [l.tensor]]));
  const join5 = (into, t) => {
    const a = root(into);
    const b = root(t);
    if (a === b) return;
    parent.set(b, a);
    members.get(a).push(...members.get(b));
    members.delete(b);
  };
  const outputs = new Set(program.outputs);
  const groupLast = (t) => Math.max(...members.get(root(t)).map((m) => life.get(m).lastStep));
  const holdsOutput = (t) => members.get(root(t)).some((m) => outputs.has(m));
  const inPlaceOps = [];
  program.order.forEach((opIndex, step) => {
    const op = graph.ops[opIndex];
    const out = op.outputs[0];
    if (out === void 0 || !life.has(out)) return;
    if ((op.kind === "RESHAPE" || op.kind === "SQUEEZE") && life.has(op.inputs.input)) {
      join5(op.inputs.input, out);
      return;
    }
    const victim = inPlaceCandidates(graph, op, depthwise).find((t) => groupLast(t) === step && !holdsOutput(t) && root(t) !== root(out));
    if (victim === void 0) return;
    join5(victim, out);
    inPlaceOps.push(opIndex);
  });
  const requests = [...members.values()].map((ts) => {
    const ls = ts.map((t) => life.get(t));
    return {
      tensors: [...ts].sort((a, b) => a - b),
      scratchForOp: null,
      size: alignUp(Math.max(...ls.map((l) => l.bytes))),
      firstStep: Math.min(...ls.map((l) => l.firstStep)),
      lastStep: Math.max(...ls.map((l) => l.lastStep))
    };
  }).sort((a, b) => a.tensors[0] - b.tensors[0]);
  for (const opIndex of inPlaceOps) {
    const op = graph.ops[opIndex];
    if (op.kind !== "DEPTHWISE_CONV_2D") continue;
    const step = program.order.indexOf(opIndex);
    requests.push({ tensors: [], scratchForOp: opIndex, size: alignUp(inPlaceDepthwiseScratchBytes(graph, op)), firstStep: step, lastStep: step });
  }
  return { requests, inPlaceOps };
}
var bySize = (rs) => (a, b) => rs[b].size - rs[a].size || rs[a].firstStep - rs[b].firstStep || a - b;
var span = (r) => r.lastStep - r.firstStep + 1;
var indices = (rs) => rs.map((_, i) => i);
var PLACERS = [
  greedyOffsets,
  (rs) => firstFitOffsets(rs, indices(rs).sort(bySize(rs)), "lowest"),
  (rs) => firstFitOffsets(rs, indices(rs).sort(bySize(rs)), "tightest"),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => span(rs[b]) - span(rs[a]) || bySize(rs)(a, b)), "lowest"),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => rs[b].size * span(rs[b]) - rs[a].size * span(rs[a]) || bySize(rs)(a, b)), "lowest"),
  (rs) => firstFitOffsets(rs, indices(rs).sort((a, b) => rs[a].firstStep - rs[b].firstStep || bySize(rs)(a, b)), "tightest")
];
function planTinygate(graph) {
  const base = int8IoProgram(graph);
  const reordered = reorderForMemory(base);
  const orders = [base.order, reordered].filter((o, i, all) => i === 0 || o.join() !== all[0].join());
  let best = null;
  for (const order of orders) {
    const program = { ...base, order };
    const lifetimes = tensorLifetimes(program);
    for (const depthwise of [true, false]) {
      const { requests, inPlaceOps } = aliasRequests(program, lifetimes, depthwise);
      const bound = liveLowerBound(requests);
      for (const place of PLACERS) {
        const offsets = place(requests);
        const buffers = requests.map((r, i) => ({ ...r, offset: offsets[i] }));
        const arenaBytes = extent(buffers);
        if (best === null || arenaBytes < best.arenaBytes) {
          best = { runtime: "tinygate", order, foldedOps: base.foldedOps, inPlaceOps, buffers, arenaBytes };
        }
        if (arenaBytes === bound) break;
      }
    }
  }
  return best;
}

// src/schedule/patch-memory.ts
var ALIGNMENT2 = 4;
var alignUp2 = (n) => Math.ceil(n / ALIGNMENT2) * ALIGNMENT2;
function patchRequests(plan, io, stage1, steps) {
  const { graph, splitTensor } = plan;
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  const touch = (t, step) => {
    if (!first.has(t)) first.set(t, step);
    last.set(t, Math.max(last.get(t) ?? step, step));
  };
  for (const t of io.inputs) touch(t, 0);
  const readInStage1 = /* @__PURE__ */ new Set();
  steps.forEach((k, step) => {
    const op = graph.ops[k];
    for (const t of activationInputs(graph, op)) {
      touch(t, step);
      if (step < stage1.length) readInStage1.add(t);
    }
    touch(op.outputs[0], step);
  });
  const end = steps.length - 1;
  for (const t of io.outputs) touch(t, end);
  const application = new Set(applicationTensors(graph, io));
  const tiles = new Set(stage1.map((k) => graph.ops[k].outputs[0]).filter((t) => t !== splitTensor));
  const requests = [];
  for (const [t, firstStep] of first) {
    if (application.has(t)) continue;
    const tensor = graph.tensors[t];
    if (t === splitTensor) {
      requests.push({ tensor: t, role: "split", size: alignUp2(tensorBytes(tensor)), firstStep: 0, lastStep: last.get(t) });
    } else if (tiles.has(t)) {
      requests.push({ tensor: t, role: "tile", size: alignUp2(tileElements(plan, t) * DTYPE_BYTES[tensor.dtype]), firstStep, lastStep: last.get(t) });
    } else {
      const input = io.inputs.includes(t);
      const lastStep = input && readInStage1.has(t) ? Math.max(last.get(t), stage1.length - 1) : last.get(t);
      requests.push({ tensor: t, role: input ? "input" : "tensor", size: alignUp2(tensorBytes(tensor)), firstStep, lastStep });
    }
  }
  return requests.sort((a, b) => a.tensor - b.tensor);
}
function applicationTensors(graph, io) {
  return [...graph.inputs.filter((t) => !io.inputs.includes(t)), ...graph.outputs.filter((t) => !io.outputs.includes(t))];
}
function planPatchMemory(plan) {
  const { graph } = plan;
  const io = int8IoProgram(graph);
  const foldedInputOps = io.foldedOps.filter((k) => graph.ops[k].kind === "QUANTIZE");
  const kept = (k) => !foldedInputOps.includes(k);
  const stage1 = plan.stage1.filter(kept);
  const steps = [...stage1, ...plan.stage2.filter(kept)];
  const requests = patchRequests(plan, io, stage1, steps);
  const bound = liveLowerBound(requests);
  let best = null;
  for (const place of PLACERS) {
    const offsets = place(requests);
    const arenaBytes = extent(requests.map((r, i) => ({ offset: offsets[i], size: r.size })));
    if (best === null || arenaBytes < best.arenaBytes) best = { offsets, arenaBytes };
    if (arenaBytes === bound) break;
  }
  const buffers = requests.map(({ tensor, ...r }, i) => ({ ...r, tensors: [tensor], scratchForOp: null, offset: best.offsets[i] }));
  return {
    plan,
    foldedInputOps,
    inputs: io.inputs,
    applicationTensors: applicationTensors(graph, io),
    steps,
    stage1Steps: stage1.length,
    buffers,
    arenaBytes: best.arenaBytes
  };
}
function placeablePatchPlan(graph, request) {
  const fused2 = fusePads(graph);
  const splitTensor = graph.ops[request.split]?.outputs[0];
  const split = fused2.ops.findIndex((op) => op.outputs[0] === splitTensor);
  if (fused2 === graph || split < 0) return planPatches(graph, request);
  return planPatches(fused2, { ...request, split });
}
function placedPatchPeak(graph, split, patches) {
  return planPatchMemory(placeablePatchPlan(graph, { split, patches })).arenaBytes;
}

// src/schedule/patch-summary.ts
var sumSizes = (spans) => spans.reduce((s, x) => s + x.size, 0);
function patchMacs(plan) {
  const { graph } = plan;
  let perLayerMacs = 0;
  for (const op of graph.ops) perLayerMacs += denseMacs(op, graph);
  let stage1PerLayerMacs = 0;
  let stage1Macs = 0;
  let stage1MacsClippedTiles = 0;
  for (const k of plan.stage1) {
    const op = graph.ops[k];
    const macs = denseMacs(op, graph);
    if (macs === 0) continue;
    const shape = graph.tensors[op.outputs[0]].shape;
    const perPixel = macs / (shape[1] * shape[2]);
    const [rows, cols] = plan.tiles.get(op.outputs[0]);
    stage1PerLayerMacs += macs;
    stage1Macs += perPixel * sumSizes(rows.full) * sumSizes(cols.full);
    stage1MacsClippedTiles += perPixel * sumSizes(rows.clipped) * sumSizes(cols.clipped);
  }
  return { perLayerMacs, stage1PerLayerMacs, stage1Macs, stage1MacsClippedTiles };
}
function patchPeaks(plan, c) {
  const { graph, splitTensor } = plan;
  const io = int8IoProgram(graph);
  const folded = new Set(io.foldedOps);
  const modelInputs = new Set(io.inputs);
  const resident = (t, bytes2) => modelInputs.has(t) && !c.inputResident ? 0 : bytes2;
  const residentInputs = c.inputResident ? io.inputs.reduce((s, t) => s + align(tensorBytes(graph.tensors[t]), c), 0) : 0;
  const tileBytes = (t) => {
    if (modelInputs.has(t)) return 0;
    const [h, w] = fullTileShape(plan, t);
    const tensor = graph.tensors[t];
    return Math.ceil(h * w * tensor.shape[3] * DTYPE_BYTES[tensor.dtype]);
  };
  const stage1 = liveSetPeak({
    graph,
    order: plan.stage1.filter((k) => !folded.has(k)),
    inputs: io.inputs,
    outputs: [],
    bytes: tileBytes,
    background: align(tensorBytes(graph.tensors[splitTensor]), c) + residentInputs,
    pinned: /* @__PURE__ */ new Set([splitTensor])
  }, c).bytes;
  const key = `${plan.split} ${c.runtime}`;
  let stage2 = cached(stage2Peaks, graph).get(key);
  if (stage2 === void 0) {
    const order2 = plan.stage2.filter((k) => !folded.has(k));
    stage2 = order2.length === 0 ? align(tensorBytes(graph.tensors[splitTensor]), c) : liveSetPeak({
      graph,
      order: order2,
      inputs: [splitTensor, ...io.inputs.filter((t) => order2.some((k) => graph.ops[k].inputList.includes(t)))],
      outputs: io.outputs,
      bytes: (t) => resident(t, tensorBytes(graph.tensors[t])),
      background: 0,
      pinned: /* @__PURE__ */ new Set()
    }, c).bytes;
    cached(stage2Peaks, graph).set(key, stage2);
  }
  return { stage1, stage2 };
}
var stage2Peaks = /* @__PURE__ */ new WeakMap();
var perLayerPeaks = /* @__PURE__ */ new WeakMap();
function cached(store, graph) {
  let m = store.get(graph);
  if (m === void 0) store.set(graph, m = /* @__PURE__ */ new Map());
  return m;
}
function perLayerPeak(graph, c) {
  const m = cached(perLayerPeaks, graph);
  let v = m.get(c.runtime);
  if (v === void 0) m.set(c.runtime, v = perLayerLivePeak(graph, c));
  return v;
}
var overhead = (patched, perLayer) => perLayer === 0 ? 0 : patched / perLayer - 1;
function align(bytes2, c) {
  return Math.ceil(bytes2 / c.alignBytes) * c.alignBytes;
}
function summarizePatchPlan(plan, conventions = CONVENTIONS, macs = patchMacs(plan)) {
  const paper = patchPeaks(plan, PAPER_CONVENTION);
  const stage2Macs = macs.perLayerMacs - macs.stage1PerLayerMacs;
  const total = stage2Macs + macs.stage1Macs;
  const totalClipped = stage2Macs + macs.stage1MacsClippedTiles;
  return conventions.map((c) => {
    const peaks = c === PAPER_CONVENTION ? paper : patchPeaks(plan, c);
    return {
      kind: "patch",
      runtime: c.runtime,
      split: plan.split,
      splitTensor: plan.graph.tensors[plan.splitTensor].name,
      patches: plan.patches,
      tile: plan.tile,
      peakSramBytes: Math.max(peaks.stage1, peaks.stage2),
      stage1PeakBytes: peaks.stage1,
      stage2PeakBytes: peaks.stage2,
      activationPeakBytes: Math.max(paper.stage1, paper.stage2),
      perLayerPeakBytes: perLayerPeak(plan.graph, c),
      macs: total,
      macsClippedTiles: totalClipped,
      perLayerMacs: macs.perLayerMacs,
      macOverhead: overhead(total, macs.perLayerMacs),
      macOverheadClippedTiles: overhead(totalClipped, macs.perLayerMacs),
      stage1: { perLayerMacs: macs.stage1PerLayerMacs, macs: macs.stage1Macs, macsClippedTiles: macs.stage1MacsClippedTiles },
      accounting: `${c.accounting}; patch stage 1: whole split buffer + one patch's full tiles`
    };
  });
}

// src/schedule/search.ts
var MAX_PATCHES = 8;
function patchCounts(h, w) {
  const out = [];
  if (h === w) {
    for (let p = 2; p <= MAX_PATCHES; p++) out.push([p, p]);
    return out;
  }
  for (let ph = 1; ph <= MAX_PATCHES; ph++) for (let pw = 1; pw <= MAX_PATCHES; pw++) if (ph > 1 || pw > 1) out.push([ph, pw]);
  return out;
}
function searchSchedules(graph, runtime = "mcunetv2", splits) {
  const c = conventionFor(runtime);
  const perLayer = {
    kind: "per-layer",
    peakSramBytes: perLayerLivePeak(graph, c),
    macs: graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0)
  };
  const candidates = [];
  for (const split of splits ?? graph.ops.map((op) => op.index)) {
    if (splitProblems(graph, split).length > 0) continue;
    const [, h, w] = graph.tensors[graph.ops[split].outputs[0]].shape;
    for (const patches of patchCounts(h, w)) {
      if (patchCountProblems(graph, split, patches).length > 0) continue;
      candidates.push(summarizePatchPlan(planCheckedPatches(graph, { split, patches }), [c])[0]);
    }
  }
  return { runtime, perLayer, candidates, front: paretoFront([perLayer, ...candidates]) };
}
function paretoFront(all) {
  const sorted = [...all].sort((a, b) => a.peakSramBytes - b.peakSramBytes || a.macs - b.macs);
  const front = [];
  for (const c of sorted) if (front.length === 0 || c.macs < front[front.length - 1].macs) front.push(c);
  return front;
}
function pickSchedule(search, budgetBytes) {
  const fits = search.front.filter((c) => c.peakSramBytes <= budgetBytes);
  if (fits.length > 0) return fits.reduce((best, c) => c.macs < best.macs ? c : best);
  const smallest = search.front[0];
  throw new UserError(`no schedule fits ${budgetBytes} B of SRAM (${search.runtime} accounting): the smallest peak is ${smallest.peakSramBytes} B (${describeCandidate(smallest)})`);
}
function bestSplitFor(graph, patches, runtime = "mcunetv2") {
  const c = conventionFor(runtime);
  let best;
  for (const op of graph.ops) {
    if (patchProblems(graph, { split: op.index, patches }).length > 0) continue;
    const s = summarizePatchPlan(planCheckedPatches(graph, { split: op.index, patches }), [c])[0];
    if (best === void 0 || s.peakSramBytes < best.peakSramBytes || s.peakSramBytes === best.peakSramBytes && s.macs < best.macs) best = s;
  }
  if (best === void 0) throw new UserError(`no split of this model can run in ${patches.join("\xD7")} patches (see \`--split K\` for the reasons at one split)`);
  return best;
}
function describeCandidate(c) {
  return c.kind === "per-layer" ? "per-layer" : `split after op ${c.split} (${c.splitTensor}), ${c.patches.join("\xD7")} patches`;
}

// src/schedule/tflm.ts
var TFLM_BUFFER_ALIGNMENT = 16;
var alignUp3 = (n) => Math.ceil(n / TFLM_BUFFER_ALIGNMENT) * TFLM_BUFFER_ALIGNMENT;
function planTflm(graph, options = { kernels: "cmsis-nn", planner: "greedy" }) {
  const program = wholeGraphProgram(graph);
  const tensors = tensorLifetimes(program).filter((l) => l.bytes > 0);
  const requests = tensors.map((l) => ({
    size: alignUp3(l.bytes),
    firstStep: l.firstStep,
    lastStep: l.lastStep,
    tensors: [l.tensor],
    scratchForOp: null
  }));
  if (options.kernels === "cmsis-nn") {
    program.order.forEach((opIndex, step) => {
      const bytes2 = cmsisNnScratchBytes(graph, graph.ops[opIndex]);
      if (bytes2 > 0) requests.push({ size: alignUp3(bytes2), firstStep: step, lastStep: step, tensors: [], scratchForOp: opIndex });
    });
  }
  const offsets = options.planner === "greedy" ? greedyOffsets(requests) : linearOffsets(requests);
  const buffers = requests.map((r, i) => ({ ...r, offset: offsets[i] }));
  return { runtime: options.planner === "greedy" ? "tflm" : "linear", order: program.order, foldedOps: [], inPlaceOps: [], buffers, arenaBytes: extent(buffers) };
}

// src/schedule/tinyengine.ts
var SKIPPED = /* @__PURE__ */ new Set(["QUANTIZE", "DEQUANTIZE", "RESHAPE", "TRANSPOSE"]);
function buildLayers(graph) {
  const layers = [];
  const folded = [];
  const renamed = /* @__PURE__ */ new Map();
  const resolve2 = (t) => renamed.get(t) ?? t;
  let pad = null;
  for (const op of graph.ops) {
    if (SKIPPED.has(op.kind)) {
      folded.push(op.index);
      continue;
    }
    if (fusablePad(graph, op)) {
      pad = { input: op.inputs.input, output: op.outputs[0] };
      folded.push(op.index);
      continue;
    }
    let inputs = activationInputs(graph, op).map(resolve2);
    let paddedInput = null;
    if (op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D") {
      const k = graph.tensors[op.inputs.filter].shape[1];
      const half = Math.floor(k / 2);
      const fused2 = pad !== null && pad.output === op.inputs.input;
      const [, h, w] = graph.tensors[op.inputs.input].shape;
      paddedInput = fused2 ? [h, w] : [h + 2 * half, w + 2 * half];
      if (fused2) inputs = [resolve2(pad.input)];
      pad = null;
    }
    const outputs = activationOutputs(graph, op);
    if (op.kind === "DEPTHWISE_CONV_2D" && op.attrs.depthMultiplier === 1) {
      renamed.set(outputs[0], inputs[0]);
      outputs.splice(0, 1, inputs[0]);
    }
    const { sbuf, kbuf } = tinyEngineScratchBytes(graph, op, paddedInput);
    layers.push({ op, inputs, outputs, sbuf, kbuf });
  }
  const aliases = /* @__PURE__ */ new Map();
  for (const [tensor, root] of renamed) aliases.set(resolve2(root), [...aliases.get(resolve2(root)) ?? [], tensor]);
  return { layers, folded, aliases };
}
function rectangles(graph, layers, stride2Tail) {
  const seen = /* @__PURE__ */ new Set();
  const rects = [];
  layers.forEach((layer, i) => {
    for (const t of [...layer.inputs, ...layer.outputs]) {
      if (seen.has(t)) continue;
      seen.add(t);
      let end = i === 0 ? 1 : layers.length;
      for (let j = i + 1; j < layers.length; j++) if (layers[j].inputs.includes(t)) end = j + 1;
      rects.push({ tensor: t, size: tinyEngineTensorBytes(graph, t), firstStep: i, lastStep: end - 1, stride2After: null, tailBytes: 0 });
    }
  });
  if (!stride2Tail) return rects;
  const after = /* @__PURE__ */ new Map();
  layers.forEach((l, i) => {
    if (l.op.kind === "DEPTHWISE_CONV_2D" && l.outputs[0] === l.inputs[0] && l.op.attrs.stride[0] === 2 && l.op.attrs.stride[1] === 2) after.set(l.inputs[0], i);
  });
  return rects.map((r) => {
    const i = after.get(r.tensor);
    return i === void 0 ? r : { ...r, stride2After: i, tailBytes: tailBytes(graph, r.size, layers[i].op) };
  });
}
function tailBytes(graph, size2, stride2Conv) {
  return Math.max(Math.ceil(size2 / 4), tinyEngineTensorBytes(graph, stride2Conv.outputs[0]));
}
function placeRectangles(rects) {
  const order = rects.map((_, i) => i).sort((a, b) => rects[b].size - rects[a].size || a - b);
  const offsets = new Array(rects.length).fill(-1);
  const placed2 = [];
  for (const id of order) {
    const want = rects[id];
    const busy = placed2.filter((p) => overlapsInTime(rects[p], want)).map((p) => {
      const r = rects[p];
      const size2 = r.stride2After !== null && want.firstStep > r.stride2After ? r.tailBytes : r.size;
      return [offsets[p], offsets[p] + size2];
    }).sort((a, b) => a[0] - b[0]);
    let cursor = 0;
    for (const [lo, hi] of busy) {
      if (lo - cursor >= want.size) break;
      cursor = Math.max(cursor, hi);
    }
    offsets[id] = cursor;
    placed2.push(id);
  }
  return offsets;
}
function planTinyEngine(graph, options = { stride2Tail: true }) {
  const { layers, folded, aliases } = buildLayers(graph);
  const rects = rectangles(graph, layers, options.stride2Tail);
  const offsets = placeRectangles(rects);
  const producedAt = /* @__PURE__ */ new Map();
  layers.forEach((l, i) => {
    for (const t of activationOutputs(graph, l.op)) producedAt.set(t, i);
  });
  const buffers = rects.flatMap((r, i) => {
    const group = [r.tensor, ...aliases.get(r.tensor) ?? []];
    const whole = { tensors: group, scratchForOp: null, offset: offsets[i], size: r.size, firstStep: r.firstStep, lastStep: r.lastStep };
    if (r.stride2After === null || r.stride2After >= r.lastStep) return [whole];
    const split = r.stride2After;
    const early = group.filter((t) => (producedAt.get(t) ?? -1) < split);
    const late = group.filter((t) => (producedAt.get(t) ?? -1) >= split);
    return [{ ...whole, tensors: early, lastStep: split }, { ...whole, tensors: late, size: r.tailBytes, firstStep: split + 1 }];
  });
  const arenaBytes = extent(buffers);
  const sbufBytes = Math.max(0, ...layers.map((l) => l.sbuf));
  const kbufBytes = Math.max(0, ...layers.map((l) => l.kbuf));
  return {
    runtime: "tinyengine",
    order: layers.map((l) => l.op.index),
    foldedOps: folded,
    inPlaceOps: layers.filter((l) => l.op.kind === "DEPTHWISE_CONV_2D" && l.outputs[0] === l.inputs[0]).map((l) => l.op.index),
    buffers,
    arenaBytes,
    sbufBytes,
    kbufBytes,
    peakMemBytes: arenaBytes + sbufBytes + kbufBytes
  };
}

// src/schedule/summary.ts
function tensorExtent(plan) {
  return extent(plan.buffers.filter((b) => b.scratchForOp === null));
}
function planLiveBytes(plan, extra = 0) {
  return liveBytesPerStep(plan.buffers.map((b) => ({ bytes: b.size, firstStep: b.firstStep, lastStep: b.lastStep })), plan.order.length).map((b) => b + extra);
}
function activationPeak(graph, order) {
  const base = int8IoProgram(graph);
  const program = order === void 0 ? base : { ...base, order };
  return Math.max(0, ...liveBytesPerStep(tensorLifetimes(program), program.order.length));
}
function planSchedules(graph) {
  const fused2 = fusePads(graph);
  const storedPeak = activationPeak(fused2);
  const tflm = planTflm(graph, { kernels: "cmsis-nn", planner: "greedy" });
  const tflmArena = tensorExtent(tflm);
  const te = planTinyEngine(graph);
  const tg = planTinygate(fused2);
  const tgArena = tensorExtent(tg);
  return [
    {
      kind: "per-layer",
      runtime: "tflm",
      arenaBytes: tflmArena,
      scratchBytes: tflm.arenaBytes - tflmArena,
      peakSramBytes: tflm.arenaBytes,
      activationPeakBytes: storedPeak,
      liveBytesPerStep: planLiveBytes(tflm),
      accounting: "TFLM greedy arena, 16-B aligned, CMSIS-NN scratch planned in the arena, float I/O as in the file, no persistent buffers",
      plan: tflm
    },
    {
      kind: "per-layer",
      runtime: "tinyengine",
      arenaBytes: te.arenaBytes,
      scratchBytes: te.sbufBytes + te.kbufBytes,
      peakSramBytes: te.peakMemBytes,
      activationPeakBytes: storedPeak,
      liveBytesPerStep: planLiveBytes(te, te.sbufBytes + te.kbufBytes),
      accounting: "TinyEngine PEAK_MEM: first-fit arena (4-B aligned, in-place depthwise, int8 I/O, PAD fused) + static im2col and q15-weight buffers",
      plan: te
    },
    {
      kind: "per-layer",
      runtime: "tinygate",
      arenaBytes: tgArena,
      scratchBytes: tg.arenaBytes - tgArena,
      peakSramBytes: tg.arenaBytes,
      activationPeakBytes: activationPeak(fused2, tg.order),
      liveBytesPerStep: planLiveBytes(tg),
      accounting: "tinygate arena: best of several placements, 4-B aligned, views and in-place ops, memory-minimizing order, int8 I/O, PAD fused, scratch planned in the arena",
      plan: tg
    }
  ];
}

// src/pipeline.ts
var MEMORY_RUNTIMES = ["tflm", "tinyengine", "tinygate"];
var RUNTIMES = [.../* @__PURE__ */ new Set([...MEMORY_RUNTIMES, ...COST_RUNTIMES])];
function analyzeModelBytes(path, bytes2, options = {}) {
  const graph = readTflite(bytes2, path);
  const runtimes = checkRuntimes(options.runtimes);
  const report = buildReport(path, bytes2, graph);
  const plans = planSchedules(graph);
  report.schedules = [
    ...plans.filter((p) => runtimes.includes(p.runtime)).map(scheduleReport),
    paperPerLayer(graph),
    ...patchSchedules(graph, patchRuntimes(runtimes), options.schedule ?? { mode: "search" })
  ];
  if (report.model.unsupportedOps.length === 0) {
    const available = allTargets(options.userTargets);
    const targets = options.targets === void 0 ? available : findTargets(options.targets, available);
    const costRuntimes = COST_RUNTIMES.filter((r) => runtimes.includes(r));
    report.targets = targetRows(graph, targets, costRuntimes, memoryFor(graph, plans));
    const chosen = chosenPatch(report.schedules, options.schedule);
    if (chosen !== void 0 && costRuntimes.includes("tinyengine")) report.targets.push(...patchTargetRows(graph, chosen, targets));
  }
  return validateReport(report, path);
}
function chosenPatch(schedules, choice) {
  if (choice?.mode !== "patch" && choice?.mode !== "auto") return void 0;
  return schedules.find((s) => s.kind === "patch" && s.runtime === "tinyengine");
}
function patchTargetRows(graph, schedule, targets) {
  const plan = planCheckedPatches(graph, { split: schedule.split, patches: schedule.patches });
  const use = { flashBytes: weightBytes(graph), sramBytes: schedule.peakSramBytes };
  return targets.filter((t) => runtimeSupports("tinyengine", t.core)).map((target) => ({
    ...targetRow(target, "tinyengine", chargePatchPlan(plan, target, "tinyengine").cycles, use),
    schedule: `patch ${schedule.patches.join("\xD7")} after op ${schedule.split}`
  }));
}
function checkRuntimes(names) {
  if (names === void 0 || names.length === 0) return RUNTIMES;
  for (const n of names) {
    if (!RUNTIMES.includes(n)) throw new UserError(`unknown runtime \`${n}\`; runtimes: ${RUNTIMES.join(", ")}`);
  }
  return names;
}
function scheduleReport(s) {
  return {
    kind: s.kind,
    runtime: s.runtime,
    arenaBytes: s.arenaBytes,
    scratchBytes: s.scratchBytes,
    peakSramBytes: s.peakSramBytes,
    activationPeakBytes: s.activationPeakBytes,
    liveBytesPerStep: [...s.liveBytesPerStep],
    accounting: s.accounting
  };
}
function paperPerLayer(graph) {
  const peak = perLayerLivePeak(graph, PAPER_CONVENTION);
  return {
    kind: "per-layer",
    runtime: "paper",
    arenaBytes: peak,
    scratchBytes: 0,
    peakSramBytes: peak,
    activationPeakBytes: peak,
    accounting: PAPER_CONVENTION.accounting
  };
}
function patchRuntimes(runtimes) {
  return ["mcunetv2", ...["tinyengine", "tinygate"].filter((r) => runtimes.includes(r))];
}
function patchSchedules(graph, conventions, choice) {
  if (choice.mode === "per-layer") return [];
  return conventions.flatMap((runtime) => {
    if (choice.mode === "patch") {
      const summary = choice.split === void 0 ? bestSplitFor(graph, choice.patches, runtime) : summarizePatchPlan(planPatches(graph, { split: choice.split, patches: choice.patches }), [conventionFor(runtime)])[0];
      return [runtime === "tinygate" ? placed(graph, patchReport(summary)) : patchReport(summary)];
    }
    const search = searchSchedules(graph, runtime);
    if (choice.mode === "auto") {
      const picked = pickSchedule(search, choice.budgetSramBytes);
      if (picked.kind !== "patch") return [];
      const entry = { ...patchReport(picked), chosen: true };
      return [runtime === "tinygate" ? placed(graph, entry) : entry];
    }
    const front = search.front.filter((c) => c.kind === "patch").map(patchReport);
    if (runtime === "mcunetv2" && front.length > 0) front[0].advice = adviceFor(graph, search.front.find((c) => c.kind === "patch"));
    if (runtime === "tinygate" && front.length > 0) front[0] = placed(graph, front[0]);
    return front;
  });
}
function placed(graph, s) {
  const peak = placedPatchPeak(graph, s.split, s.patches);
  return {
    ...s,
    arenaBytes: peak,
    peakSramBytes: peak,
    accounting: "placed tinygate arena: split buffer + one tile buffer per stage-1 tensor (clipped windows, reused by every patch) + int8 input resident + stage 2 per layer, PADs fused, 4-B aligned, no in-place ops; run in simulated SRAM by the tests"
  };
}
function adviceFor(graph, best) {
  const advice = advisePatch(planCheckedPatches(graph, { split: best.split, patches: best.patches }), best);
  return adviceMessages(advice);
}
function patchReport(s) {
  return {
    kind: "patch",
    runtime: s.runtime === "mcunetv2" ? "paper" : s.runtime,
    arenaBytes: s.peakSramBytes,
    scratchBytes: 0,
    peakSramBytes: s.peakSramBytes,
    activationPeakBytes: s.activationPeakBytes,
    accounting: s.accounting,
    split: s.split,
    splitTensor: s.splitTensor,
    patches: [s.patches[0], s.patches[1]],
    tile: [s.tile[0], s.tile[1]],
    macs: s.macs,
    macsClipped: s.macsClippedTiles,
    macOverhead: s.macOverhead
  };
}
function memoryFor(graph, plans) {
  const flashBytes = weightBytes(graph);
  const peak = (runtime) => plans.find((p) => p.runtime === runtime).peakSramBytes;
  let referenceArena;
  return (runtime) => ({
    flashBytes,
    sramBytes: runtime === "tflm-reference" ? referenceArena ??= planTflm(graph, { kernels: "reference", planner: "greedy" }).arenaBytes : peak(runtime)
  });
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align2 = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell2 = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell2);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align2 === "object" && "length" in align2) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align2[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align2);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size2);
        } else if (code2 === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/report/analysis-table.ts
function renderAnalysis(report) {
  const m = report.model;
  const rows = report.layers.map((l) => [
    String(l.index),
    l.op,
    formatShape(l.outputShape),
    formatCount(l.outputBytes),
    formatCount(l.macs),
    formatCount(l.params)
  ]);
  const layers = markdownTable(
    [["#", "op", "output shape", "output bytes", "MACs (dense)", "params"], ...rows],
    { align: ["r", "l", "l", "r", "r", "r"] }
  );
  const io = (ts) => ts.map((t) => `${t.dtype} ${formatShape(t.shape)}`).join(", ");
  const totals = markdownTable([
    ["model", m.path],
    ["inputs \u2192 outputs", `${io(m.inputs)} \u2192 ${io(m.outputs)}`],
    ["ops", formatCount(m.ops)],
    ["MACs (dense conv/depthwise/FC/transpose-conv)", formatCount(m.macs)],
    ["params (weight and bias elements)", formatCount(m.params)],
    ["weights in flash (distinct constant buffers)", `${formatCount(m.weightBytes)} B (${formatBytes(m.weightBytes)})`],
    ["ideal activation peak (stored order, no alignment or scratch)", `${formatCount(m.idealActivationPeakBytes)} B (${formatBytes(m.idealActivationPeakBytes)})`]
  ].map(([k, v]) => [k, v]), { align: ["l", "l"] });
  const unsupported = m.unsupportedOps.length === 0 ? "" : `
Unsupported ops (not counted): ${m.unsupportedOps.map((u) => `op ${u.index} ${u.op}`).join(", ")}
`;
  return [totals, layers, renderSchedules(report), renderTargets(report)].filter((t) => t !== "").join("\n\n") + `
${unsupported}`;
}
function renderSchedules(report) {
  const schedules = report.schedules ?? [];
  if (schedules.length === 0) return "";
  const advice = schedules.flatMap((s) => s.advice ?? []);
  const adviceText = advice.length === 0 ? "" : `

Patch-based inference helps little here:
${advice.map((a) => `- ${a}`).join("\n")}`;
  return markdownTable([
    ["schedule", "runtime", "peak SRAM (B)", "arena (B)", "scratch (B)", "activation peak (B, paper accounting)", "accounting"],
    ...schedules.map((s) => [
      s.kind === "patch" ? `patch ${s.patches.join("\xD7")} after op ${s.split}, tile ${s.tile.join("\xD7")}, MACs +${(100 * s.macOverhead).toFixed(1)}%` : s.kind,
      s.runtime,
      formatCount(s.peakSramBytes),
      formatCount(s.arenaBytes),
      formatCount(s.scratchBytes),
      formatCount(s.activationPeakBytes),
      `${s.accounting ?? ""}${s.chosen ? " (chosen for the budget)" : ""}`
    ])
  ], { align: ["l", "l", "r", "r", "r", "r", "l"] }) + adviceText;
}
function renderTargets(report) {
  const targets = report.targets ?? [];
  if (targets.length === 0) return "";
  return markdownTable([
    ["target", "runtime", "schedule", "latency (ms, simulated)", "\xB1 calibration error", "cycles", "SRAM (B)", "flash: weights (B)", "fits"],
    ...targets.map((t) => [
      t.name,
      t.runtime,
      t.schedule ?? "per-layer",
      t.latencyMs.toFixed(2),
      `${t.errorPct.toFixed(1)}% (${t.errorBasis})`,
      formatCount(t.cycles),
      formatCount(t.sramBytes),
      formatCount(t.flashBytes),
      t.fits ? "yes" : "NO"
    ])
  ], { align: ["l", "l", "l", "r", "r", "r", "r", "r", "l"] });
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${command}: ${e.message.split(". ")[0]} (see \`tinygate ${command} --help\`)`);
  }
}
function splitList(values) {
  return values?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

// src/units.ts
var BYTE_UNITS = {
  b: 1,
  kb: 1e3,
  kib: 1024,
  mb: 1e3 ** 2,
  mib: 1024 ** 2,
  gb: 1e3 ** 3,
  gib: 1024 ** 3
};
var MS_UNITS = { us: 1e-3, "\xB5s": 1e-3, ms: 1, s: 1e3 };
var NUMBER = String.raw`(\d+(?:\.\d+)?)`;
function parseBytes(text) {
  const m = new RegExp(`^${NUMBER}\\s*([a-z]*)$`, "i").exec(text.trim());
  const factor = m === null ? void 0 : m[2] === "" ? 1 : BYTE_UNITS[m[2].toLowerCase()];
  if (m === null || factor === void 0) throw new Error(`\`${text}\` is not a size (examples: 256KiB, 1MiB, 64000)`);
  return Math.round(Number(m[1]) * factor);
}
function parseMilliseconds(text) {
  const m = new RegExp(`^${NUMBER}\\s*([a-z\xB5]+)$`, "i").exec(text.trim());
  const factor = m === null ? void 0 : MS_UNITS[m[2].toLowerCase()];
  if (m === null || factor === void 0) throw new Error(`\`${text}\` is not a duration (examples: 120ms, 0.5s, 800us)`);
  return Number(m[1]) * factor;
}
var THRESHOLD_METRICS = ["sram", "flash", "macs", "latency", "accuracy"];
function parseThreshold(metric, text) {
  const t = text.trim();
  const sign = metric === "accuracy" ? "-" : "+";
  const body = t.startsWith(sign) ? t.slice(1) : t;
  if (/^[+-]/.test(body)) {
    throw new Error(`\`${text}\`: ${metric} worsens when it ${sign === "+" ? "grows" : "drops"}, so its threshold is written with \`${sign}\` (example: ${example(metric)})`);
  }
  const pct2 = new RegExp(`^${NUMBER}%$`).exec(body);
  if (pct2 !== null) return { relative: Number(pct2[1]) / 100 };
  try {
    if (metric === "sram" || metric === "flash") return { absolute: parseBytes(body) };
    if (metric === "latency") return { absolute: parseMilliseconds(body) };
    const n = new RegExp(`^${NUMBER}${metric === "accuracy" ? "(?:pp)?" : ""}$`).exec(body);
    if (n !== null) return { absolute: Number(n[1]) };
  } catch {
  }
  throw new Error(`\`${text}\` is not a ${metric} threshold (example: ${example(metric)})`);
}
function example(metric) {
  return { sram: "+0% or +2KiB", flash: "+1% or +4KiB", macs: "+5%", latency: "+5% or +2ms", accuracy: "-0.5 (percentage points)" }[metric];
}
function parseThresholdList(text) {
  const out = {};
  for (const part of text.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq).trim();
    if (eq < 0 || !THRESHOLD_METRICS.includes(key)) {
      throw new Error(`\`${part}\`: expected METRIC=LIMIT with METRIC one of ${THRESHOLD_METRICS.join(", ")} (example: macs=+5%,sram=+0%,accuracy=-0.5)`);
    }
    out[key] = parseThreshold(key, part.slice(eq + 1));
  }
  return out;
}

// src/cli/schedule-args.ts
var SCHEDULE_OPTIONS = {
  schedule: { type: "string" },
  patches: { type: "string" },
  split: { type: "string" },
  "budget-sram": { type: "string" }
};
var SCHEDULE_HELP = `  --schedule S        per-layer, patch (with --patches) or auto (with --budget-sram);
                      default: per-layer plus the Pareto front of patch schedules
  --patches P         patch count per axis: P for P\xD7P, or PxQ (rows \xD7 columns)
  --split K           last op of stage 1 (default: the split with the lowest peak for --patches)
  --budget-sram SIZE  with --schedule auto: pick the schedule with the fewest MACs that fits (e.g. 256KiB)`;
function parseScheduleChoice(command, v) {
  const mode = v.schedule;
  const misplaced = (flag, needs) => {
    throw new UserError(`${command}: ${flag} needs --schedule ${needs}`);
  };
  if (mode === void 0) {
    if (v.patches !== void 0 || v.split !== void 0) misplaced("--patches/--split", "patch");
    if (v["budget-sram"] !== void 0) misplaced("--budget-sram", "auto");
    return void 0;
  }
  if (mode === "per-layer") return { mode };
  if (mode === "patch") {
    if (v.patches === void 0) throw new UserError(`${command}: --schedule patch needs --patches P (e.g. --patches 4 or --patches 4x2)`);
    const patches = parsePatches(command, v.patches);
    return v.split === void 0 ? { mode, patches } : { mode, patches, split: parseIndex(command, v.split) };
  }
  if (mode === "auto") {
    if (v["budget-sram"] === void 0) throw new UserError(`${command}: --schedule auto needs --budget-sram SIZE (e.g. 256KiB)`);
    try {
      return { mode, budgetSramBytes: parseBytes(v["budget-sram"]) };
    } catch (e) {
      throw new UserError(`${command}: --budget-sram ${e.message}`);
    }
  }
  throw new UserError(`${command}: unknown --schedule \`${mode}\`; use per-layer, patch or auto`);
}
function parsePatches(command, text) {
  const m = /^(\d+)(?:x(\d+))?$/i.exec(text.trim());
  const ph = m ? Number(m[1]) : NaN;
  const pw = m?.[2] !== void 0 ? Number(m[2]) : ph;
  if (!(ph >= 1 && pw >= 1 && ph <= 64 && pw <= 64) || ph * pw < 2) {
    throw new UserError(`${command}: --patches takes P or PxQ with 1..64 per axis and at least 2 patches, got \`${text}\``);
  }
  return [ph, pw];
}
function parseIndex(command, text) {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`${command}: --split takes an op index, got \`${text}\``);
  return Number(text);
}

// src/cli/analyze.ts
var ANALYZE_HELP = `Usage: tinygate analyze MODEL... [--runtime R] [--target T] [--schedule S ...] [--json] [--out FILE]

Reads each int8 .tflite model and reports every layer's output shape and bytes, dense MACs and
parameters; the model's totals; the peak SRAM of a per-layer memory plan under each runtime's rules;
and the simulated latency on each target.

Options:
  --runtime R         tflm, tflm-reference, tinyengine or tinygate (repeat or comma-separate; default all)
  --target T          a target from \`tinygate targets\` (repeat or comma-separate; default all)
${SCHEDULE_HELP}
  --json              print the JSON report (schema/report.schema.json) instead of tables (one model)
  --out FILE          write the JSON report to FILE (one model)
  --debug             show stack traces for errors
  -h, --help          show this help
`;
function analyzeCommand(args, io) {
  const { values, positionals } = parseCommandArgs("analyze", args, {
    ...SCHEDULE_OPTIONS,
    runtime: { type: "string", multiple: true },
    target: { type: "string", multiple: true },
    json: { type: "boolean" },
    out: { type: "string" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  const schedule = parseScheduleChoice("analyze", values);
  if (positionals.length === 0) throw new UserError("analyze: no model given (usage: tinygate analyze MODEL... [--json] [--out FILE])");
  if ((values.json || values.out !== void 0) && positionals.length > 1) {
    throw new UserError(`analyze: --json and --out take one model, got ${positionals.length}`);
  }
  for (const path of positionals) {
    const report = analyzeModelBytes(path, io.readFile(path), {
      runtimes: splitList(values.runtime),
      targets: splitList(values.target),
      ...schedule === void 0 ? {} : { schedule }
    });
    if (values.out !== void 0) io.writeFile(values.out, serializeReport(report));
    if (values.json) io.stdout(serializeReport(report));
    else if (values.out === void 0) io.stdout(`${renderAnalysis(report)}
`);
  }
  return 0;
}

// src/github/config.ts
var import_yaml = __toESM(require_dist2(), 1);

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://tinygate.dev/schema/config.schema.json",
  title: "tinygate config",
  description: "The action's config file (.github/tinygate.yml by default, YAML or JSON). Each model entry overrides the action inputs for the models its path matches; the first matching entry wins.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    models: {
      type: "array",
      items: {
        $ref: "#/definitions/model"
      }
    },
    boards: {
      type: "array",
      items: {
        type: "object"
      },
      description: "Your own MCU targets (fields as in schema/targets.schema.json): they join the built-in ones, replacing one of the same name, and a model's `targets` can name them."
    }
  },
  definitions: {
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "path"
      ],
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "A model path or a glob (`*`, `**`, `?`), relative to the repository root."
        },
        dataset: {
          type: "string",
          description: "Evaluation data for the accuracy column."
        },
        targets: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        },
        runtime: {
          enum: [
            "tflm",
            "tinyengine",
            "tinygate"
          ]
        },
        schedule: {
          enum: [
            "per-layer",
            "patch",
            "auto"
          ]
        },
        budgets: {
          type: "object",
          additionalProperties: false,
          properties: {
            sram: {
              anyOf: [
                {
                  type: "string"
                },
                {
                  type: "integer"
                }
              ],
              description: "A size, e.g. 256KiB (a bare number is bytes)."
            },
            flash: {
              anyOf: [
                {
                  type: "string"
                },
                {
                  type: "integer"
                }
              ],
              description: "A size, e.g. 1MiB."
            },
            latency: {
              type: "string",
              description: "A duration, e.g. 120ms."
            }
          }
        },
        thresholds: {
          type: "object",
          additionalProperties: false,
          properties: {
            sram: {
              type: "string"
            },
            flash: {
              type: "string"
            },
            macs: {
              type: "string"
            },
            latency: {
              type: "string"
            },
            accuracy: {
              anyOf: [
                {
                  type: "string"
                },
                {
                  type: "number"
                }
              ]
            }
          }
        }
      }
    }
  }
};

// src/github/glob.ts
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      if (glob[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function matchesGlob(path, glob) {
  return globToRegExp(glob.replace(/^\.\//, "")).test(path);
}

// src/github/config.ts
var validator2 = compileSchema(config_schema_default);
function parseConfig(text, source) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  const at = (path) => {
    const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const key = (0, import_yaml.isMap)(parent) ? parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === path.at(-1))?.key : void 0;
    const node = key ?? doc.getIn(path, true);
    return node?.range === void 0 ? source : `${source}:${lines.linePos(node.range[0]).line}`;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new UserError(e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""), e.linePos === void 0 ? source : `${source}:${e.linePos[0].line}`);
  }
  const value = doc.toJS() ?? {};
  if (!validator2.validate(value)) {
    const issue = validator2.issues()[0];
    const path = issue.path.map((k) => /^\d+$/.test(k) ? Number(k) : k);
    const keyPath = issue.unknownKey === void 0 ? path : [...path, issue.unknownKey];
    const hint = issue.unknownKey === void 0 ? "" : didYouMean(issue.unknownKey);
    throw new UserError(`${describePath(path)}${issue.message}${hint} (valid example: models: [{ path: "models/*.tflite", budgets: { sram: 256KiB } }])`, at(keyPath));
  }
  const models = (value.models ?? []).map((raw, i) => {
    const unit = (key, parse) => {
      try {
        return parse();
      } catch (e) {
        throw new UserError(`${describePath(["models", i, ...key])}${e.message}`, at(["models", i, ...key]));
      }
    };
    const budgets = {};
    const b = raw.budgets ?? {};
    if (b.sram !== void 0) budgets.sramBytes = unit(["budgets", "sram"], () => parseBytes(String(b.sram)));
    if (b.flash !== void 0) budgets.flashBytes = unit(["budgets", "flash"], () => parseBytes(String(b.flash)));
    if (b.latency !== void 0) budgets.latencyMs = unit(["budgets", "latency"], () => parseMilliseconds(b.latency));
    const thresholds = {};
    for (const [metric, text2] of Object.entries(raw.thresholds ?? {})) {
      thresholds[metric] = unit(["thresholds", metric], () => parseThreshold(metric, String(text2)));
    }
    return {
      path: raw.path,
      ...raw.dataset === void 0 ? {} : { dataset: raw.dataset },
      ...raw.targets === void 0 ? {} : { targets: raw.targets },
      ...raw.runtime === void 0 ? {} : { runtime: raw.runtime },
      ...raw.schedule === void 0 ? {} : { schedule: raw.schedule },
      budgets,
      thresholds
    };
  });
  return { source, models, boards: value.boards === void 0 ? [] : parseTargets(value.boards, at(["boards"])) };
}
function configEntryFor(config, modelPath) {
  return config?.models.find((e) => matchesGlob(modelPath, e.path));
}
function settingsResolver(options, config) {
  return (modelPath) => {
    const entry = configEntryFor(config, modelPath);
    const runtime = entry?.runtime ?? options.runtime;
    return {
      targets: entry?.targets ?? options.targets,
      ...runtime === void 0 ? {} : { runtime },
      schedule: entry?.schedule ?? options.schedule,
      budgets: { ...options.budgets, ...entry?.budgets },
      thresholds: { ...options.thresholds, ...entry?.thresholds }
    };
  };
}
function describePath(path) {
  return path.length === 0 ? "" : `\`${path.map(String).join(".")}\`: `;
}
var KNOWN_KEYS = collectKeys(config_schema_default);
function collectKeys(schema, out = /* @__PURE__ */ new Set()) {
  if (schema !== null && typeof schema === "object") {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "properties") Object.keys(v).forEach((key) => out.add(key));
      collectKeys(v, out);
    }
  }
  return [...out].sort();
}
function didYouMean(key) {
  const best = KNOWN_KEYS.map((k) => ({ k, d: editDistance(key, k) })).sort((a, b) => a.d - b.d)[0];
  return best !== void 0 && best.d <= 2 ? ` (did you mean \`${best.k}\`?)` : "";
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

// src/github/gate-options.ts
var GATE_DEFAULTS = {
  targets: "stm32f746",
  runtime: "",
  schedule: "auto",
  "budget-sram": "",
  "budget-flash": "",
  "budget-latency": "",
  thresholds: "macs=+5%,latency=+5%,sram=+0%,accuracy=-0.5",
  "fail-on": "budget"
};
var SCHEDULES = ["per-layer", "patch", "auto"];
var FAIL_ON = ["budget", "regression", "never"];
function parseGateOptions(text, origin) {
  const named = (key, parse) => {
    try {
      return parse(text[key].trim());
    } catch (e) {
      throw new UserError(`${origin} \`${key}\`: ${e.message}`);
    }
  };
  const oneOf = (key, allowed) => named(key, (v) => {
    if (!allowed.includes(v)) throw new Error(`\`${v}\` is not one of ${allowed.join(", ")}`);
    return v;
  });
  const budgets = {};
  if (text["budget-sram"].trim() !== "") budgets.sramBytes = named("budget-sram", parseBytes);
  if (text["budget-flash"].trim() !== "") budgets.flashBytes = named("budget-flash", parseBytes);
  if (text["budget-latency"].trim() !== "") budgets.latencyMs = named("budget-latency", parseMilliseconds);
  const targets = text.targets.split(/[\s,]+/).filter((t) => t !== "");
  if (targets.length === 0) throw new UserError(`${origin} \`targets\`: name at least one target (example: stm32f746)`);
  const runtime = text.runtime.trim();
  return {
    targets,
    ...runtime === "" ? {} : { runtime },
    schedule: oneOf("schedule", SCHEDULES),
    budgets,
    thresholds: named("thresholds", parseThresholdList),
    failOn: oneOf("fail-on", FAIL_ON)
  };
}

// src/report/compare.ts
var METRIC_KEYS = ["sramPerLayer", "sramPatch", "flash", "macs", "latency", "accuracy"];
var LOWER_IS_BETTER = {
  sramPerLayer: true,
  sramPatch: true,
  flash: true,
  macs: true,
  latency: true,
  accuracy: false
};
var THRESHOLD_OF = {
  sramPerLayer: "sram",
  sramPatch: "sram",
  flash: "flash",
  macs: "macs",
  latency: "latency",
  accuracy: "accuracy"
};
var LABEL = {
  sramPerLayer: "peak SRAM (per-layer)",
  sramPatch: "peak SRAM (patch)",
  flash: "flash",
  macs: "MACs",
  latency: "latency",
  accuracy: "top-1 accuracy"
};
function compareReports(input) {
  const byPath = (reports) => new Map(reports.map((r) => [r.model.path, r]));
  const heads = byPath(input.head);
  const bases = byPath(input.base ?? []);
  const paths = [.../* @__PURE__ */ new Set([...heads.keys(), ...input.base === null ? [] : bases.keys()])].sort();
  const raw = [];
  if (input.baseline.kind === "missing") {
    raw.push({ kind: "baseline", model: null, target: null, message: `no baseline: ${input.baseline.reason}` });
  }
  const models = paths.map((path) => compareModel(path, bases.get(path), heads.get(path), input.base !== null, input.settingsFor(path), raw));
  const fails = (f) => input.failOn !== "never" && (f.kind !== "regression" || input.failOn === "regression");
  const findings = raw.map((f) => ({ level: fails(f) ? "error" : "warning", ...f }));
  return { verdict: findings.some((f) => f.level === "error") ? "fail" : "pass", baseline: input.baseline, models, findings };
}
function compareModel(path, base, head, haveBaseline, settings, findings) {
  const change = !haveBaseline ? "no-baseline" : head === void 0 ? "removed" : base === void 0 ? "new" : base.model.sha256 === head.model.sha256 ? "unchanged" : "changed";
  const sides = [base, head].filter((r) => r !== void 0);
  const sramIsIdeal = accounting(sides.map((r) => schedulePeak(r, "per-layer", settings.runtime))) === "static";
  const rows = settings.targets.map((target) => {
    const flash = accounting(sides.map((r) => findTarget(r, target, settings)?.flashBytes ?? null));
    const b = base === void 0 ? null : figures(base, target, settings, sramIsIdeal, flash === "static");
    const h = head === void 0 ? null : figures(head, target, settings, sramIsIdeal, flash === "static");
    const metrics = {};
    for (const key of METRIC_KEYS) {
      metrics[key] = judge(key, b?.[key] ?? null, h?.[key] ?? null, settings, change !== "removed");
      const m = metrics[key];
      if (m.status === "regressed") {
        findings.push({ kind: "regression", model: path, target, message: `${LABEL[key]} ${describeChange(key, m)}, beyond the ${THRESHOLD_OF[key]} threshold ${describeThreshold(settings.thresholds[THRESHOLD_OF[key]], key)}` });
      }
    }
    if (h !== null) checkBudgets(path, target, h, settings, metrics, findings);
    const statuses = METRIC_KEYS.map((k) => metrics[k].status);
    const status = ["over-budget", "regressed", "improved", "ok"].find((s) => statuses.includes(s)) ?? "none";
    return { target, metrics, status };
  });
  const showLayers = change === "new" || change === "changed" || change === "no-baseline";
  return {
    path,
    change,
    sramIsIdeal,
    rows,
    layers: showLayers && head !== void 0 ? layerDeltas(base?.layers ?? [], head.layers) : [],
    profile: showLayers && head !== void 0 ? headProfile(head, settings) : null
  };
}
function headProfile(head, settings) {
  const planned = schedulePeak(head, "per-layer", settings.runtime);
  return {
    layerBytes: head.layers.map((l) => l.outputBytes),
    perLayerPeak: planned ?? head.model.idealActivationPeakBytes,
    perLayerIsIdeal: planned === null,
    patchPeak: schedulePeak(head, "patch", settings.runtime)
  };
}
function accounting(measured) {
  if (measured.every((m) => m !== null)) return "measured";
  return measured.every((m) => m === null) ? "static" : "mixed";
}
function findTarget(r, target, s) {
  return r.targets?.find((x) => x.name === target && (s.runtime === void 0 || x.runtime === void 0 || x.runtime === s.runtime));
}
function figures(r, target, s, idealSram, weightFlash) {
  const t = findTarget(r, target, s);
  return {
    // Without a memory plan the ideal activation peak is the best per-layer figure a report has: a
    // lower bound on the arena, so a budget it breaks is certainly broken.
    sramPerLayer: idealSram ? r.model.idealActivationPeakBytes : schedulePeak(r, "per-layer", s.runtime),
    sramPatch: schedulePeak(r, "patch", s.runtime),
    // Weights alone are the flash figure until a target adds code and runtime.
    flash: weightFlash ? r.model.weightBytes : t?.flashBytes ?? null,
    macs: r.model.macs,
    latency: t?.latencyMs ?? null,
    accuracy: r.accuracy === void 0 ? null : r.accuracy.top1,
    fits: t?.fits ?? null
  };
}
function schedulePeak(r, kind, runtime) {
  const peaks = (r.schedules ?? []).filter((x) => x.kind === kind && (runtime === void 0 ? x.runtime !== "paper" : x.runtime === runtime)).map((x) => x.peakSramBytes);
  return peaks.length === 0 ? null : Math.min(...peaks);
}
function judge(key, base, head, s, headExists) {
  const delta = base !== null && head !== null ? head - base : null;
  const relative = delta !== null && base !== 0 ? delta / base : null;
  let status = head === null && base === null ? "none" : "ok";
  if (delta !== null && headExists) {
    const worse = LOWER_IS_BETTER[key] ? delta : -delta;
    const limit = s.thresholds[THRESHOLD_OF[key]];
    if (limit !== void 0 && worse > allowance(key, limit, base)) status = "regressed";
    else if (worse < 0) status = "improved";
  }
  return { base, head, delta, relative, status };
}
function allowance(key, t, base) {
  if ("relative" in t) return Math.abs(base) * t.relative;
  return key === "accuracy" ? t.absolute / 100 : t.absolute;
}
function checkBudgets(path, target, h, s, metrics, findings) {
  const over = (key, what, value, budget, fmt) => {
    metrics[key].status = "over-budget";
    findings.push({ kind: "budget", model: path, target, message: `${what} ${fmt(value)} exceeds the budget of ${fmt(budget)} by ${fmt(value - budget)}` });
  };
  const sramKey = gatedSramKey(h, s.schedule);
  const sram = sramKey === null ? null : h[sramKey];
  if (s.budgets.sramBytes !== void 0 && sramKey !== null && sram !== null && sram > s.budgets.sramBytes) {
    over(sramKey, LABEL[sramKey], sram, s.budgets.sramBytes, bytes);
  }
  if (s.budgets.flashBytes !== void 0 && h.flash !== null && h.flash > s.budgets.flashBytes) over("flash", "flash", h.flash, s.budgets.flashBytes, bytes);
  if (s.budgets.latencyMs !== void 0 && h.latency !== null && h.latency > s.budgets.latencyMs) over("latency", "latency", h.latency, s.budgets.latencyMs, ms);
  if (h.fits === false) {
    metrics.sramPerLayer.status = "over-budget";
    findings.push({ kind: "budget", model: path, target, message: `does not fit in ${target}'s memory` });
  }
}
function gatedSramKey(h, choice) {
  if (choice === "per-layer") return "sramPerLayer";
  if (choice === "patch") return h.sramPatch === null ? null : "sramPatch";
  if (h.sramPatch !== null && (h.sramPerLayer === null || h.sramPatch < h.sramPerLayer)) return "sramPatch";
  return "sramPerLayer";
}
function layerDeltas(base, head) {
  return head.map((l) => {
    const b = base.find((x) => x.index === l.index && x.op === l.op);
    return {
      index: l.index,
      op: l.op,
      outputShape: l.outputShape,
      outputBytes: { base: b?.outputBytes ?? null, head: l.outputBytes },
      macs: { base: b?.macs ?? null, head: l.macs }
    };
  });
}
var bytes = formatBytes;
var ms = (n) => `${+n.toFixed(3)} ms`;
function describeChange(key, m) {
  if (key === "accuracy") {
    return `went from ${+(m.base * 100).toFixed(2)}% to ${+(m.head * 100).toFixed(2)}% (${+(m.delta * 100).toFixed(2)} points)`;
  }
  const f = key === "latency" ? ms : key === "macs" ? formatCount : bytes;
  const pct2 = m.relative === null ? "" : ` (${m.relative >= 0 ? "+" : ""}${(m.relative * 100).toFixed(1)}%)`;
  return `went from ${f(m.base)} to ${f(m.head)}${pct2}`;
}
function describeThreshold(t, key) {
  const sign = key === "accuracy" ? "-" : "+";
  if ("relative" in t) return `${sign}${+(t.relative * 100).toFixed(3)}%`;
  return key === "accuracy" ? `${sign}${t.absolute} points` : key === "latency" ? `${sign}${ms(t.absolute)}` : key === "macs" ? `${sign}${formatCount(t.absolute)}` : `${sign}${bytes(t.absolute)}`;
}

// src/report/markdown.ts
var COMMENT_LIMIT = 65536;
function code(text) {
  return `\`${text.replace(/[`\r\n]/g, "?").replace(/\|/g, "\\|")}\``;
}
function commentMarker(key) {
  return `<!-- tinygate-comment ${JSON.stringify(key).replace(/--/g, "-\\u002d")} -->`;
}
var COLUMNS = [
  { key: "sramPerLayer", title: "peak SRAM (per-layer)", format: formatBytes },
  { key: "sramPatch", title: "peak SRAM (patch)", format: formatBytes },
  { key: "flash", title: "flash", format: formatBytes },
  { key: "macs", title: "MACs", format: formatCount },
  { key: "latency", title: "latency", format: (n) => `${n.toFixed(2)} ms` },
  // A top-1 change is in percentage points; a relative change of a percentage would mislead.
  { key: "accuracy", title: "top-1", format: (n) => `${(n * 100).toFixed(2)}%`, delta: (n) => `${(n * 100).toFixed(2)} pp` }
];
var STATUS = {
  "over-budget": "\u274C over budget",
  regressed: "\u26A0\uFE0F regressed",
  improved: "\u{1F7E2} improved",
  ok: "\u2705 ok",
  none: "\u2014"
};
var CHANGE = {
  new: "new",
  removed: "removed",
  unchanged: "unchanged",
  changed: "changed",
  "no-baseline": "no baseline"
};
function renderComparison(c, opts) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const summary = renderSummary(c, opts);
  const details = c.models.filter((m) => m.profile !== null).map(renderModelDetails);
  let text = summary;
  let kept = 0;
  const room = limit - truncationNote(details.length).length;
  while (kept < details.length && text.length + details[kept].length <= room) text += details[kept++];
  if (kept < details.length) text += truncationNote(details.length - kept);
  return text.length <= limit ? text : `${text.slice(0, limit - 200)}

\u2026(cut at GitHub's ${formatCount(limit)}-character limit)
`;
}
function truncationNote(omitted) {
  return `
> Layer details of ${omitted} model(s) left out to stay under GitHub's ${formatCount(COMMENT_LIMIT)}-character comment limit; the report JSON has them all.
`;
}
function renderSummary(c, opts) {
  const verdict = c.verdict === "pass" ? "\u2705 pass" : "\u274C fail";
  const base = c.baseline.kind === "found" ? opts.baseLabel : `**none** (${c.baseline.reason})`;
  const rows = c.models.flatMap((m) => m.rows.map((r) => [
    `${code(m.path)} (${CHANGE[m.change]})`,
    code(r.target),
    ...COLUMNS.map((col) => cell(r.metrics[col.key], col.format, col.key === "sramPerLayer" && m.sramIsIdeal, col.delta)),
    STATUS[r.status]
  ]));
  const table = rows.length === 0 ? "_No models found._" : markdownTable(
    [["model", "target", ...COLUMNS.map((col) => col.title), "status"], ...rows],
    { align: ["l", "l", ...COLUMNS.map(() => "r"), "l"], alignDelimiters: false }
  );
  const findings = c.findings.length === 0 ? "" : `
**Findings**

${c.findings.map((f) => {
    const where = f.model === null ? "" : `${code(f.model)}${f.target === null ? "" : ` on ${code(f.target)}`}: `;
    return `- ${f.level === "error" ? "\u274C" : "\u26A0\uFE0F"} ${where}${f.message}`;
  }).join("\n")}
`;
  const ideal = c.models.some((m) => m.sramIsIdeal) ? "\n\xB9 Ideal activation peak (largest sum of live activations, no arena alignment or scratch): the report has no memory plan, so this is a lower bound on per-layer SRAM.\n" : "";
  return `${opts.marker}
### tinygate: ${verdict}

Baseline: ${base}. Each cell is base \u2192 head, then the change.

${table}
${findings}${ideal}`;
}
function cell(m, format, ideal, formatDelta) {
  const mark = ideal ? " \xB9" : "";
  if (m.base === null && m.head === null) return "\u2014";
  if (m.base === null) return `\u2014 \u2192 ${format(m.head)}${mark}`;
  if (m.head === null) return `${format(m.base)} \u2192 \u2014${mark}`;
  if (m.delta === 0) return `${format(m.head)}${mark} (same)`;
  if (formatDelta !== void 0) return `${format(m.base)} \u2192 ${format(m.head)}${mark}<br>${signed(m.delta, formatDelta)}`;
  const pct2 = m.relative === null ? "" : ` (${signed(m.relative * 100, (n) => `${n.toFixed(1)}%`)})`;
  return `${format(m.base)} \u2192 ${format(m.head)}${mark}<br>${signed(m.delta, format)}${pct2}`;
}
function signed(n, format) {
  return `${n < 0 ? "\u2212" : "+"}${format(Math.abs(n))}`;
}
function renderModelDetails(m) {
  return `
#### ${code(m.path)} (${CHANGE[m.change]})

${renderChart(m)}
<details><summary>Per-layer details (${m.layers.length} layers)</summary>

${renderLayers(m.layers)}

</details>
`;
}
function renderChart(m) {
  const p = m.profile;
  const kib2 = (n) => (n / 1024).toFixed(1);
  const lines = p.patchPeak === null ? [p.perLayerPeak] : [p.perLayerPeak, p.patchPeak];
  const legend = [
    `per-layer peak ${formatBytes(p.perLayerPeak)}${p.perLayerIsIdeal ? " (ideal)" : ""}`,
    ...p.patchPeak === null ? [] : [`patch peak ${formatBytes(p.patchPeak)}`]
  ].join(", ");
  const top = Math.max(...p.layerBytes, ...lines, 1);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "SRAM (KiB): bars = layer output, lines = ${legend}"`,
    `  x-axis "layer" [${p.layerBytes.map((_, i) => String(i)).join(", ")}]`,
    `  y-axis "KiB" 0 --> ${kib2(top * 1.1)}`,
    `  bar [${p.layerBytes.map(kib2).join(", ")}]`,
    ...lines.map((peak) => `  line [${p.layerBytes.map(() => kib2(peak)).join(", ")}]`),
    "```"
  ].join("\n");
}
function renderLayers(layers) {
  const pair2 = (v, f) => v.base === v.head ? f(v.head) : `${v.base === null ? "\u2014" : f(v.base)} \u2192 ${v.head === null ? "\u2014" : f(v.head)}`;
  return markdownTable(
    [["#", "op", "output shape", "output bytes", "MACs"], ...layers.map((l) => [
      String(l.index),
      code(l.op),
      formatShape(l.outputShape),
      pair2(l.outputBytes, formatCount),
      pair2(l.macs, formatCount)
    ])],
    { align: ["r", "l", "l", "r", "r"], alignDelimiters: false }
  );
}

// src/report/report-set.ts
function parseReports(text, source) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`not JSON: ${e.message}`, source);
  }
  const items = Array.isArray(value) ? value : [value];
  const reports = items.map((item, i) => validateReport(item, Array.isArray(value) ? `${source}[${i}]` : source));
  const paths = reports.map((r) => r.model.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup !== void 0) throw new UserError(`two reports for the same model \`${dup}\``, source);
  return reports;
}

// src/cli/compare.ts
var EXIT_GATE_FAILED = 3;
var COMPARE_HELP = `Usage: tinygate compare BASE.json HEAD.json [options]

Compares two reports (from \`tinygate analyze --out\` or the action's report output) and prints the
markdown table the GitHub Action comments on pull requests. Exits ${EXIT_GATE_FAILED} when the gate fails.

Options:
  --config FILE          the action's config file (per-model budgets and targets); also the comment key
  --targets LIST         targets to report (default: ${GATE_DEFAULTS.targets})
  --runtime NAME         count only this runtime's schedules and targets
  --schedule KIND        per-layer, patch or auto: which peak SRAM the budget applies to (default: auto)
  --budget-sram SIZE     e.g. 256KiB
  --budget-flash SIZE    e.g. 1MiB
  --budget-latency TIME  e.g. 120ms
  --thresholds LIST      default: ${GATE_DEFAULTS.thresholds}
  --fail-on WHAT         budget, regression or never (default: budget)
  --base-label TEXT      how the markdown names the baseline (default: BASE.json's path)
  --debug                show stack traces for errors
  -h, --help             show this help
`;
var CONFIG_DEFAULT = ".github/tinygate.yml";
function compareCommand(args, io) {
  const gateFlags = Object.fromEntries(Object.keys(GATE_DEFAULTS).map((k) => [k, { type: "string" }]));
  const { values: parsed, positionals } = parseCommandArgs("compare", args, {
    ...gateFlags,
    config: { type: "string" },
    "base-label": { type: "string" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  const values = parsed;
  if (values["help"] === true) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UserError(`compare: expected BASE.json and HEAD.json, got ${positionals.length} file(s) (see \`tinygate compare --help\`)`);
  const [basePath, headPath] = positionals;
  const text = (path) => new TextDecoder().decode(io.readFile(path));
  const gate = Object.fromEntries(Object.entries(GATE_DEFAULTS).map(([k, d]) => [k, values[k] ?? d]));
  const configPath = values["config"];
  const config = configPath === void 0 ? null : parseConfig(text(configPath), configPath);
  const options = parseGateOptions(gate, "option");
  const comparison = compareReports({
    base: parseReports(text(basePath), basePath),
    head: parseReports(text(headPath), headPath),
    baseline: { kind: "found" },
    settingsFor: settingsResolver(options, config),
    failOn: options.failOn
  });
  io.stdout(renderComparison(comparison, {
    marker: commentMarker(configPath ?? CONFIG_DEFAULT),
    baseLabel: values["base-label"] ?? `\`${basePath}\``
  }));
  return comparison.verdict === "pass" ? 0 : EXIT_GATE_FAILED;
}

// src/cli/eval.ts
import { dirname as dirname2, join as join4 } from "node:path";

// src/eval/accuracy.ts
import { createHash as createHash3 } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join as join3 } from "node:path";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/eval/evaluator.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/kernels/op-tensors.ts
function failOp(op, message) {
  throw new UserError(`op ${op.index} (${opName(op)}): ${message}`);
}
function tensorOf(graph, op, id, what) {
  const t = graph.tensors[id];
  if (t === void 0) failOp(op, `${what} tensor ${id} does not exist`);
  return t;
}
function outputOf(graph, op) {
  return tensorOf(graph, op, op.outputs[0] ?? -1, "output");
}
function isQuantizedType(dtype) {
  return dtype === "int8" || dtype === "uint8";
}
function requireDtypes(op, t, allowed, what) {
  if (!allowed.includes(t.dtype)) failOp(op, `${what} has type ${t.dtype}; supported: ${allowed.join(", ")}`);
}
function perTensorQuant(op, t, what) {
  const q = t.quant;
  if (q === null || q.scale.length === 0) failOp(op, `${what} (${t.name}) is ${t.dtype} but has no quantization`);
  if (q.scale.length !== 1) failOp(op, `${what} (${t.name}) is quantized per channel; this op needs one scale`);
  return { scale: q.scale[0], zeroPoint: q.zeroPoint[0] ?? 0 };
}
function stridesOf(shape) {
  const strides = new Array(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
  return strides;
}

// src/kernels/walk.ts
var RowWalker = class {
  /** Elements per row (the window's innermost extent). */
  rowLength = 1;
  /** Current row start of each operand within its buffer. */
  offsets;
  /** Step along the innermost axis per operand (0 for a broadcast input). */
  innerSteps;
  rank;
  operands;
  /** Per input: which output axes it actually varies along (false where broadcast or absent). */
  varies;
  inputRanks;
  /** strides[k · rank + d]: step of operand k for output axis d. */
  strides;
  counter;
  windowSize = [];
  constructor(outputShape, inputShapes) {
    this.rank = outputShape.length;
    this.operands = inputShapes.length + 1;
    this.inputRanks = inputShapes.map((s) => s.length);
    this.varies = inputShapes.map((shape) => outputShape.map((_, d) => {
      const dim = shape[d - (this.rank - shape.length)];
      return dim !== void 0 && dim !== 1;
    }));
    this.offsets = new Int32Array(this.operands);
    this.innerSteps = new Int32Array(this.operands);
    this.strides = new Int32Array(this.operands * Math.max(this.rank, 1));
    this.counter = new Int32Array(Math.max(this.rank, 1));
  }
  /** Positions the walker on the first row of `window`; returns the number of rows. */
  start(window, output, inputs) {
    const rank = this.rank;
    this.windowSize = window.size;
    let rows = 1;
    for (let d = 0; d < rank - 1; d++) rows *= window.size[d];
    this.rowLength = rank === 0 ? 1 : window.size[rank - 1];
    this.counter.fill(0);
    for (let k = 0; k < this.operands; k++) {
      const box = k === 0 ? output : inputs[k - 1];
      const lead = k === 0 ? 0 : rank - this.inputRanks[k - 1];
      let stride = 1;
      let offset = 0;
      for (let d = rank - 1; d >= 0; d--) {
        const inBox = d - lead;
        const moves = k === 0 || this.varies[k - 1][d];
        const step = moves ? stride : 0;
        this.strides[k * rank + d] = step;
        if (moves) offset += (window.start[d] - box.start[inBox]) * stride;
        if (inBox >= 0) stride *= box.size[inBox];
      }
      this.offsets[k] = offset;
      this.innerSteps[k] = rank === 0 ? 0 : this.strides[k * rank + rank - 1];
    }
    return rows;
  }
  /** Advances every operand's offset to the next row (odometer over the outer axes). */
  next() {
    const rank = this.rank;
    for (let d = rank - 2; d >= 0; d--) {
      const size2 = this.windowSize[d];
      const c = ++this.counter[d];
      if (c < size2) {
        for (let k = 0; k < this.operands; k++) this.offsets[k] += this.strides[k * rank + d];
        return;
      }
      this.counter[d] = 0;
      for (let k = 0; k < this.operands; k++) this.offsets[k] -= this.strides[k * rank + d] * (size2 - 1);
    }
  }
};
function broadcastsTo(shape, target) {
  if (shape.length > target.length) return false;
  const lead = target.length - shape.length;
  return shape.every((dim, i) => dim === 1 || dim === target[i + lead]);
}
function unaryWindowed(op, shape, row) {
  const walker = new RowWalker(shape, [shape]);
  return {
    op,
    windowed: true,
    run(inputs, output, window) {
      const input = inputs[0];
      const rows = walker.start(window, output.box, [input.box]);
      const { offsets, innerSteps } = walker;
      for (let r = 0; r < rows; r++) {
        row(input.data, offsets[1], innerSteps[1], output.data, offsets[0], walker.rowLength);
        walker.next();
      }
    }
  };
}

// src/kernels/activation.ts
var f322 = Math.fround;
function prepareActivation(op, graph) {
  if (op.kind !== "LOGISTIC" && op.kind !== "TANH" && op.kind !== "RELU" && op.kind !== "RELU6" && op.kind !== "HARD_SWISH") {
    failOp(op, "not an activation op");
  }
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  requireDtypes(op, input, ["int8", "uint8", "float32"], "input");
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  if (!isQuantizedType(input.dtype)) return unaryWindowed(op, output.shape, floatRow(op.kind));
  const qi = perTensorQuant(op, input, "input");
  const qo = perTensorQuant(op, output, "output");
  const [min, max] = dtypeRange(output.dtype);
  const map = quantizedMap(op.kind, qi, qo, min, max);
  const bias = input.dtype === "int8" ? 128 : 0;
  const table = new Int32Array(256);
  for (let v = min; v <= max; v++) table[v + bias] = map(v);
  return unaryWindowed(op, output.shape, (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = table[x[ix] + bias];
  });
}
function quantizedMap(kind, qi, qo, min, max) {
  const clamp = (v, lo, hi) => v < lo ? lo : v > hi ? hi : v;
  switch (kind) {
    case "RELU":
    case "RELU6": {
      const { multiplier, shift } = quantizeMultiplier(f322(qi.scale / qo.scale));
      const lo = Math.max(min, qo.zeroPoint);
      const hi = kind === "RELU" ? max : Math.min(max, qo.zeroPoint + tfliteRound(f322(6 / f322(qo.scale))));
      return (q) => clamp(qo.zeroPoint + multiplyByQuantizedMultiplier(q - qi.zeroPoint, multiplier, shift), lo, hi);
    }
    case "LOGISTIC":
      return lutEntry(qi, qo, min, max, (x) => f322(1 / f322(1 + f322(Math.exp(-x)))));
    case "TANH":
      return lutEntry(qi, qo, min, max, (x) => f322(Math.tanh(x)));
    case "HARD_SWISH":
      return hardSwish(qi, qo, min, max);
  }
}
function lutEntry(qi, qo, min, max, fn) {
  const inverseScale = f322(1 / f322(qo.scale));
  const si = f322(qi.scale);
  return (q) => {
    const y = tfliteRound(f322(fn(f322(si * (q - qi.zeroPoint))) * inverseScale)) + qo.zeroPoint;
    return y < min ? min : y > max ? max : y;
  };
}
function srdhm16(a, b) {
  if (a === -32768 && b === -32768) return 32767;
  const ab = a * b;
  return Math.trunc((ab + (ab >= 0 ? 16384 : 1 - 16384)) / 32768);
}
function sdhm16(a, b) {
  if (a === -32768 && b === -32768) return 32767;
  return Math.trunc(a * b / 32768);
}
function saturatingLeftShift16(v, amount) {
  const r = v * 2 ** amount;
  return r > 32767 ? 32767 : r < -32768 ? -32768 : r;
}
function toQ15(multiplier) {
  return multiplier >= 2147483647 - 32768 ? 32767 : multiplier + 32768 >> 16;
}
function hardSwish(qi, qo, min, max) {
  const hiresInputScale = f322(f322(1 / 128) * f322(qi.scale));
  const reluishScale = f322(3 / 32768);
  const output = quantizeMultiplier(f322(hiresInputScale / f322(qo.scale)));
  const reluish = quantizeMultiplier(f322(hiresInputScale / reluishScale));
  const outputQ15 = toQ15(output.multiplier);
  const reluishQ15 = toQ15(reluish.multiplier);
  return (q) => {
    const hires = (q - qi.zeroPoint) * 128;
    const preshiftOutput = srdhm16(hires, outputQ15);
    let r = hires;
    if (reluish.shift > 0) r = saturatingLeftShift16(r, reluish.shift - 1);
    r = srdhm16(r, reluishQ15);
    if (reluish.shift > 0) r = saturatingLeftShift16(r, 1);
    if (reluish.shift < 0) r = roundingDivideByPOT(r, -reluish.shift);
    r = r + 32768 >> 1;
    const y = roundingDivideByPOT(sdhm16(r, preshiftOutput), -output.shift) + qo.zeroPoint;
    return y < min ? min : y > max ? max : y;
  };
}
function floatRow(kind) {
  const fn = kind === "RELU" ? (x) => x > 0 ? x : 0 : kind === "RELU6" ? (x) => x > 0 ? x < 6 ? x : 6 : 0 : kind === "LOGISTIC" ? (x) => 1 / (1 + Math.exp(-x)) : kind === "TANH" ? Math.tanh : (x) => f322(f322(x * Math.min(6, Math.max(0, f322(x + 3)))) / 6);
  return (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = fn(x[ix]);
  };
}

// src/kernels/mac-setup.ts
var mulFast = multiplyByQuantizedMultiplierFast;
function finishOutput(stage, acc, c) {
  return stage.quantized ? requantize(acc, stage.multipliers[c], stage.shifts[c], stage.outputOffset, stage.min, stage.max) : clampFloat(acc, stage.min, stage.max);
}
function requantize(acc, multiplier, shift, offset, min, max) {
  return Math.min(Math.max(mulFast(acc | 0, multiplier, shift) + offset, min), max);
}
function clampFloat(acc, min, max) {
  const v = acc > min ? acc : min;
  return v < max ? v : max;
}
function fail(op, message) {
  throw new UserError(`op ${op.index} (${opName(op)}): ${message}`);
}
function constantOf(graph, op, id, what) {
  const t = graph.tensors[id];
  if (t === void 0) fail(op, `${what} tensor ${id} does not exist`);
  if (t.data === null) fail(op, `${what} must be a constant (tinygate runs weights from flash)`);
  return t;
}
function scalesOf(op, t, what) {
  if (t.quant === null || t.quant.scale.length === 0) fail(op, `${what} tensor ${t.name} is ${t.dtype} but has no quantization`);
  return t.quant.scale;
}
function prepareMac(graph, op, ids, channels, clamp, activation) {
  const input = graph.tensors[ids.input];
  const output = graph.tensors[ids.output];
  const filterTensor = constantOf(graph, op, ids.filter, "filter");
  const filterRaw = decodeConstant(filterTensor);
  const bias = new Float64Array(channels);
  if (ids.bias !== NO_TENSOR) {
    const b = decodeConstant(constantOf(graph, op, ids.bias, "bias"));
    if (b.length !== channels) fail(op, `bias has ${b.length} elements for ${channels} output channels`);
    bias.set(b);
  }
  if (input.dtype === "float32") {
    if (filterTensor.dtype !== "float32" || output.dtype !== "float32") {
      fail(op, `float32 input with ${filterTensor.dtype} filter and ${output.dtype} output (hybrid ops) is not supported`);
    }
    const stage = {
      quantized: false,
      multipliers: new Int32Array(0),
      shifts: new Int32Array(0),
      outputOffset: 0,
      min: clamp.min,
      max: clamp.max
    };
    return { inputOffset: 0, filter: Float64Array.from(filterRaw), bias, stage };
  }
  if (input.dtype !== "int8" && input.dtype !== "uint8" || output.dtype !== input.dtype || filterTensor.dtype !== input.dtype) {
    fail(op, `input ${input.dtype}, filter ${filterTensor.dtype}, output ${output.dtype}: supported are all int8, all uint8 or all float32`);
  }
  const inputScale = scalesOf(op, input, "input")[0];
  const outputScale = scalesOf(op, output, "output")[0];
  const filterScales = scalesOf(op, filterTensor, "filter");
  if (filterScales.length !== 1 && filterScales.length !== channels) {
    fail(op, `filter has ${filterScales.length} scales for ${channels} output channels`);
  }
  const filterOffset = input.dtype === "uint8" ? -(filterTensor.quant.zeroPoint[0] ?? 0) : 0;
  const filter = new Float64Array(filterRaw.length);
  for (let i = 0; i < filter.length; i++) filter[i] = filterRaw[i] + filterOffset;
  const multipliers = new Int32Array(channels);
  const shifts = new Int32Array(channels);
  for (let c = 0; c < channels; c++) {
    const filterScale = filterScales.length === 1 ? filterScales[0] : filterScales[c];
    const q = quantizeMultiplier(inputScale * filterScale / outputScale);
    multipliers[c] = q.multiplier;
    shifts[c] = q.shift;
  }
  const outputZeroPoint = output.quant.zeroPoint[0] ?? 0;
  const [min, max] = activationRangeQuantized(activation, outputScale, outputZeroPoint, output.dtype);
  return {
    inputOffset: -(input.quant.zeroPoint[0] ?? 0),
    filter,
    bias,
    stage: { quantized: true, multipliers, shifts, outputOffset: outputZeroPoint, min, max }
  };
}

// src/kernels/conv.ts
var finish = finishOutput;
var prepareConv = (op, graph) => {
  if (op.kind !== "CONV_2D") throw new Error(`prepareConv got ${op.kind}`);
  const conv = op;
  const input = nhwcTensor(graph, op, conv.inputs.input, "input");
  const filterT = nhwcTensor(graph, op, conv.inputs.filter, "filter");
  const output = nhwcTensor(graph, op, conv.outputs[0], "output");
  const [, inH, inW, inC] = input.shape;
  const [outC, kH, kW, groupC] = filterT.shape;
  if (output.shape[3] !== outC || inC % groupC !== 0 || outC % (inC / groupC) !== 0) {
    throw new UserError(`op ${op.index} (CONV_2D): input channels ${inC}, filter [${filterT.shape.join(", ")}] and output channels ${output.shape[3]} do not match`);
  }
  const outPerGroup = outC / (inC / groupC);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = conv.attrs;
  const mac = prepareMac(
    graph,
    op,
    { input: conv.inputs.input, filter: conv.inputs.filter, bias: conv.inputs.bias, output: output.id },
    outC,
    conv.attrs.clamp,
    conv.attrs.activation
  );
  const { filter: w, bias, stage, inputOffset } = mac;
  const slot = inputSlot(op, conv.inputs.input);
  const K = kH * kW * groupC;
  const col = new Float64Array(K);
  function gather(x, inAt, b, iy0, ix0, c0) {
    let k = 0;
    for (let ky = 0; ky < kH; ky++) {
      const iy = iy0 + ky * dh;
      const rowInside = iy >= 0 && iy < inH;
      for (let kx = 0; kx < kW; kx++) {
        const ix = ix0 + kx * dw;
        if (rowInside && ix >= 0 && ix < inW) {
          const p = b * inAt.sb + iy * inAt.sy + ix * inAt.sx + c0 - inAt.origin;
          for (let c = 0; c < groupC; c++) col[k++] = x[p + c] + inputOffset;
        } else {
          for (let c = 0; c < groupC; c++) col[k++] = 0;
        }
      }
    }
  }
  function run(inputs, out, window) {
    const view = inputs[slot];
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const outAt = nhwcAddress(out.box);
    const y = out.data;
    const [wb, wy, wx, wc] = window.start;
    const [nb, ny, nx, nc] = window.size;
    const cEnd = wc + nc;
    for (let b = wb; b < wb + nb; b++) {
      for (let oy = wy; oy < wy + ny; oy++) {
        for (let ox = wx; ox < wx + nx; ox++) {
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx - outAt.origin;
          let oc = wc;
          while (oc < cEnd) {
            const g = Math.floor(oc / outPerGroup);
            gather(x, inAt, b, oy * sh - pad.top, ox * sw - pad.left, g * groupC);
            const groupEnd = Math.min(cEnd, (g + 1) * outPerGroup);
            for (; oc + 4 <= groupEnd; oc += 4) {
              const f0 = oc * K, f1 = f0 + K, f2 = f1 + K, f3 = f2 + K;
              let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
              for (let k = 0; k < K; k++) {
                const v = col[k];
                a0 += v * w[f0 + k];
                a1 += v * w[f1 + k];
                a2 += v * w[f2 + k];
                a3 += v * w[f3 + k];
              }
              y[o + oc] = finish(stage, a0 + bias[oc], oc);
              y[o + oc + 1] = finish(stage, a1 + bias[oc + 1], oc + 1);
              y[o + oc + 2] = finish(stage, a2 + bias[oc + 2], oc + 2);
              y[o + oc + 3] = finish(stage, a3 + bias[oc + 3], oc + 3);
            }
            for (; oc < groupEnd; oc++) {
              const f0 = oc * K;
              let a0 = 0;
              for (let k = 0; k < K; k++) a0 += col[k] * w[f0 + k];
              y[o + oc] = finish(stage, a0 + bias[oc], oc);
            }
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/convert.ts
function prepareQuantize(op, graph) {
  if (op.kind !== "QUANTIZE") failOp(op, "not a QUANTIZE op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  requireDtypes(op, input, ["float32", "int8", "uint8"], "input");
  requireDtypes(op, output, ["int8", "uint8"], "output");
  const qo = perTensorQuant(op, output, "output");
  const [min, max] = dtypeRange(output.dtype);
  const zo = qo.zeroPoint;
  let row;
  if (input.dtype === "float32") {
    const scale = qo.scale;
    row = (x, ix, sx, y, iy, n) => {
      for (let i = 0; i < n; i++, ix += sx) {
        const v = tfliteRound(x[ix] / scale) + zo;
        y[iy + i] = v < min ? min : v > max ? max : v;
      }
    };
  } else {
    const qi = perTensorQuant(op, input, "input");
    const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
    const zi = qi.zeroPoint;
    row = (x, ix, sx, y, iy, n) => {
      for (let i = 0; i < n; i++, ix += sx) {
        const v = multiplyByQuantizedMultiplier(x[ix] - zi, multiplier, shift) + zo;
        y[iy + i] = v < min ? min : v > max ? max : v;
      }
    };
  }
  return unaryWindowed(op, output.shape, row);
}
function prepareDequantize(op, graph) {
  if (op.kind !== "DEQUANTIZE") failOp(op, "not a DEQUANTIZE op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  requireDtypes(op, input, ["int8", "uint8"], "input");
  requireDtypes(op, output, ["float32"], "output");
  const { scale, zeroPoint } = perTensorQuant(op, input, "input");
  return unaryWindowed(op, output.shape, (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = scale * (x[ix] - zeroPoint);
  });
}

// src/kernels/depthwise.ts
var requant = requantize;
var clampF = clampFloat;
var prepareDepthwise = (op, graph) => {
  if (op.kind !== "DEPTHWISE_CONV_2D") throw new Error(`prepareDepthwise got ${op.kind}`);
  const dwOp = op;
  const input = nhwcTensor(graph, op, dwOp.inputs.input, "input");
  const filterT = nhwcTensor(graph, op, dwOp.inputs.filter, "filter");
  const output = nhwcTensor(graph, op, dwOp.outputs[0], "output");
  const [, inH, inW, inC] = input.shape;
  const [, kH, kW, outC] = filterT.shape;
  const multiplier = outC / inC;
  if (!Number.isInteger(multiplier) || output.shape[3] !== outC) {
    throw new UserError(`op ${op.index} (DEPTHWISE_CONV_2D): input channels ${inC}, filter channels ${outC} and output channels ${output.shape[3]} do not match`);
  }
  const { stride: [sh, sw], dilation: [dh, dw], pad } = dwOp.attrs;
  const { filter: w, bias, stage, inputOffset } = prepareMac(
    graph,
    op,
    { input: dwOp.inputs.input, filter: dwOp.inputs.filter, bias: dwOp.inputs.bias, output: output.id },
    outC,
    dwOp.attrs.clamp,
    dwOp.attrs.activation
  );
  const slot = inputSlot(op, dwOp.inputs.input);
  const taps = kH * kW;
  const wByChannel = new Float64Array(outC * taps + 9);
  const wSum = new Float64Array(outC);
  for (let c = 0; c < outC; c++) {
    for (let t = 0; t < taps; t++) {
      wByChannel[c * taps + t] = w[t * outC + c];
      wSum[c] += w[t * outC + c];
    }
  }
  const is3x3 = kH === 3 && kW === 3;
  const tapOffsets = new Int32Array(taps);
  let tapRowStep = -1;
  let tapColStep = -1;
  const [, outH, outW] = output.shape;
  const tapRange = (outSize, stride, before, k, d, inSize) => {
    const range = new Int32Array(2 * outSize);
    for (let o = 0; o < outSize; o++) {
      const i0 = o * stride - before;
      range[2 * o] = Math.max(0, Math.ceil(-i0 / d));
      range[2 * o + 1] = Math.min(k, Math.ceil((inSize - i0) / d));
    }
    return range;
  };
  const rowTaps = tapRange(outH, sh, pad.top, kH, dh, inH);
  const colTaps = tapRange(outW, sw, pad.left, kW, dw, inW);
  function borderAcc(x, at, b, oy, ox, ic, oc) {
    const iy0 = oy * sh - pad.top;
    const ix0 = ox * sw - pad.left;
    const kx0 = colTaps[2 * ox], kx1 = colTaps[2 * ox + 1];
    let acc = bias[oc];
    for (let ky = rowTaps[2 * oy]; ky < rowTaps[2 * oy + 1]; ky++) {
      const row = b * at.sb + (iy0 + ky * dh) * at.sy + ic - at.origin;
      const f = oc * taps + ky * kW;
      for (let kx = kx0; kx < kx1; kx++) acc += (x[row + (ix0 + kx * dw) * at.sx] + inputOffset) * wByChannel[f + kx];
    }
    return acc;
  }
  function run(inputs, out, window) {
    const view = inputs[slot];
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const { sb, sy, sx, origin } = inAt;
    const outAt = nhwcAddress(out.box);
    const osx = outAt.sx;
    const y = out.data;
    const [wb, wy, wx, wc] = window.start;
    const [nb, ny, nx, nc] = window.size;
    const xEnd = wx + nx;
    const rowStep = dh * sy;
    const colStep = dw * sx;
    const pixelStep = sw * sx;
    if (tapRowStep !== rowStep || tapColStep !== colStep) {
      for (let ky = 0; ky < kH; ky++) for (let kx = 0; kx < kW; kx++) tapOffsets[ky * kW + kx] = ky * rowStep + kx * colStep;
      tapRowStep = rowStep;
      tapColStep = colStep;
    }
    const firstInside = Math.min(Math.max(Math.ceil(pad.left / sw), wx), xEnd);
    const endInside = Math.max(Math.min(Math.floor((inW - 1 - (kW - 1) * dw + pad.left) / sw) + 1, xEnd), firstInside);
    const { quantized, outputOffset, min, max } = stage;
    for (let b = wb; b < wb + nb; b++) {
      for (let oc = wc; oc < wc + nc; oc++) {
        const ic = multiplier === 1 ? oc : Math.floor(oc / multiplier);
        const f = oc * taps;
        const w0 = wByChannel[f], w1 = wByChannel[f + 1], w2 = wByChannel[f + 2];
        const w3 = wByChannel[f + 3], w4 = wByChannel[f + 4], w5 = wByChannel[f + 5];
        const w6 = wByChannel[f + 6], w7 = wByChannel[f + 7], w8 = wByChannel[f + 8];
        const interiorBase = bias[oc] + inputOffset * wSum[oc];
        const m = quantized ? stage.multipliers[oc] : 0;
        const shift = quantized ? stage.shifts[oc] : 0;
        for (let oy = wy; oy < wy + ny; oy++) {
          const iy0 = oy * sh - pad.top;
          const rowsInside = iy0 >= 0 && iy0 + (kH - 1) * dh < inH;
          const innerStart = rowsInside ? firstInside : xEnd;
          const innerEnd = rowsInside ? endInside : xEnd;
          const rowOut = b * outAt.sb + oy * outAt.sy + oc - outAt.origin;
          for (let ox = wx; ox < innerStart; ox++) {
            const acc = borderAcc(x, inAt, b, oy, ox, ic, oc);
            y[rowOut + ox * osx] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
          let p0 = b * sb + iy0 * sy + (innerStart * sw - pad.left) * sx + ic - origin;
          let o = rowOut + innerStart * osx;
          for (let ox = innerStart; ox < innerEnd; ox++, p0 += pixelStep, o += osx) {
            let acc;
            if (is3x3) {
              const p1 = p0 + rowStep;
              const p2 = p1 + rowStep;
              acc = interiorBase + x[p0] * w0 + x[p0 + colStep] * w1 + x[p0 + 2 * colStep] * w2 + x[p1] * w3 + x[p1 + colStep] * w4 + x[p1 + 2 * colStep] * w5 + x[p2] * w6 + x[p2 + colStep] * w7 + x[p2 + 2 * colStep] * w8;
            } else {
              acc = interiorBase;
              for (let t = 0; t < taps; t++) acc += x[p0 + tapOffsets[t]] * wByChannel[f + t];
            }
            y[o] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
          for (let ox = innerEnd; ox < xEnd; ox++) {
            const acc = borderAcc(x, inAt, b, oy, ox, ic, oc);
            y[rowOut + ox * osx] = quantized ? requant(acc, m, shift, outputOffset, min, max) : clampF(acc, min, max);
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/elementwise.ts
var ADD_LEFT_SHIFT = 20;
function prepareElementwise(op, graph) {
  if (op.kind !== "ADD" && op.kind !== "SUB" && op.kind !== "MUL") failOp(op, "not an elementwise binary op");
  const lhs = tensorOf(graph, op, op.inputs.lhs, "lhs");
  const rhs = tensorOf(graph, op, op.inputs.rhs, "rhs");
  const out = outputOf(graph, op);
  requireDtypes(op, out, ["int8", "uint8", "float32"], "output");
  for (const [t, what] of [[lhs, "lhs"], [rhs, "rhs"]]) {
    if (t.dtype !== out.dtype) failOp(op, `${what} is ${t.dtype} but the output is ${out.dtype}`);
    if (!broadcastsTo(t.shape, out.shape)) {
      failOp(op, `${what} shape [${t.shape.join(", ")}] does not broadcast to the output [${out.shape.join(", ")}]`);
    }
  }
  const row = isQuantizedType(out.dtype) ? quantizedRow(op, lhs, rhs, out) : floatRow2(op);
  const walker = new RowWalker(out.shape, [lhs.shape, rhs.shape]);
  return {
    op,
    windowed: true,
    run(inputs, output, window) {
      const a = inputs[0];
      const b = inputs[1];
      const rows = walker.start(window, output.box, [a.box, b.box]);
      const { offsets, innerSteps } = walker;
      for (let r = 0; r < rows; r++) {
        row(a.data, offsets[1], innerSteps[1], b.data, offsets[2], innerSteps[2], output.data, offsets[0], walker.rowLength);
        walker.next();
      }
    }
  };
}
function floatRow2(op) {
  const { min, max } = op.attrs.clamp;
  const combine = op.kind === "ADD" ? (x, y) => x + y : op.kind === "SUB" ? (x, y) => x - y : (x, y) => x * y;
  return (a, ia, sa, b, ib, sb, out, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      let v = Math.fround(combine(a[ia], b[ib]));
      v = v < min ? min : v;
      out[io + i] = max < v ? max : v;
    }
  };
}
function quantizedRow(op, lhs, rhs, out) {
  const q1 = perTensorQuant(op, lhs, "lhs");
  const q2 = perTensorQuant(op, rhs, "rhs");
  const qo = perTensorQuant(op, out, "output");
  const [lo, hi] = activationRangeQuantized(op.attrs.activation, qo.scale, qo.zeroPoint, out.dtype);
  const bias = out.dtype === "int8" ? 128 : 0;
  return op.kind === "MUL" ? mulRow(q1, q2, qo, lo, hi) : addRow(op.kind === "SUB", q1, q2, qo, lo, hi, out, bias);
}
function addRow(subtract, q1, q2, qo, lo, hi, out, bias) {
  const twiceMaxInputScale = 2 * Math.max(q1.scale, q2.scale);
  const output = quantizeMultiplier(twiceMaxInputScale / (2 ** ADD_LEFT_SHIFT * qo.scale));
  const table = (q) => {
    const m = quantizeMultiplier(q.scale / twiceMaxInputScale);
    const [min, max] = dtypeRange(out.dtype);
    const t = new Int32Array(256);
    for (let v = min; v <= max; v++) {
      t[v + bias] = multiplyByQuantizedMultiplier((v - q.zeroPoint) * 2 ** ADD_LEFT_SHIFT, m.multiplier, m.shift);
    }
    return t;
  };
  const t1 = table(q1);
  const t2 = table(q2);
  const sign = subtract ? -1 : 1;
  const { multiplier, shift } = output;
  const zp = qo.zeroPoint;
  return (a, ia, sa, b, ib, sb, o, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      const raw = t1[a[ia] + bias] + sign * t2[b[ib] + bias] | 0;
      const v = multiplyByQuantizedMultiplier(raw, multiplier, shift) + zp;
      o[io + i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}
function mulRow(q1, q2, qo, lo, hi) {
  const f325 = Math.fround;
  const { multiplier, shift } = quantizeMultiplier(f325(f325(q1.scale * q2.scale) / qo.scale));
  const z1 = q1.zeroPoint;
  const z2 = q2.zeroPoint;
  const zo = qo.zeroPoint;
  return (a, ia, sa, b, ib, sb, o, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      const v = multiplyByQuantizedMultiplierFast((a[ia] - z1) * (b[ib] - z2), multiplier, shift) + zo;
      o[io + i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}

// src/kernels/fully-connected.ts
var finish2 = finishOutput;
var prepareFullyConnected = (op, graph) => {
  if (op.kind !== "FULLY_CONNECTED") throw new Error(`prepareFullyConnected got ${op.kind}`);
  const fc = op;
  const input = graph.tensors[fc.inputs.input];
  const filterT = graph.tensors[fc.inputs.filter];
  const output = graph.tensors[fc.outputs[0]];
  if (filterT.shape.length !== 2) {
    throw new UserError(`op ${op.index} (FULLY_CONNECTED): filter must be [out_features, in_features], got [${filterT.shape.join(", ")}]`);
  }
  const [outF, inF] = filterT.shape;
  const batches = elementCount(input.shape) / inF;
  if (!Number.isInteger(batches) || elementCount(output.shape) !== batches * outF) {
    throw new UserError(`op ${op.index} (FULLY_CONNECTED): input [${input.shape.join(", ")}], filter [${filterT.shape.join(", ")}] and output [${output.shape.join(", ")}] do not match`);
  }
  const { filter: w, bias, stage, inputOffset } = prepareMac(
    graph,
    op,
    { input: fc.inputs.input, filter: fc.inputs.filter, bias: fc.inputs.bias, output: output.id },
    outF,
    fc.attrs.clamp,
    fc.attrs.activation
  );
  const slot = inputSlot(op, fc.inputs.input);
  const row = new Float64Array(inF);
  function run(inputs, out) {
    const x = inputs[slot].data;
    const y = out.data;
    for (let b = 0; b < batches; b++) {
      for (let i = 0; i < inF; i++) row[i] = x[b * inF + i] + inputOffset;
      for (let o = 0; o < outF; o++) {
        const f = o * inF;
        let acc = 0;
        for (let i = 0; i < inF; i++) acc += row[i] * w[f + i];
        y[b * outF + o] = finish2(stage, acc + bias[o], o);
      }
    }
  }
  return { op, windowed: false, run };
};

// src/kernels/movement.ts
function prepareReshape(op, graph) {
  if (op.kind !== "RESHAPE" && op.kind !== "SQUEEZE") failOp(op, "not a RESHAPE or SQUEEZE op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  if (input.dtype !== output.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  if (elementCount(input.shape) !== elementCount(output.shape)) {
    failOp(op, `cannot reshape [${input.shape.join(", ")}] to [${output.shape.join(", ")}]: element counts differ`);
  }
  return {
    op,
    windowed: false,
    run(inputs, out) {
      const src = inputs[0].data;
      if (src !== out.data) out.data.set(src);
    }
  };
}
function prepareTranspose(op, graph) {
  if (op.kind !== "TRANSPOSE") failOp(op, "not a TRANSPOSE op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  const { perm } = op.attrs;
  const rank = input.shape.length;
  if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
    failOp(op, `perm [${perm.join(", ")}] is not a permutation of the input's ${rank} axes`);
  }
  const permuted = perm.map((p) => input.shape[p]);
  if (permuted.some((d, i) => d !== output.shape[i])) {
    failOp(op, `output shape [${output.shape.join(", ")}] is not the input's permuted by [${perm.join(", ")}]`);
  }
  const inStrides = stridesOf(input.shape);
  const axes = permuted.map((size2, d) => ({ start: 0, count: size2, step: inStrides[perm[d]] }));
  return gatherOp(op, input, output, gatherTable(axes));
}
function prepareStridedSlice(op, graph) {
  if (op.kind !== "STRIDED_SLICE") failOp(op, "not a STRIDED_SLICE op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  const axes = sliceAxes(op, input.shape);
  const kept = axes.filter((a) => !a.shrink).map((a) => a.count);
  if (kept.length !== output.shape.length || kept.some((d, i) => d !== output.shape[i])) {
    failOp(op, `the slice has shape [${kept.join(", ")}] but the output is [${output.shape.join(", ")}]`);
  }
  return gatherOp(op, input, output, gatherTable(axes));
}
function gatherTable(axes) {
  const table = new Int32Array(axes.reduce((n, a) => n * a.count, 1));
  let base = axes.reduce((s, a) => s + a.start, 0);
  if (table.length === 0) return table;
  const counter = axes.map(() => 0);
  for (let i = 0; i < table.length; i++) {
    table[i] = base;
    for (let d = axes.length - 1; d >= 0; d--) {
      const axis = axes[d];
      if (++counter[d] < axis.count) {
        base += axis.step;
        break;
      }
      counter[d] = 0;
      base -= axis.step * (axis.count - 1);
    }
  }
  return table;
}
function gatherOp(op, input, output, table) {
  if (input.dtype !== output.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  return {
    op,
    windowed: false,
    run(inputs, out) {
      const src = inputs[0].data;
      const dst = out.data;
      for (let i = 0; i < table.length; i++) dst[i] = src[table[i]];
    }
  };
}
function sliceAxes(op, shape) {
  const a = op.attrs;
  const n = a.begin.length;
  if (a.end.length !== n || a.strides.length !== n) failOp(op, "begin, end and strides differ in length");
  const bit = (mask, i) => (mask >> i & 1) === 1;
  let added = 0;
  for (let i = 0; i < n; i++) if (!bit(a.ellipsisMask, i) && bit(a.newAxisMask, i)) added++;
  const dims2 = shape.length + added;
  const specs = [];
  let expanded = 0;
  for (let i = 0; i < dims2; ) {
    if (bit(a.ellipsisMask, i)) {
      const end = Math.max(i + 1, Math.min(i + 1 + added + shape.length - n, dims2));
      expanded = end - i - 1;
      for (; i < end; i++) specs.push({ kind: "ellipsis" });
      continue;
    }
    if (bit(a.newAxisMask, i - expanded)) specs.push({ kind: "new" });
    else if (i >= n + expanded) specs.push({ kind: "full" });
    else specs.push({ kind: "spec", index: i - Math.max(0, expanded) });
    i++;
  }
  const inStrides = stridesOf(shape);
  const axes = [];
  let inputAxis = 0;
  for (const spec of specs) {
    if (spec.kind === "new") {
      axes.push({ start: 0, count: 1, step: 0, shrink: false });
      continue;
    }
    const size2 = shape[inputAxis];
    const stride = inStrides[inputAxis];
    inputAxis++;
    if (spec.kind !== "spec") {
      axes.push({ start: 0, count: size2, step: stride, shrink: false });
      continue;
    }
    const k = spec.index;
    const step = a.strides[k];
    if (step === 0) failOp(op, `stride ${k} is 0`);
    const shrink = bit(a.shrinkAxisMask, k);
    let begin = a.begin[k];
    let end = a.offset ? a.begin[k] + a.end[k] : a.end[k];
    if (bit(a.beginMask, k)) begin = step > 0 ? -Infinity : Infinity;
    begin = clampIndex(begin, size2, step);
    if (shrink) end = begin + 1;
    else {
      if (bit(a.endMask, k)) end = step > 0 ? Infinity : -Infinity;
      end = clampIndex(end, size2, step);
    }
    const count = size2 === 0 ? 0 : Math.max(0, Math.ceil((end - begin) / step));
    axes.push({ start: begin * stride, count, step: step * stride, shrink });
  }
  return axes;
}
function clampIndex(index, size2, step) {
  const i = index < 0 ? index + size2 : index;
  return step > 0 ? Math.min(Math.max(i, 0), size2) : Math.min(Math.max(i, -1), size2 - 1);
}
function prepareConcat(op, graph) {
  if (op.kind !== "CONCATENATION") failOp(op, "not a CONCATENATION op");
  const output = outputOf(graph, op);
  const inputs = op.inputList.map((id, i) => tensorOf(graph, op, id, `input ${i}`));
  const { axis } = op.attrs;
  const rank = output.shape.length;
  if (op.attrs.activation !== "NONE") failOp(op, `fused activation ${op.attrs.activation} is not supported by TFLite's CONCATENATION`);
  if (axis < 0 || axis >= rank) failOp(op, `axis ${axis} is outside the output's ${rank} axes`);
  let total = 0;
  for (const [i, t] of inputs.entries()) {
    if (t.dtype !== output.dtype) failOp(op, `input ${i} is ${t.dtype} but the output is ${output.dtype}`);
    if (t.shape.length !== rank || t.shape.some((d, k) => k !== axis && d !== output.shape[k])) {
      failOp(op, `input ${i} shape [${t.shape.join(", ")}] does not fit output [${output.shape.join(", ")}] along axis ${axis}`);
    }
    total += t.shape[axis];
  }
  if (total !== output.shape[axis]) failOp(op, `inputs add up to ${total} along axis ${axis}, the output has ${output.shape[axis]}`);
  const parts = concatParts(op, inputs, output);
  return {
    op,
    windowed: axis === rank - 1,
    run(views, out, window) {
      const lo = window.start[axis];
      const hi = lo + window.size[axis];
      for (const [i, part] of parts.entries()) {
        const from = Math.max(lo, part.offset);
        const to = Math.min(hi, part.offset + part.length);
        if (from >= to) continue;
        const src = views[i];
        const start = window.start.map((s, d) => d === axis ? from - part.offset : s);
        const size2 = window.size.map((s, d) => d === axis ? to - from : s);
        const dstStart = window.start.map((s, d) => d === axis ? from : s);
        copyRegion(src, start, out, dstStart, size2, part.requantize);
      }
    }
  };
}
function concatParts(op, inputs, output) {
  const quantized = output.dtype === "int8" || output.dtype === "uint8";
  const qo = quantized ? perTensorQuant(op, output, "output") : null;
  let offset = 0;
  return inputs.map((t, i) => {
    const length = t.shape[op.attrs.axis];
    let requantize2 = null;
    if (qo !== null) {
      const qi = perTensorQuant(op, t, `input ${i}`);
      if (qi.scale !== qo.scale || qi.zeroPoint !== qo.zeroPoint) {
        if (output.dtype === "int8") {
          failOp(op, `input ${i} is quantized (scale ${qi.scale}, zero point ${qi.zeroPoint}) unlike the output (scale ${qo.scale}, zero point ${qo.zeroPoint}); TFLite's int8 CONCATENATION requires them equal`);
        }
        const f = Math.fround;
        const scale = f(qi.scale * f(1 / qo.scale));
        const bias = f(-qi.zeroPoint * scale);
        requantize2 = new Uint8Array(256);
        for (let v = 0; v < 256; v++) {
          const q = tfliteRound(f(f(v * scale) + bias)) + qo.zeroPoint;
          requantize2[v] = q < 0 ? 0 : q > 255 ? 255 : q;
        }
      }
    }
    const part = { offset, length, requantize: requantize2 };
    offset += length;
    return part;
  });
}
function copyRegion(src, srcStart, dst, dstStart, size2, map) {
  const rank = size2.length;
  if (size2.some((s) => s === 0)) return;
  const srcStrides = stridesOf(src.box.size);
  const dstStrides = stridesOf(dst.box.size);
  let si = 0;
  let di = 0;
  for (let d = 0; d < rank; d++) {
    si += (srcStart[d] - src.box.start[d]) * srcStrides[d];
    di += (dstStart[d] - dst.box.start[d]) * dstStrides[d];
  }
  const n = rank === 0 ? 1 : size2[rank - 1];
  const counter = size2.map(() => 0);
  for (; ; ) {
    if (map === null) dst.data.set(src.data.subarray(si, si + n), di);
    else for (let i = 0; i < n; i++) dst.data[di + i] = map[src.data[si + i]];
    let d = rank - 2;
    for (; d >= 0; d--) {
      if (++counter[d] < size2[d]) {
        si += srcStrides[d];
        di += dstStrides[d];
        break;
      }
      counter[d] = 0;
      si -= srcStrides[d] * (size2[d] - 1);
      di -= dstStrides[d] * (size2[d] - 1);
    }
    if (d < 0) return;
  }
}

// src/kernels/pad.ts
function stridesOf2(box) {
  const strides = new Array(box.size.length);
  let s = 1;
  for (let d = box.size.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= box.size[d];
  }
  return strides;
}
var preparePad = (op, graph) => {
  if (op.kind !== "PAD" && op.kind !== "PADV2") throw new Error(`preparePad got ${op.kind}`);
  const padOp = op;
  const input = graph.tensors[padOp.inputs.input];
  const output = graph.tensors[padOp.outputs[0]];
  const rank = input.shape.length;
  const before = padOp.attrs.paddings.map(([b]) => b);
  if (output.shape.length !== rank || before.length !== rank || input.dtype !== output.dtype) {
    throw new UserError(`op ${op.index} (${op.kind}): input [${input.shape.join(", ")}] ${input.dtype}, paddings for ${before.length} axes and output [${output.shape.join(", ")}] ${output.dtype} do not match`);
  }
  let padValue = output.quant !== null && output.dtype !== "float32" ? output.quant.zeroPoint[0] ?? 0 : 0;
  const constantId = op.kind === "PADV2" ? padOp.inputs.constantValues : NO_TENSOR;
  if (constantId !== NO_TENSOR) {
    const constant = graph.tensors[constantId];
    if (constant.data === null) throw new UserError(`op ${op.index} (PADV2): the pad value must be a constant`);
    padValue = decodeConstant(constant)[0];
  }
  const slot = inputSlot(op, padOp.inputs.input);
  const last = rank - 1;
  function run(inputs, out, window) {
    const view = inputs[slot];
    const x = view.data;
    const y = out.data;
    const inStrides = stridesOf2(view.box);
    const outStrides = stridesOf2(out.box);
    const pos = window.start.slice();
    const rows = window.size.slice(0, last).reduce((a, b) => a * b, 1);
    const x0 = window.start[last];
    const nx = window.size[last];
    const copyStart = Math.max(x0, before[last]);
    const copyEnd = Math.min(x0 + nx, before[last] + input.shape[last]);
    for (let r = 0; r < rows; r++) {
      let inside = true;
      let o = 0;
      let i = 0;
      for (let d = 0; d < last; d++) {
        const src = pos[d] - before[d];
        if (src < 0 || src >= input.shape[d]) inside = false;
        o += (pos[d] - out.box.start[d]) * outStrides[d];
        i += (src - view.box.start[d]) * inStrides[d];
      }
      o -= out.box.start[last];
      if (!inside || copyEnd <= copyStart) {
        y.fill(padValue, o + x0, o + x0 + nx);
      } else {
        y.fill(padValue, o + x0, o + copyStart);
        i -= before[last] + view.box.start[last];
        for (let c = copyStart; c < copyEnd; c++) y[o + c] = x[i + c];
        y.fill(padValue, o + copyEnd, o + x0 + nx);
      }
      for (let d = last - 1; d >= 0; d--) {
        if (++pos[d] < window.start[d] + window.size[d]) break;
        pos[d] = window.start[d];
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/pool.ts
var preparePool = (op, graph) => {
  if (op.kind !== "AVERAGE_POOL_2D" && op.kind !== "MAX_POOL_2D") throw new Error(`preparePool got ${op.kind}`);
  const pool = op;
  const input = nhwcTensor(graph, op, pool.inputs.input, "input");
  const output = nhwcTensor(graph, op, pool.outputs[0], "output");
  const [, inH, inW, inC] = input.shape;
  const fail2 = (message) => {
    throw new UserError(`op ${op.index} (${op.kind}): ${message}`);
  };
  if (output.shape[3] !== inC) fail2(`input has ${inC} channels, output ${output.shape[3]}`);
  if (input.dtype !== output.dtype) fail2(`input is ${input.dtype}, output ${output.dtype}`);
  const isAverage = op.kind === "AVERAGE_POOL_2D";
  const { stride: [sh, sw], pad, filter: [fH, fW] } = pool.attrs;
  let min;
  let max;
  if (input.dtype === "float32") {
    ({ min, max } = pool.attrs.clamp);
  } else if (input.dtype === "int8" || input.dtype === "uint8") {
    const q = output.quant;
    if (q === null) fail2("output has no quantization");
    [min, max] = activationRangeQuantized(pool.attrs.activation, q.scale[0], q.zeroPoint[0] ?? 0, output.dtype);
  } else {
    fail2(`${input.dtype} is not supported (int8, uint8, float32)`);
  }
  const integer2 = input.dtype !== "float32";
  const slot = inputSlot(op, pool.inputs.input);
  const acc = new Float64Array(inC);
  function run(inputs, out, window) {
    const view = inputs[slot];
    const x = view.data;
    const inAt = nhwcAddress(view.box);
    const outAt = nhwcAddress(out.box);
    const y = out.data;
    const [wb, wy, wx, wc] = window.start;
    const [nb, ny, nx, nc] = window.size;
    for (let b = wb; b < wb + nb; b++) {
      for (let oy = wy; oy < wy + ny; oy++) {
        const iy0 = oy * sh - pad.top;
        const fy0 = Math.max(0, -iy0);
        const fy1 = Math.min(fH, inH - iy0);
        for (let ox = wx; ox < wx + nx; ox++) {
          const ix0 = ox * sw - pad.left;
          const fx0 = Math.max(0, -ix0);
          const fx1 = Math.min(fW, inW - ix0);
          acc.fill(isAverage ? 0 : -Infinity, 0, nc);
          for (let fy = fy0; fy < fy1; fy++) {
            for (let fx = fx0; fx < fx1; fx++) {
              const p = b * inAt.sb + (iy0 + fy) * inAt.sy + (ix0 + fx) * inAt.sx + wc - inAt.origin;
              if (isAverage) {
                for (let j = 0; j < nc; j++) acc[j] += x[p + j];
              } else {
                for (let j = 0; j < nc; j++) if (x[p + j] > acc[j]) acc[j] = x[p + j];
              }
            }
          }
          const count = (fy1 - fy0) * (fx1 - fx0);
          const half = Math.floor(count / 2);
          const o = b * outAt.sb + oy * outAt.sy + ox * outAt.sx + wc - outAt.origin;
          for (let j = 0; j < nc; j++) {
            let v = acc[j];
            if (isAverage) v = integer2 ? Math.trunc(v > 0 ? (v + half) / count : (v - half) / count) : v / count;
            y[o + j] = v < min ? min : v > max ? max : v;
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/reduce.ts
var f323 = Math.fround;
function prepareMean(op, graph) {
  if (op.kind !== "MEAN") failOp(op, "not a MEAN op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  requireDtypes(op, input, ["int8", "float32"], "input");
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  const { axes, keepDims } = op.attrs;
  const rank = input.shape.length;
  if (axes.some((a) => a < 0 || a >= rank)) failOp(op, `axes [${axes.join(", ")}] do not fit a rank-${rank} input`);
  const kept = input.shape.map((d, i) => axes.includes(i) ? 1 : d);
  const expected = keepDims ? kept : kept.filter((_, i) => !axes.includes(i));
  if (rank > 0 && (expected.length !== output.shape.length || expected.some((d, i) => d !== output.shape[i]))) {
    failOp(op, `output shape [${output.shape.join(", ")}] should be [${expected.join(", ")}]`);
  }
  const count = input.shape.reduce((n, d, i) => axes.includes(i) ? n * d : n, 1);
  const sum = sumPlan(input.shape, kept);
  const sums = new Float64Array(kept.reduce((n, d) => n * d, 1));
  const finish3 = input.dtype === "float32" ? finishFloat(count) : finishInt8(op, graph, count, rank);
  return {
    op,
    windowed: false,
    run(inputs, out) {
      sum(inputs[0].data, sums, input.dtype === "float32");
      finish3(sums, out.data);
    }
  };
}
function sumPlan(shape, kept) {
  const outStrides = stridesOf(kept).map((s, d) => kept[d] === 1 ? 0 : s);
  const total = shape.reduce((n, d) => n * d, 1);
  const counter = shape.map(() => 0);
  return (x, sums, float) => {
    sums.fill(0);
    counter.fill(0);
    let o = 0;
    for (let i = 0; i < total; i++) {
      sums[o] = float ? f323(sums[o] + x[i]) : sums[o] + x[i];
      for (let d = shape.length - 1; d >= 0; d--) {
        if (++counter[d] < shape[d]) {
          o += outStrides[d];
          break;
        }
        counter[d] = 0;
        o -= outStrides[d] * (shape[d] - 1);
      }
    }
  };
}
function finishFloat(count) {
  return (sums, y) => {
    for (let i = 0; i < sums.length; i++) y[i] = f323(sums[i] / count);
  };
}
function finishInt8(op, graph, count, rank) {
  const qi = perTensorQuant(op, tensorOf(graph, op, op.inputs.input, "input"), "input");
  const qo = perTensorQuant(op, outputOf(graph, op), "output");
  const clamp = (v) => v < -128 ? -128 : v > 127 ? 127 : v;
  const { axes, keepDims } = op.attrs;
  if (rank === 4 && keepDims && axes.length === 2 && axes[0] === 1 && axes[1] === 2) {
    const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
    const half = Math.floor(count / 2);
    return (sums, y) => {
      for (let i = 0; i < sums.length; i++) {
        const acc = multiplyByQuantizedMultiplier(sums[i] - count * qi.zeroPoint | 0, multiplier, shift);
        const mean = acc > 0 ? Math.trunc((acc + half) / count) : Math.trunc((acc - half) / count);
        y[i] = clamp(mean + qo.zeroPoint);
      }
    };
  }
  if (qi.scale === qo.scale && qi.zeroPoint === qo.zeroPoint) {
    return (sums, y) => {
      for (let i = 0; i < sums.length; i++) y[i] = Math.trunc(sums[i] / count);
    };
  }
  const scale = f323(f323(qi.scale) / f323(qo.scale));
  const bias = f323(-qi.zeroPoint * scale);
  return (sums, y) => {
    for (let i = 0; i < sums.length; i++) {
      const mean = f323(f323(sums[i]) / count);
      y[i] = clamp(tfliteRound(f323(f323(mean * scale) + bias)) + qo.zeroPoint);
    }
  };
}

// src/kernels/softmax.ts
var f324 = Math.fround;
function prepareSoftmax(op, graph) {
  if (op.kind !== "SOFTMAX") failOp(op, "not a SOFTMAX op");
  const input = tensorOf(graph, op, op.inputs.input, "input");
  const output = outputOf(graph, op);
  requireDtypes(op, input, ["int8", "uint8", "float32"], "input");
  if (output.dtype !== input.dtype) failOp(op, `input is ${input.dtype} but the output is ${output.dtype}`);
  const depth = input.shape.length === 0 ? 1 : input.shape[input.shape.length - 1];
  const beta = f324(op.attrs.beta);
  let row;
  if (input.dtype === "float32") {
    row = (x, y, at) => floatRow3(x, y, at, depth, beta);
  } else {
    const qi = perTensorQuant(op, input, "input");
    const qo = perTensorQuant(op, output, "output");
    const scale = f324(-f324(qi.scale) * beta);
    const table = new Float32Array(256);
    for (let d = 0; d <= 255; d++) table[255 - d] = f324(Math.exp(f324(scale * d)));
    const [min, max] = dtypeRange(output.dtype);
    const outScale = f324(qo.scale);
    const zp = qo.zeroPoint;
    const quantize = output.dtype === "int8" ? (p) => tfliteRound(p) + zp : (p) => Math.trunc(f324(p + 0.5)) + zp;
    row = (x, y, at) => {
      let top = min;
      for (let j = 0; j < depth; j++) top = Math.max(top, x[at + j]);
      const base = 255 - top;
      let sum = 0;
      for (let j = 0; j < depth; j++) sum = f324(sum + table[base + x[at + j]]);
      const inverse = f324(1 / f324(sum * outScale));
      for (let j = 0; j < depth; j++) {
        const q = quantize(f324(table[base + x[at + j]] * inverse));
        y[at + j] = q < min ? min : q > max ? max : q;
      }
    };
  }
  const rows = depth === 0 ? 0 : input.shape.reduce((n, d) => n * d, 1) / depth;
  return {
    op,
    windowed: false,
    run(inputs, out) {
      const x = inputs[0].data;
      for (let r = 0; r < rows; r++) row(x, out.data, r * depth);
    }
  };
}
function floatRow3(x, y, at, depth, beta) {
  let top = -Infinity;
  for (let j = 0; j < depth; j++) top = Math.max(top, x[at + j]);
  let sum = 0;
  for (let j = 0; j < depth; j++) {
    const e = f324(Math.exp(f324(f324(x[at + j] - top) * beta)));
    y[at + j] = e;
    sum = f324(sum + e);
  }
  const inverse = f324(1 / sum);
  for (let j = 0; j < depth; j++) y[at + j] = f324(y[at + j] * inverse);
}

// src/kernels/registry.ts
var KERNELS = {
  CONV_2D: prepareConv,
  DEPTHWISE_CONV_2D: prepareDepthwise,
  FULLY_CONNECTED: prepareFullyConnected,
  ADD: prepareElementwise,
  SUB: prepareElementwise,
  MUL: prepareElementwise,
  AVERAGE_POOL_2D: preparePool,
  MAX_POOL_2D: preparePool,
  MEAN: prepareMean,
  PAD: preparePad,
  PADV2: preparePad,
  RESHAPE: prepareReshape,
  SQUEEZE: prepareReshape,
  TRANSPOSE: prepareTranspose,
  STRIDED_SLICE: prepareStridedSlice,
  CONCATENATION: prepareConcat,
  SOFTMAX: prepareSoftmax,
  LOGISTIC: prepareActivation,
  TANH: prepareActivation,
  RELU: prepareActivation,
  RELU6: prepareActivation,
  HARD_SWISH: prepareActivation,
  QUANTIZE: prepareQuantize,
  DEQUANTIZE: prepareDequantize,
  RESIZE_NEAREST_NEIGHBOR: prepareResize,
  RESIZE_BILINEAR: prepareResize
};
var COMPUTABLE_OPS = SUPPORTED_OPS.filter((k) => KERNELS[k] !== void 0);
function kernelFor(op) {
  if (op.kind === "UNSUPPORTED") {
    throw new UserError(`op ${op.index} (${opName(op)}) is not supported; supported: ${SUPPORTED_OPS.join(", ")}`);
  }
  const prepare = KERNELS[op.kind];
  if (prepare === void 0) {
    throw new UserError(`op ${op.index} (${op.kind}) has no kernel yet; computable: ${COMPUTABLE_OPS.join(", ")}`);
  }
  return prepare;
}

// src/kernels/executor.ts
var heapAllocator = (tensor) => allocateTensorData(tensor.dtype, elementCount(tensor.shape));
function prepareGraph(graph) {
  const constants = /* @__PURE__ */ new Map();
  const ops = graph.ops.map((op) => {
    const prepared = kernelFor(op)(op, graph);
    for (const id of op.inputList) {
      const t = graph.tensors[id];
      if (t !== void 0 && t.data !== null && !constants.has(id)) {
        constants.set(id, { data: decodeConstant(t), box: wholeBox(t.shape) });
      }
    }
    return prepared;
  });
  return { graph, ops, constants };
}
var TYPED_ARRAY_OF = {
  int8: Int8Array,
  uint8: Uint8Array,
  bool: Uint8Array,
  int16: Int16Array,
  int32: Int32Array,
  float32: Float32Array
};
function checkInput(t, data, position) {
  const expected = TYPED_ARRAY_OF[t.dtype];
  if (expected === void 0 || !(data instanceof expected) || data.length !== elementCount(t.shape)) {
    throw new UserError(`input ${position} (${t.name}) must be ${elementCount(t.shape)} ${t.dtype} values of shape [${t.shape.join(", ")}], got ${data.length} in a ${data.constructor.name}`);
  }
}
function runGraph(prepared, inputs, allocate = heapAllocator) {
  const { graph } = prepared;
  if (inputs.length !== graph.inputs.length) {
    throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
  }
  const buffers = new Map(prepared.constants);
  graph.inputs.forEach((id, i) => {
    const t = graph.tensors[id];
    checkInput(t, inputs[i], i);
    buffers.set(id, { data: inputs[i], box: wholeBox(t.shape) });
  });
  for (const step of prepared.ops) {
    const { op } = step;
    const views = op.inputList.map((id) => {
      if (id === NO_TENSOR) return null;
      const view = buffers.get(id);
      if (view === void 0) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before any op writes it`);
      return view;
    });
    const outputTensor = graph.tensors[op.outputs[0]];
    const output = { data: allocate(outputTensor), box: wholeBox(outputTensor.shape) };
    step.run(views, output, output.box);
    buffers.set(outputTensor.id, output);
  }
  return graph.outputs.map((id) => {
    const view = buffers.get(id);
    if (view === void 0) throw new UserError(`graph output tensor ${id} is never written`);
    return view.data;
  });
}

// src/eval/dataset.ts
import { readFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";

// src/model/raw-tensor.ts
var CONSTRUCTORS = {
  int8: Int8Array,
  uint8: Uint8Array,
  bool: Uint8Array,
  int16: Int16Array,
  int32: Int32Array,
  float32: Float32Array
};
function decodeRawTensor(bytes2, dtype) {
  const ctor = CONSTRUCTORS[dtype];
  if (ctor === void 0) return null;
  return new ctor(bytes2.slice().buffer);
}
function encodeRawTensor(data) {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
function dtypesMatchingSize(byteLength, elements) {
  return Object.keys(CONSTRUCTORS).filter((d) => d !== "bool" && byteLength === elements * DTYPE_BYTES[d]);
}

// src/eval/images.ts
import { inflateSync } from "node:zlib";

// src/eval/jpeg.ts
var ZIGZAG = Int32Array.from([
  0,
  1,
  8,
  16,
  9,
  2,
  3,
  10,
  17,
  24,
  32,
  25,
  18,
  11,
  4,
  5,
  12,
  19,
  26,
  33,
  40,
  48,
  41,
  34,
  27,
  20,
  13,
  6,
  7,
  14,
  21,
  28,
  35,
  42,
  49,
  56,
  57,
  50,
  43,
  36,
  29,
  22,
  15,
  23,
  30,
  37,
  44,
  51,
  58,
  59,
  52,
  45,
  38,
  31,
  39,
  46,
  53,
  60,
  61,
  54,
  47,
  55,
  62,
  63
]);
var COS = Float64Array.from({ length: 64 }, (_, i) => {
  const x = i >> 3, u = i & 7;
  return (u === 0 ? Math.SQRT1_2 : 1) * Math.cos((2 * x + 1) * u * Math.PI / 16) / 2;
});
function decodeJpeg(bytes2, file) {
  const fail2 = (m) => new UserError(`JPEG: ${m}`, file);
  const qt = [];
  const dcTables = [], acTables = [];
  let comps = [];
  let width = 0, height = 0, hmax = 1, vmax = 1, restart = 0;
  let p = 2;
  const u16 = (at) => bytes2[at] << 8 | bytes2[at + 1];
  while (p < bytes2.length) {
    if (bytes2[p] !== 255) throw fail2(`expected a marker at byte ${p}`);
    const marker = bytes2[p + 1];
    p += 2;
    if (marker === 255) {
      p--;
      continue;
    }
    if (marker === 217) break;
    const len = u16(p), seg = p + 2, end = p + len;
    if (marker === 192 || marker === 193) {
      if (bytes2[seg] !== 8) throw fail2(`${bytes2[seg]}-bit samples are not supported (8-bit baseline only)`);
      height = u16(seg + 1);
      width = u16(seg + 3);
      const n = bytes2[seg + 5];
      if (n !== 1 && n !== 3) throw fail2(`${n} components are not supported (1 gray or 3 YCbCr)`);
      comps = Array.from({ length: n }, (_, i) => {
        const b = seg + 6 + 3 * i;
        return { id: bytes2[b], h: bytes2[b + 1] >> 4, v: bytes2[b + 1] & 15, tq: bytes2[b + 2], dc: 0, ac: 0, pred: 0, blocksPerLine: 0, blocksPerColumn: 0, coefs: new Float64Array(0) };
      });
      hmax = Math.max(...comps.map((c) => c.h));
      vmax = Math.max(...comps.map((c) => c.v));
      const mcusX = Math.ceil(width / (8 * hmax)), mcusY = Math.ceil(height / (8 * vmax));
      for (const c of comps) {
        c.blocksPerLine = mcusX * c.h;
        c.blocksPerColumn = mcusY * c.v;
        c.coefs = new Float64Array(c.blocksPerLine * c.blocksPerColumn * 64);
      }
    } else if (marker >= 194 && marker <= 207 && marker !== 196 && marker !== 200 && marker !== 204) {
      throw fail2(marker === 194 ? "progressive JPEG is not supported (save as baseline)" : `SOF${marker - 192} (lossless or arithmetic coding) is not supported`);
    } else if (marker === 196) {
      for (let q = seg; q < end; ) {
        const tc = bytes2[q] >> 4, th = bytes2[q] & 15;
        const counts = bytes2.subarray(q + 1, q + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        (tc === 0 ? dcTables : acTables)[th] = huffman(counts, bytes2.subarray(q + 17, q + 17 + total));
        q += 17 + total;
      }
    } else if (marker === 219) {
      for (let q = seg; q < end; ) {
        const wide = bytes2[q] >> 4, id = bytes2[q] & 15;
        qt[id] = Int32Array.from({ length: 64 }, (_, k) => wide ? u16(q + 1 + 2 * k) : bytes2[q + 1 + k]);
        q += 1 + 64 * (wide ? 2 : 1);
      }
    } else if (marker === 221) {
      restart = u16(seg);
    } else if (marker === 218) {
      if (comps.length === 0) throw fail2("scan before frame header");
      const ns = bytes2[seg];
      const scan = Array.from({ length: ns }, (_, i) => {
        const c = comps.find((k) => k.id === bytes2[seg + 1 + 2 * i]);
        if (c === void 0) throw fail2("scan names an unknown component");
        c.dc = bytes2[seg + 2 + 2 * i] >> 4;
        c.ac = bytes2[seg + 2 + 2 * i] & 15;
        return c;
      });
      p = decodeScan(bytes2, end, scan, comps.length, width, height, hmax, vmax, restart, qt, dcTables, acTables, fail2);
      continue;
    }
    p = end;
  }
  if (comps.length === 0) throw fail2("no frame header (SOF0)");
  return toImage(comps, width, height, hmax, vmax);
}
function huffman(counts, values) {
  const maxCode = new Int32Array(18).fill(-1), valPtr = new Int32Array(17), minCode = new Int32Array(17);
  let code2 = 0, k = 0;
  for (let l = 1; l <= 16; l++) {
    valPtr[l] = k;
    minCode[l] = code2;
    code2 += counts[l - 1];
    k += counts[l - 1];
    if (counts[l - 1] > 0) maxCode[l] = code2 - 1;
    code2 <<= 1;
  }
  return { maxCode, valPtr, minCode, values: values.slice() };
}
function decodeScan(bytes2, start, scan, totalComps, width, height, hmax, vmax, restart, qt, dcTables, acTables, fail2) {
  let p = start, bitBuf = 0, bitCount = 0;
  const bit = () => {
    if (bitCount === 0) {
      if (p >= bytes2.length) throw fail2("entropy-coded data is truncated");
      bitBuf = bytes2[p++];
      if (bitBuf === 255) {
        const next = bytes2[p];
        if (next === 0) p++;
        else throw fail2(`unexpected marker 0xff${next.toString(16)} inside entropy-coded data`);
      }
      bitCount = 8;
    }
    bitCount--;
    return bitBuf >> bitCount & 1;
  };
  const receive = (n) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = v << 1 | bit();
    return v;
  };
  const extend = (v, n) => v < 1 << n - 1 ? v - (1 << n) + 1 : v;
  const decode = (t) => {
    if (t === void 0) throw fail2("scan uses a Huffman table that was never defined");
    let code2 = 0;
    for (let l = 1; l <= 16; l++) {
      code2 = code2 << 1 | bit();
      if (code2 <= t.maxCode[l]) return t.values[t.valPtr[l] + code2 - t.minCode[l]];
    }
    throw fail2("invalid Huffman code");
  };
  const block = (c, row, col) => {
    const q = qt[c.tq];
    if (q === void 0) throw fail2(`quantization table ${c.tq} was never defined`);
    const out = c.coefs, base = (row * c.blocksPerLine + col) * 64;
    const t = decode(dcTables[c.dc]);
    c.pred += t === 0 ? 0 : extend(receive(t), t);
    out[base] = c.pred * q[0];
    for (let k = 1; k < 64; ) {
      const rs = decode(acTables[c.ac]), r = rs >> 4, s = rs & 15;
      if (s === 0) {
        if (r !== 15) break;
        k += 16;
        continue;
      }
      k += r;
      if (k > 63) throw fail2("AC coefficient index out of range");
      out[base + ZIGZAG[k]] = extend(receive(s), s) * q[k];
      k++;
    }
  };
  const single = scan.length === 1;
  const c0 = scan[0];
  const unitsX = single ? Math.ceil(Math.ceil(width * c0.h / hmax) / 8) : Math.ceil(width / (8 * hmax));
  const unitsY = single ? Math.ceil(Math.ceil(height * c0.v / vmax) / 8) : Math.ceil(height / (8 * vmax));
  if (!single && scan.length !== totalComps) throw fail2("scans that interleave only some components are not supported");
  const total = unitsX * unitsY;
  for (let n = 0; n < total; n++) {
    if (restart > 0 && n > 0 && n % restart === 0) {
      bitCount = 0;
      if (bytes2[p] !== 255 || (bytes2[p + 1] & 248) !== 208) throw fail2("missing restart marker");
      p += 2;
      for (const c of scan) c.pred = 0;
    }
    const uy = Math.floor(n / unitsX), ux = n % unitsX;
    if (single) block(c0, uy, ux);
    else for (const c of scan) for (let v = 0; v < c.v; v++) for (let h = 0; h < c.h; h++) block(c, uy * c.v + v, ux * c.h + h);
  }
  while (p < bytes2.length && !(bytes2[p] === 255 && bytes2[p + 1] !== 0 && !(bytes2[p + 1] >= 208 && bytes2[p + 1] <= 215))) p++;
  return p;
}
function toImage(comps, width, height, hmax, vmax) {
  const tmp = new Float64Array(64);
  const planes = comps.map((c) => {
    const w = c.blocksPerLine * 8, plane = new Float64Array(w * c.blocksPerColumn * 8);
    for (let b = 0; b < c.blocksPerLine * c.blocksPerColumn; b++) {
      const f = c.coefs.subarray(b * 64, b * 64 + 64);
      for (let y = 0; y < 8; y++) for (let u = 0; u < 8; u++) {
        let s = 0;
        for (let v = 0; v < 8; v++) s += COS[y * 8 + v] * f[v * 8 + u];
        tmp[y * 8 + u] = s;
      }
      const by = Math.floor(b / c.blocksPerLine) * 8, bx = b % c.blocksPerLine * 8;
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) {
        let s = 0;
        for (let u = 0; u < 8; u++) s += COS[x * 8 + u] * tmp[y * 8 + u];
        plane[(by + y) * w + bx + x] = s + 128;
      }
    }
    return { plane, w, sx: c.h / hmax, sy: c.v / vmax };
  });
  const channels = comps.length;
  const pixels = new Uint8Array(width * height * channels);
  const at = (k, x, y) => {
    const pl = planes[k];
    return pl.plane[Math.floor(y * pl.sy) * pl.w + Math.floor(x * pl.sx)];
  };
  const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * channels;
      const Y = at(0, x, y);
      if (channels === 1) {
        pixels[o] = clamp(Y);
        continue;
      }
      const cb = at(1, x, y) - 128, cr = at(2, x, y) - 128;
      pixels[o] = clamp(Y + 1.402 * cr);
      pixels[o + 1] = clamp(Y - 0.344136 * cb - 0.714136 * cr);
      pixels[o + 2] = clamp(Y + 1.772 * cb);
    }
  }
  return { width, height, channels, pixels };
}

// src/eval/images.ts
function decodeImage(bytes2, file) {
  if (bytes2[0] === 137 && bytes2[1] === 80 && bytes2[2] === 78 && bytes2[3] === 71) return decodePng(bytes2, file);
  if (bytes2[0] === 66 && bytes2[1] === 77) return decodeBmp(bytes2, file);
  if (bytes2[0] === 255 && bytes2[1] === 216) return decodeJpeg(bytes2, file);
  throw new UserError("not a PNG, BMP or JPEG image (unrecognized signature)", file);
}
var PNG_CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
function decodePng(bytes2, file) {
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  let width = 0, height = 0, depth = 0, colorType = 0;
  let palette = null;
  const idat = [];
  for (let p = 8; p + 8 <= bytes2.length; ) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...bytes2.subarray(p + 4, p + 8));
    const data = bytes2.subarray(p + 8, p + 8 + length);
    if (data.length !== length) throw new UserError(`PNG chunk ${type} is truncated`, file);
    if (type === "IHDR") {
      width = view.getUint32(p + 8);
      height = view.getUint32(p + 12);
      depth = data[8];
      colorType = data[9];
      if (data[12] !== 0) throw new UserError("interlaced (Adam7) PNG is not supported; save it non-interlaced", file);
      if (PNG_CHANNELS[colorType] === void 0) throw new UserError(`PNG color type ${colorType} is invalid`, file);
    } else if (type === "PLTE") {
      palette = data;
    } else if (type === "IDAT") {
      idat.push(data);
    } else if (type === "IEND") {
      break;
    }
    p += 12 + length;
  }
  if (width === 0 || height === 0) throw new UserError("PNG has no IHDR chunk", file);
  let raw;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch (e) {
    throw new UserError(`PNG image data does not inflate: ${e.message}`, file);
  }
  const samples = PNG_CHANNELS[colorType];
  const bitsPerPixel = samples * depth;
  const stride = Math.ceil(width * bitsPerPixel / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  if (raw.length < height * (stride + 1)) throw new UserError(`PNG image data holds ${raw.length} bytes, ${height} rows need ${height * (stride + 1)}`, file);
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), rows, y * stride, stride, bpp, y > 0, file);
  const outChannels = colorType === 3 ? 3 : samples;
  const pixels = new Uint8Array(width * height * outChannels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let s = 0; s < samples; s++) {
        const v = sample(rows, y * stride, x * samples + s, depth);
        if (colorType === 3) {
          if (palette === null || 3 * v + 2 >= palette.length) throw new UserError(`PNG palette index ${v} has no PLTE entry`, file);
          pixels.set(palette.subarray(3 * v, 3 * v + 3), (y * width + x) * 3);
        } else {
          pixels[(y * width + x) * samples + s] = depth >= 8 ? v : v * 255 / ((1 << depth) - 1);
        }
      }
    }
  }
  return { width, height, channels: outChannels, pixels };
}
function sample(rows, rowStart, i, depth) {
  if (depth === 8) return rows[rowStart + i];
  if (depth === 16) return rows[rowStart + 2 * i];
  const bit = i * depth;
  return rows[rowStart + (bit >> 3)] >> 8 - depth - (bit & 7) & (1 << depth) - 1;
}
function unfilterRow(raw, at, out, o, stride, bpp, hasPrev, file) {
  const filter = raw[at];
  const prev = o - stride;
  for (let i = 0; i < stride; i++) {
    const x = raw[at + 1 + i];
    const a = i >= bpp ? out[o + i - bpp] : 0;
    const b = hasPrev ? out[prev + i] : 0;
    const c = hasPrev && i >= bpp ? out[prev + i - bpp] : 0;
    let v;
    switch (filter) {
      case 0:
        v = x;
        break;
      case 1:
        v = x + a;
        break;
      case 2:
        v = x + b;
        break;
      case 3:
        v = x + (a + b >> 1);
        break;
      case 4: {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
        break;
      }
      default:
        throw new UserError(`PNG row filter ${filter} is invalid`, file);
    }
    out[o + i] = v & 255;
  }
}
function decodeBmp(bytes2, file) {
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  if (bytes2.length < 54) throw new UserError("BMP is truncated", file);
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new UserError("OS/2 BMP headers are not supported (BITMAPINFOHEADER or later)", file);
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  if (compression !== 0 && !((compression === 3 || compression === 6) && bits === 32 && standardMasks(view))) {
    throw new UserError(`BMP compression ${compression} is not supported (uncompressed only)`, file);
  }
  if (bits !== 8 && bits !== 24 && bits !== 32) throw new UserError(`${bits}-bit BMP is not supported (8, 24 or 32)`, file);
  const height = Math.abs(signedHeight);
  const stride = Math.ceil(width * bits / 32) * 4;
  if (dataOffset + stride * height > bytes2.length) throw new UserError(`BMP pixel data is truncated (${bytes2.length - dataOffset} bytes, ${stride * height} needed)`, file);
  let palette = null, gray = false;
  if (bits === 8) {
    const colors = view.getUint32(46, true) || 256;
    palette = bytes2.subarray(14 + headerSize, 14 + headerSize + 4 * colors);
    gray = true;
    for (let i = 0; i + 3 < palette.length; i += 4) if (palette[i] !== palette[i + 1] || palette[i] !== palette[i + 2]) gray = false;
  }
  const channels = gray ? 1 : 3;
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const row = dataOffset + (signedHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * channels;
      if (palette !== null) {
        const e = 4 * bytes2[row + x];
        if (gray) pixels[o] = palette[e];
        else {
          pixels[o] = palette[e + 2];
          pixels[o + 1] = palette[e + 1];
          pixels[o + 2] = palette[e];
        }
      } else {
        const s = row + x * (bits >> 3);
        pixels[o] = bytes2[s + 2];
        pixels[o + 1] = bytes2[s + 1];
        pixels[o + 2] = bytes2[s];
      }
    }
  }
  return { width, height, channels, pixels };
}
function standardMasks(view) {
  const at = 54;
  return view.getUint32(at, true) === 16711680 && view.getUint32(at + 4, true) === 65280 && view.getUint32(at + 8, true) === 255;
}

// src/eval/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
var DESCR = {
  "|i1": "int8",
  "|u1": "uint8",
  "i1": "int8",
  "u1": "uint8",
  "<i2": "int16",
  "<i4": "int32",
  "<f4": "float32",
  "<f8": "float64"
};
var CTOR = { int8: Int8Array, uint8: Uint8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array, float64: Float64Array };
function readNpy(bytes2, file) {
  if (bytes2.length < 10 || MAGIC.some((b, i) => bytes2[i] !== b)) throw new UserError("not a .npy file (no \\x93NUMPY magic)", file);
  const major = bytes2[6];
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes2.subarray(start, start + headerLen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText === void 0) throw new UserError(`unreadable .npy header: ${header.trim()}`, file);
  const dtype = DESCR[descr];
  if (dtype === void 0) throw new UserError(`.npy dtype ${descr} is not supported (int8, uint8, little-endian int16, int32, float32, float64)`, file);
  if (fortran === "True") throw new UserError(".npy arrays in Fortran order are not supported (save with C order)", file);
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  const Ctor = CTOR[dtype];
  const count = shape.reduce((a, b) => a * b, 1);
  const dataStart = start + headerLen;
  if (bytes2.length - dataStart < count * Ctor.BYTES_PER_ELEMENT) {
    throw new UserError(`.npy data holds ${bytes2.length - dataStart} bytes, shape (${shape.join(", ")}) of ${dtype} needs ${count * Ctor.BYTES_PER_ELEMENT}`, file);
  }
  const data = new Ctor(bytes2.slice(dataStart, dataStart + count * Ctor.BYTES_PER_ELEMENT).buffer);
  return { dtype, shape, data };
}

// src/eval/preprocess.ts
function resizeBilinear(src, h, w, c, outH, outW) {
  const out = new Float32Array(outH * outW * c);
  const sy = h / outH, sx = w / outW;
  for (let y = 0; y < outH; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(Math.floor(fy), h - 1), y1 = Math.min(y0 + 1, h - 1), dy = fy - y0;
    for (let x = 0; x < outW; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(Math.floor(fx), w - 1), x1 = Math.min(x0 + 1, w - 1), dx = fx - x0;
      const a = (y0 * w + x0) * c, b = (y0 * w + x1) * c, d = (y1 * w + x0) * c, e = (y1 * w + x1) * c;
      const o = (y * outW + x) * c;
      for (let k = 0; k < c; k++) {
        const top = src[a + k] + (src[b + k] - src[a + k]) * dx;
        const bottom = src[d + k] + (src[e + k] - src[d + k]) * dx;
        out[o + k] = top + (bottom - top) * dy;
      }
    }
  }
  return out;
}
function toChannels(image, order) {
  const n = image.width * image.height, c = image.channels, p = image.pixels;
  const outC = order === "gray" ? 1 : 3;
  const out = new Float32Array(n * outC);
  for (let i = 0; i < n; i++) {
    const s = i * c;
    if (c < 3) {
      for (let k = 0; k < outC; k++) out[i * outC + k] = p[s];
    } else if (order === "gray") {
      out[i] = 0.299 * p[s] + 0.587 * p[s + 1] + 0.114 * p[s + 2];
    } else {
      const [r, g, b] = [p[s], p[s + 1], p[s + 2]];
      out[i * 3] = order === "rgb" ? r : b;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = order === "rgb" ? b : r;
    }
  }
  return out;
}
function normalize2(values, channels, scale, mean, std) {
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    values[i] = (values[i] * scale - (mean[c] ?? 0)) / (std[c] ?? 1);
  }
  return values;
}
function quantizeInput(real, input) {
  if (input.dtype === "float32") return real;
  const out = allocateTensorData(input.dtype, real.length);
  const scale = input.quant?.scale[0] ?? 1, zeroPoint = input.quant?.zeroPoint[0] ?? 0;
  const [lo, hi] = input.dtype === "int8" ? [-128, 127] : input.dtype === "uint8" ? [0, 255] : [-32768, 32767];
  for (let i = 0; i < real.length; i++) out[i] = Math.min(hi, Math.max(lo, tfliteRound(Math.fround(real[i] / scale)) + zeroPoint));
  return out;
}
function imageToReal(image, t) {
  const channels = t.channels === "gray" ? 1 : 3;
  let values = toChannels(image, t.channels);
  let [height, width] = [image.height, image.width];
  if (t.resize !== void 0 && (t.resize[0] !== height || t.resize[1] !== width)) {
    values = resizeBilinear(values, height, width, channels, t.resize[0], t.resize[1]);
    [height, width] = t.resize;
  }
  return { values: normalize2(values, channels, t.scale, t.mean, t.std), height, width, channels };
}

// schema/dataset.schema.json
var dataset_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/tinygate/tinygate/schema/dataset.schema.json",
  title: "tinygate evaluation dataset (dataset.json)",
  type: "object",
  additionalProperties: false,
  required: ["samples"],
  properties: {
    name: { type: "string", description: "Shown in reports; default: the folder name." },
    description: { type: "string" },
    classes: {
      type: "array",
      items: { type: "string" },
      minItems: 1,
      description: "Class names by label; labels must be below its length."
    },
    preprocessing: {
      type: "object",
      additionalProperties: false,
      description: "How images (.png, .bmp, .jpg, and uint8 .npy arrays of shape [H, W] or [H, W, C]) become the model input. Raw tensors (.bin, other .npy) skip it.",
      properties: {
        mode: {
          enum: ["normalize", "raw"],
          description: "normalize: real = (pixel\xB7scale \u2212 mean[c]) / std[c], then quantized with the input's scale and zero point. raw: the pixel bytes are copied into the input unchanged (an int8 input reads each byte as a signed value)."
        },
        resize: {
          type: "array",
          items: { type: "integer", minimum: 1 },
          minItems: 2,
          maxItems: 2,
          description: "[height, width], bilinear with half-pixel centers (normalize mode only)."
        },
        channels: { enum: ["gray", "rgb", "bgr"], description: "Channel order the model expects; default gray for 1-channel inputs, rgb for 3." },
        scale: { type: "number", description: "Multiplies each pixel first; default 1/255." },
        mean: { type: "array", items: { type: "number" }, minItems: 1, maxItems: 3 },
        std: { type: "array", items: { type: "number", exclusiveMinimum: 0 }, minItems: 1, maxItems: 3 }
      }
    },
    samples: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["file", "label"],
        properties: {
          file: { type: "string", minLength: 1, description: "Path relative to the dataset folder." },
          index: { type: "integer", minimum: 0, description: "Row of a packed .npy file whose first axis is the sample." },
          label: { type: "integer", minimum: 0 }
        }
      }
    }
  }
};

// src/eval/dataset.ts
var validator3 = compileSchema(dataset_schema_default);
var DATASET_FILE = "dataset.json";
function loadDataset(dir) {
  const path = join(dir, DATASET_FILE);
  let json;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const code2 = e.code;
    throw new UserError(code2 === "ENOENT" ? `no ${DATASET_FILE} in this folder (see docs/accuracy.md for the format)` : `cannot read: ${e.message}`, code2 === "ENOENT" ? dir : path);
  }
  if (!validator3.validate(json)) throw new UserError(`not a valid dataset: ${validator3.errors().slice(0, 5).join("; ")}`, path);
  const classes = json.classes ?? null;
  json.samples.forEach((s, i) => {
    if (classes !== null && s.label >= classes.length) {
      throw new UserError(`sample ${i} (${s.file}): label ${s.label} is out of range; \`classes\` has ${classes.length} names (labels 0..${classes.length - 1})`, path);
    }
  });
  const p = json.preprocessing ?? {};
  if (p.mode === "raw" && (p.resize !== void 0 || p.scale !== void 0 || p.mean !== void 0 || p.std !== void 0)) {
    throw new UserError("preprocessing mode `raw` copies pixel bytes unchanged; remove resize/scale/mean/std or use mode `normalize`", path);
  }
  return { dir: resolve(dir), name: json.name ?? basename(resolve(dir)), classes, preprocessing: p, samples: json.samples };
}
var SampleReader = class {
  constructor(dataset, input) {
    this.dataset = dataset;
    this.input = input;
  }
  dataset;
  input;
  cached = null;
  /** The input tensor for sample `i`; checks its label against the model's `classes` outputs. */
  read(i, classes) {
    const s = this.dataset.samples[i];
    const where = `${join(this.dataset.dir, DATASET_FILE)}: sample ${i} (${s.file}${s.index === void 0 ? "" : `[${s.index}]`})`;
    if (s.label >= classes) throw new UserError(`${where}: label ${s.label} is out of range; the model has ${classes} classes (labels 0..${classes - 1})`);
    const path = join(this.dataset.dir, s.file);
    const ext = extname(s.file).toLowerCase();
    try {
      if (ext === ".bin") return this.fromBin(readFile(path));
      if (ext === ".npy") return this.fromNpy(path, s.index);
      if (ext === ".png" || ext === ".bmp" || ext === ".jpg" || ext === ".jpeg") return this.fromImage(decodeImage(readFile(path), path));
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`${where}: ${e.message.replace(`${path}: `, "")}`);
      throw e;
    }
    throw new UserError(`${where}: unknown file type \`${ext}\` (.bin, .npy, .png, .bmp, .jpg)`);
  }
  describeInput() {
    return `${this.input.dtype} [${this.input.shape.join(", ")}]`;
  }
  fromBin(bytes2) {
    const n = elementCount(this.input.shape);
    if (bytes2.length === tensorBytes(this.input)) return decodeRawTensor(bytes2, this.input.dtype);
    if (bytes2.length === 4 * n && this.input.dtype !== "float32") return quantizeInput(new Float32Array(bytes2.slice().buffer), this.input);
    const floatHint = this.input.dtype === "float32" ? "" : ` as ${this.input.dtype}, or ${4 * n} bytes of float32 to quantize`;
    throw new UserError(`wrong size: ${bytes2.length} bytes, the model input (${this.describeInput()}) needs ${tensorBytes(this.input)}${floatHint}`);
  }
  fromNpy(path, index) {
    if (this.cached?.file !== path) this.cached = { file: path, array: readNpy(readFile(path), path) };
    const a = this.cached.array;
    let shape = a.shape, data = a.data;
    if (index !== void 0) {
      if (shape.length < 2 || index >= shape[0]) throw new UserError(`index ${index} is out of range for an array of shape (${shape.join(", ")})`);
      const row = elementCount(shape.slice(1));
      shape = shape.slice(1);
      data = data.subarray(index * row, (index + 1) * row);
    }
    const n = elementCount(this.input.shape);
    if (a.dtype === "float32" || a.dtype === "float64") {
      if (data.length !== n) throw new UserError(`wrong size: ${data.length} values of shape (${shape.join(", ")}), the model input (${this.describeInput()}) has ${n}`);
      return quantizeInput(Float32Array.from(data), this.input);
    }
    if (a.dtype === this.input.dtype && data.length === n && !(a.dtype === "uint8" && shape.length <= 3 && this.preprocesses())) {
      return decodeRawTensor(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), this.input.dtype);
    }
    if (a.dtype === "uint8" && (shape.length === 2 || shape.length === 3)) {
      return this.fromImage({ height: shape[0], width: shape[1], channels: shape[2] ?? 1, pixels: data });
    }
    throw new UserError(`a ${a.dtype} array of shape (${shape.join(", ")}) cannot feed the model input (${this.describeInput()}): use float32 real values, ${this.input.dtype} of the input's size, or uint8 images [H, W(, C)]`);
  }
  /** True when `preprocessing` asks for more than a byte copy. */
  preprocesses() {
    return (this.dataset.preprocessing.mode ?? "normalize") === "normalize";
  }
  fromImage(image) {
    const [, h, w, c] = this.input.shape.length === 4 ? this.input.shape : [1, this.input.shape[1], this.input.shape[2], 1];
    const p = this.dataset.preprocessing;
    if (p.mode === "raw") {
      if (image.width !== w || image.height !== h || image.channels !== c) {
        throw new UserError(`image is ${image.width}\xD7${image.height}\xD7${image.channels}, the model input (${this.describeInput()}) needs ${w}\xD7${h}\xD7${c} with raw preprocessing (use mode normalize to resize)`);
      }
      if (this.input.dtype === "float32") return Float32Array.from(image.pixels);
      if (this.input.dtype === "int8") return new Int8Array(image.pixels.slice().buffer);
      return image.pixels.slice();
    }
    const channels = p.channels ?? (c === 1 ? "gray" : "rgb");
    if ((channels === "gray" ? 1 : 3) !== c) throw new UserError(`preprocessing.channels is ${channels}, but the model input has ${c} channels`);
    const real = imageToReal(image, { resize: p.resize, channels, scale: p.scale ?? 1 / 255, mean: p.mean ?? [0], std: p.std ?? [1] });
    if (real.height !== h || real.width !== w) {
      throw new UserError(`image is ${real.width}\xD7${real.height} after preprocessing, the model input (${this.describeInput()}) needs ${w}\xD7${h}: set preprocessing.resize to [${h}, ${w}]`);
    }
    return quantizeInput(real.values, this.input);
  }
};
function readFile(path) {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code2 = e.code;
    throw new UserError(code2 === "ENOENT" ? "missing file" : `cannot read: ${e.message}`, path);
  }
}

// src/eval/evaluator.ts
var Evaluator = class {
  graph;
  dataset;
  classes;
  datasetSha256;
  prepared;
  plan;
  reader;
  float;
  constructor(spec) {
    this.graph = readTflite(spec.model, spec.modelPath);
    if (this.graph.inputs.length !== 1 || this.graph.outputs.length !== 1) {
      throw new UserError(`accuracy needs a model with one input and one output, this one has ${this.graph.inputs.length} and ${this.graph.outputs.length}`, spec.modelPath);
    }
    this.classes = elementCount(this.graph.tensors[this.graph.outputs[0]].shape);
    this.prepared = prepareGraph(this.graph);
    this.plan = spec.schedule === null ? null : planPatches(this.graph, spec.schedule);
    this.dataset = loadDataset(spec.datasetDir);
    this.datasetSha256 = createHash2("sha256").update(readFileSync2(join2(this.dataset.dir, DATASET_FILE))).digest("hex");
    this.reader = new SampleReader(this.dataset, this.graph.tensors[this.graph.inputs[0]]);
    if (spec.floatModel === void 0) {
      this.float = null;
    } else {
      const g = readTflite(spec.floatModel, `${spec.modelPath} (float)`);
      this.float = { prepared: prepareGraph(g), reader: new SampleReader(this.dataset, g.tensors[g.inputs[0]]) };
    }
  }
  run(indices2) {
    const predictions = [], floatPredictions = [], agree = [];
    for (const i of indices2) {
      const input = this.reader.read(i, this.classes);
      const perLayer = runGraph(this.prepared, [input])[0];
      if (this.plan !== null) {
        const scheduled = runPatches(this.prepared, this.plan, [input])[0];
        agree.push(sameBytes(scheduled, perLayer));
        predictions.push(argmax(scheduled));
      } else {
        predictions.push(argmax(perLayer));
      }
      if (this.float !== null) floatPredictions.push(argmax(runGraph(this.float.prepared, [this.float.reader.read(i, this.classes)])[0]));
    }
    return { indices: [...indices2], predictions, floatPredictions: this.float === null ? null : floatPredictions, agree: this.plan === null ? null : agree };
  }
};
function argmax(data) {
  let best = 0;
  for (let k = 1; k < data.length; k++) if (data[k] > data[best]) best = k;
  return best;
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/eval/result.ts
var RESULT_KIND = "tinygate-accuracy";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]), count = Number(m?.[2]);
  if (m === null || count < 1 || index < 1 || index > count) throw new UserError(`--shard takes i/n with 1 \u2264 i \u2264 n (e.g. 2/4), got \`${text}\``);
  return { index, count };
}
function shardIndices(total, shard) {
  const all = Array.from({ length: total }, (_, k) => k);
  return shard === null ? all : all.filter((k) => k % shard.count === shard.index - 1);
}
function mergeResults(parts, sources) {
  if (parts.length === 0) throw new UserError("merge: no results given");
  const first = parts[0];
  const count = first.shard?.count ?? 1;
  const seen = /* @__PURE__ */ new Map();
  parts.forEach((p, i) => {
    const src = sources[i] ?? `result ${i + 1}`;
    const differs = (what, a, b) => new UserError(`${what} differs from ${sources[0]}'s (${String(b)} vs ${String(a)}): these are not shards of one evaluation`, src);
    if (p.model.sha256 !== first.model.sha256) throw differs("the model", first.model.sha256.slice(0, 12), p.model.sha256.slice(0, 12));
    if (p.dataset.sha256 !== first.dataset.sha256) throw differs("the dataset", first.dataset.name, p.dataset.name);
    if (p.schedule !== first.schedule) throw differs("the schedule", first.schedule, p.schedule);
    if ((p.shard?.count ?? 1) !== count) throw differs("the shard count", count, p.shard?.count ?? 1);
    const index = p.shard?.index ?? 1;
    const again = seen.get(index);
    if (again !== void 0) throw new UserError(`shard ${index}/${count} is given twice (also in ${again})`, src);
    seen.set(index, src);
  });
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new UserError(`merge: shard${missing.length > 1 ? "s" : ""} ${missing.map((k) => `${k}/${count}`).join(", ")} missing`);
  const sum = (f) => parts.some((p) => f(p) === null) ? null : parts.reduce((s, p) => s + f(p), 0);
  return {
    ...first,
    shard: null,
    evaluated: sum((p) => p.evaluated),
    correct: sum((p) => p.correct),
    confusion: first.confusion.map((row, a) => row.map((_, b) => parts.reduce((s, p) => s + p.confusion[a][b], 0))),
    agreeing: sum((p) => p.agreeing),
    floatCorrect: sum((p) => p.floatCorrect)
  };
}
function accuracyReport(r) {
  if (r.shard !== null) throw new UserError(`a single shard (${r.shard.index}/${r.shard.count}) is not the model's accuracy; run \`tinygate merge\` on all shards`);
  const out = { top1: r.correct / r.evaluated, samples: r.evaluated, dataset: r.dataset.name };
  if (r.agreeing !== null) out.agreement = r.agreeing / r.evaluated;
  if (r.floatCorrect !== null) out.floatTop1 = r.floatCorrect / r.evaluated;
  return out;
}
function renderResult(r, classNames = null) {
  const pct2 = (n, d) => d === 0 ? "n/a" : `${(100 * n / d).toFixed(2)}%`;
  const name = (k) => classNames?.[k] ?? String(k);
  const lines = [
    `${r.model.path} on ${r.dataset.name}${r.shard === null ? "" : ` (shard ${r.shard.index}/${r.shard.count})`}: ${r.evaluated} samples`,
    `  int8 top-1: ${pct2(r.correct, r.evaluated)} (${r.correct}/${r.evaluated})${r.schedule === null ? ", per-layer" : `, ${r.schedule}`}`
  ];
  if (r.floatCorrect !== null) lines.push(`  float top-1: ${pct2(r.floatCorrect, r.evaluated)} (${r.floatCorrect}/${r.evaluated}); int8 \u2212 float: ${((r.correct - r.floatCorrect) * 100 / r.evaluated).toFixed(2)} points`);
  if (r.agreeing !== null) lines.push(`  schedule = per-layer, bit for bit: ${r.agreeing}/${r.evaluated} samples${r.agreeing === r.evaluated ? "" : " (MISMATCH: a scheduling bug; please report it)"}`);
  lines.push("  per class (label: correct/samples):");
  const perClass = r.confusion.map((row, k) => ({ k, total: row.reduce((a, b) => a + b, 0), ok: row[k] })).filter((c) => c.total > 0);
  lines.push(`    ${perClass.map((c) => `${name(c.k)}: ${c.ok}/${c.total}`).join("  ")}`);
  const confusions = r.confusion.flatMap((row, a) => row.map((n, b) => ({ a, b, n }))).filter((c) => c.a !== c.b && c.n > 0).sort((x, y) => y.n - x.n || x.a - y.a || x.b - y.b).slice(0, 5);
  if (confusions.length > 0) lines.push(`  most confused (label \u2192 predicted): ${confusions.map((c) => `${name(c.a)} \u2192 ${name(c.b)} \xD7${c.n}`).join(", ")}`);
  return `${lines.join("\n")}
`;
}

// src/eval/accuracy.ts
var isEvalWorker = !isMainThread && workerData?.tinygateEval !== void 0;
if (isEvalWorker) serve(workerData.tinygateEval);
function serve(spec) {
  let evaluator = null;
  parentPort.on("message", (indices2) => {
    let reply;
    try {
      evaluator ??= new Evaluator(spec);
      reply = { ok: evaluator.run(indices2) };
    } catch (e) {
      reply = { error: { message: e instanceof Error ? isUserError(e) ? e.message : e.stack ?? e.message : String(e), user: isUserError(e) } };
    }
    parentPort.postMessage(reply);
  });
}
async function evaluateAccuracy(spec, options = {}) {
  const main2 = new Evaluator(spec);
  const indices2 = shardIndices(main2.dataset.samples.length, options.shard ?? null);
  if (indices2.length === 0) throw new UserError(`shard ${options.shard.index}/${options.shard.count} of ${main2.dataset.samples.length} samples is empty`);
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(indices2.length / 4));
  const chunkSize = Math.max(1, Math.min(32, Math.ceil(indices2.length / Math.max(1, workers * 8))));
  const chunks = [];
  for (let k = 0; k < indices2.length; k += chunkSize) chunks.push(indices2.slice(k, k + chunkSize));
  const results = [];
  let done = 0;
  const record = (r) => {
    results.push(r);
    done += r.indices.length;
    options.onProgress?.(done, indices2.length);
  };
  if (workers <= 1) {
    for (const c of chunks) {
      record(main2.run(c));
      await new Promise((r) => setImmediate(r));
    }
  } else {
    await runPool(spec, chunks, workers, record);
  }
  return summarize(spec, main2, results, options.shard ?? null);
}
function runPool(spec, chunks, size2, record) {
  let next = 0;
  return new Promise((resolve2, reject) => {
    const pool = [];
    let live = 0, failed = false;
    const stop = (e) => {
      if (failed) return;
      failed = true;
      for (const w of pool) void w.terminate();
      reject(e);
    };
    const feed = (w) => {
      if (next < chunks.length) w.postMessage(chunks[next++]);
      else void w.terminate();
    };
    for (let k = 0; k < size2; k++) {
      const w = spawnSelf({ tinygateEval: spec });
      pool.push(w);
      live++;
      w.on("message", (reply) => {
        if ("error" in reply) {
          stop(reply.error.user ? new UserError(reply.error.message) : new Error(`evaluation worker failed: ${reply.error.message}`));
          return;
        }
        record(reply.ok);
        feed(w);
      });
      w.on("error", (e) => stop(e));
      w.on("exit", () => {
        live--;
        if (live === 0 && !failed) {
          if (next < chunks.length) reject(new Error("evaluation workers exited before finishing"));
          else resolve2();
        }
      });
      feed(w);
    }
  });
}
function spawnSelf(data) {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return new Worker(new URL(self), { workerData: data });
  const tsxApi = pathToFileURL(join3(dirname(createRequire(self).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}
function summarize(spec, e, chunks, shard) {
  const confusion = Array.from({ length: e.classes }, () => new Array(e.classes).fill(0));
  let correct = 0, floatCorrect = 0, agreeing = 0, evaluated = 0;
  for (const c of chunks) {
    c.indices.forEach((i, k) => {
      const label2 = e.dataset.samples[i].label, p = c.predictions[k];
      confusion[label2][p]++;
      if (p === label2) correct++;
      if (c.floatPredictions?.[k] === label2) floatCorrect++;
      if (c.agree?.[k] === true) agreeing++;
      evaluated++;
    });
  }
  return {
    kind: RESULT_KIND,
    version: 1,
    model: { path: spec.modelPath, sha256: createHash3("sha256").update(spec.model).digest("hex") },
    dataset: { name: e.dataset.name, sha256: e.datasetSha256, samples: e.dataset.samples.length },
    shard,
    schedule: spec.schedule === null ? null : `split after op ${spec.schedule.split}, ${spec.schedule.patches.join("x")} patches`,
    evaluated,
    correct,
    confusion,
    agreeing: spec.schedule === null ? null : agreeing,
    floatCorrect: spec.floatModel === void 0 ? null : floatCorrect
  };
}

// src/eval/progress.ts
function progressPrinter(write, tty, label2, now = () => performance.now()) {
  const start = now();
  let lastDraw = -Infinity, nextTenth = 1, drawn = false;
  const rate = (done) => `${(done / Math.max(1e-3, (now() - start) / 1e3)).toFixed(0)} samples/s`;
  return {
    update(done, total) {
      if (tty) {
        if (done < total && now() - lastDraw < 100) return;
        lastDraw = now();
        const width = 30, filled = Math.round(width * done / total);
        write(`\r${label2} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${rate(done)}`);
        drawn = true;
        return;
      }
      if (done * 10 < nextTenth * total) return;
      while (done * 10 >= nextTenth * total) nextTenth++;
      write(`${label2}: ${done}/${total} (${Math.floor(100 * done / total)}%), ${rate(done)}
`);
    },
    finish() {
      if (tty && drawn) write("\n");
    }
  };
}

// src/eval/quantize.ts
var INT8_VERSIONS = {
  CONV_2D: 3,
  DEPTHWISE_CONV_2D: 3,
  FULLY_CONNECTED: 4,
  AVERAGE_POOL_2D: 2,
  MAX_POOL_2D: 2,
  SOFTMAX: 2,
  ADD: 2,
  RELU: 2,
  RELU6: 2,
  RESHAPE: 1
};
var PASS_THROUGH = /* @__PURE__ */ new Set(["MAX_POOL_2D", "AVERAGE_POOL_2D", "RESHAPE"]);
function calibrate(graph, samples) {
  if (samples.length === 0) throw new UserError("quantization needs at least one calibration sample");
  const watched = graph.tensors.filter((t) => t.data === null && t.dtype === "float32").map((t) => t.id);
  const prepared = prepareGraph({ ...graph, outputs: watched });
  const ranges = new Map(watched.map((id) => [id, [Infinity, -Infinity]]));
  for (const inputs of samples) {
    graph.inputs.forEach((id, i) => observe(ranges.get(id), inputs[i]));
    runGraph(prepared, inputs).forEach((data, i) => observe(ranges.get(watched[i]), data));
  }
  return ranges;
}
function observe(range, data) {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < range[0]) range[0] = v;
    if (v > range[1]) range[1] = v;
  }
}
function activationQuant([lo, hi]) {
  const min = Math.min(0, lo), max = Math.max(0, hi);
  const scale = max > min ? Math.fround((max - min) / 255) : Math.fround(1 / 255);
  const zeroPoint = Math.max(-128, Math.min(127, tfliteRound(-128 - min / scale)));
  return { scale: [scale], zeroPoint: [zeroPoint], axis: 0 };
}
function quantizeGraph(graph, samples) {
  const ranges = calibrate(graph, samples);
  const quant = /* @__PURE__ */ new Map();
  for (const id of graph.inputs) quant.set(id, activationQuant(ranges.get(id)));
  const replaced = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    const out = op.outputs[0];
    const inQ = (id) => {
      const q = quant.get(id);
      if (q === void 0) throw new UserError(`op ${op.index} (${op.kind}) reads tensor ${id} before it is quantized`);
      return q;
    };
    if (op.kind === "SOFTMAX") quant.set(out, { scale: [1 / 256], zeroPoint: [-128], axis: 0 });
    else if (PASS_THROUGH.has(op.kind)) quant.set(out, inQ(op.inputList[0]));
    else quant.set(out, activationQuant(ranges.get(out)));
    if (op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" || op.kind === "FULLY_CONNECTED") {
      const filter = graph.tensors[op.inputs.filter];
      const axis = op.kind === "CONV_2D" ? 0 : op.kind === "DEPTHWISE_CONV_2D" ? 3 : null;
      const fq = quantizeFilter(filter, axis);
      replaced.set(filter.id, fq);
      if (op.inputs.bias !== NO_TENSOR) replaced.set(op.inputs.bias, quantizeBias(graph.tensors[op.inputs.bias], inQ(op.inputs.input).scale[0], fq.quant));
    } else if (op.kind !== "RESHAPE" && op.inputList.some((id) => id !== NO_TENSOR && graph.tensors[id].data !== null)) {
      throw new UserError(`op ${op.index} (${op.kind}) has a constant operand; quantizing it is not supported`);
    }
  }
  const tensors = graph.tensors.map((t) => {
    const r = replaced.get(t.id);
    if (r !== void 0) return r;
    if (t.data !== null || t.dtype !== "float32") return t;
    return { ...t, dtype: "int8", quant: quant.get(t.id) ?? null };
  });
  const ops = graph.ops.map((op) => ({ ...op, version: INT8_VERSIONS[op.kind] ?? op.version }));
  return { ...graph, tensors, ops, description: `${graph.description}; int8 post-training quantization by tinygate (${samples.length} calibration samples)` };
}
function quantizeFilter(t, axis) {
  const w = decodeConstant(t);
  const channels = axis === null ? 1 : t.shape[axis];
  const inner = axis === null ? w.length : t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const channelOf = (i) => axis === null ? 0 : Math.floor(i / inner) % channels;
  const maxAbs = new Float64Array(channels);
  for (let i = 0; i < w.length; i++) maxAbs[channelOf(i)] = Math.max(maxAbs[channelOf(i)], Math.abs(w[i]));
  const scale = Array.from(maxAbs, (m) => Math.fround(m > 0 ? m / 127 : 1));
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, tfliteRound(w[i] / scale[channelOf(i)])));
  return { ...t, dtype: "int8", quant: { scale, zeroPoint: scale.map(() => 0), axis: axis ?? 0 }, data: new Uint8Array(q.buffer) };
}
function quantizeBias(t, inputScale, filter) {
  const b = decodeConstant(t);
  const scale = filter.scale.map((s) => Math.fround(Math.fround(inputScale) * s));
  const q = Int32Array.from(b, (v, c) => tfliteRound(v / scale[scale.length === 1 ? 0 : c]));
  return { ...t, dtype: "int32", quant: { scale, zeroPoint: scale.map(() => 0), axis: 0 }, data: new Uint8Array(q.buffer) };
}

// src/model/tfjs.ts
function readTfjsModel(modelJson, readWeights, file = "model.json") {
  let parsed;
  try {
    parsed = JSON.parse(modelJson);
  } catch (e) {
    throw new UserError(`not JSON: ${e.message}`, file);
  }
  if (typeof parsed !== "object" || parsed === null || typeof parsed.modelTopology !== "object" || parsed.modelTopology === null) {
    throw new UserError("not a TF.js layers model (no `modelTopology`); graph models from tf.saved_model conversion are not supported", file);
  }
  const weights = /* @__PURE__ */ new Map();
  for (const group of parsed.weightsManifest ?? []) {
    const data = concat(group.paths.map((p) => readWeights(p)));
    let offset = 0;
    for (const w of group.weights) {
      if (w.dtype !== "float32" || w.quantization !== void 0) {
        throw new UserError(`weight ${w.name} is ${w.quantization !== void 0 ? "quantized by the tfjs converter" : w.dtype}; only float32 weights are supported (convert without --quantize_*)`, file);
      }
      const bytes2 = elementCount(w.shape) * 4;
      if (offset + bytes2 > data.length) throw new UserError(`weight ${w.name} needs bytes ${offset}..${offset + bytes2} but its files hold ${data.length}`, file);
      weights.set(w.name, new Float32Array(data.slice(offset, offset + bytes2).buffer));
      offset += bytes2;
    }
  }
  return new Converter(file, weights).convert(topologyLayers(parsed.modelTopology, file));
}
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function topologyLayers(topology, file) {
  const root = topology.model_config ?? topology;
  const { class_name: kind, config } = root;
  if (kind === "Sequential") {
    const layers = Array.isArray(config) ? config : config.layers;
    if (!Array.isArray(layers)) throw new UserError("Sequential model without layers", file);
    return { layers, functional: false, outputs: [] };
  }
  if (kind === "Model" || kind === "Functional") {
    const c = config;
    const outputs = c.output_layers.map((o) => String(o[0]));
    return { layers: c.layers, functional: true, outputs };
  }
  throw new UserError(`model class \`${String(kind)}\` is not supported (Sequential or functional Model)`, file);
}
function inboundNames(layer) {
  const node = layer.inbound_nodes?.[0];
  if (node === void 0) return [];
  if (Array.isArray(node)) return node.map((entry) => String(entry[0]));
  const args = node.args ?? [];
  return args.flatMap((a) => Array.isArray(a) ? a : [a]).map((a) => String((a.config?.keras_history ?? [])[0]));
}
var Converter = class {
  constructor(file, weights) {
    this.file = file;
    this.weights = weights;
  }
  file;
  weights;
  tensors = [];
  ops = [];
  /** Which op writes each tensor, for fusing activations and folding BatchNorm. */
  producer = /* @__PURE__ */ new Map();
  /** How many layers read each layer's output, by layer name (functional models). */
  consumers = /* @__PURE__ */ new Map();
  /** RESHAPE's int32 shape operands (every other constant is float32). */
  shapeConstants = /* @__PURE__ */ new Map();
  convert(t) {
    const byName = /* @__PURE__ */ new Map();
    const inputs = [];
    let previous;
    if (t.functional) for (const l of t.layers) for (const n of inboundNames(l)) this.consumers.set(n, (this.consumers.get(n) ?? 0) + 1);
    t.layers.forEach((layer, i) => {
      const name = String(layer.config["name"] ?? layer.name ?? `layer${i}`);
      let ins;
      if (layer.class_name === "InputLayer" || !t.functional && i === 0) {
        const shape = layer.config["batch_input_shape"] ?? layer.config["batch_shape"] ?? layer.config["batchInputShape"];
        if (shape === void 0) throw this.fail(name, "the first layer has no batch_input_shape");
        const id = this.tensor(layer.class_name === "InputLayer" ? name : "input", shape.map((d, k) => k === 0 ? 1 : d ?? NaN));
        if (shape.slice(1).some((d) => d === null)) throw this.fail(name, `input shape [${shape.join(", ")}] has unknown dimensions; tinygate needs a fixed input size`);
        inputs.push(id);
        previous = id;
        if (layer.class_name === "InputLayer") {
          byName.set(name, id);
          return;
        }
        ins = [id];
      } else if (t.functional) {
        ins = inboundNames(layer).map((n) => {
          const id = byName.get(n);
          if (id === void 0) throw this.fail(name, `its input \`${n}\` is not defined before it`);
          return id;
        });
      } else {
        ins = [previous];
      }
      const single = !t.functional || inboundNames(layer).every((n) => (this.consumers.get(n) ?? 0) <= 1);
      const out = this.layer(layer.class_name, name, layer.config, ins, single);
      byName.set(name, out);
      previous = out;
    });
    const outputs = t.functional ? t.outputs.map((n) => byName.get(n)) : [previous];
    return this.build(inputs, outputs);
  }
  fail(layer, message) {
    return new UserError(`layer \`${layer}\`: ${message}`, this.file);
  }
  tensor(name, shape, values = null) {
    this.tensors.push({ name, shape, values });
    return this.tensors.length - 1;
  }
  weight(layer, name, shape) {
    const key = [...this.weights.keys()].find((k) => k === `${layer}/${name}` || k.endsWith(`/${layer}/${name}`));
    const w = key === void 0 ? void 0 : this.weights.get(key);
    if (w === void 0) throw this.fail(layer, `weight \`${layer}/${name}\` is missing from weightsManifest`);
    if (w.length !== elementCount(shape)) throw this.fail(layer, `weight \`${name}\` has ${w.length} values, expected shape [${shape.join(", ")}]`);
    return w;
  }
  op(kind, inputs, outputShape, name, attrs) {
    const out = this.tensor(name, outputShape);
    this.ops.push({ kind, inputs, inputList: Object.values(inputs), outputs: [out], attrs });
    this.producer.set(out, this.ops.length - 1);
    return out;
  }
  layer(kind, name, c, ins, single) {
    const x = ins[0];
    const shape = this.tensors[x].shape;
    switch (kind) {
      case "Conv2D":
      case "DepthwiseConv2D":
        return this.conv(kind, name, c, x);
      case "Dense": {
        if (shape.length !== 2) throw this.fail(name, `Dense on a rank-${shape.length} input is not supported (add a Flatten)`);
        const units = Number(c["units"]), inF = shape[1];
        const k = this.weight(name, "kernel", [inF, units]);
        const filter = new Float32Array(units * inF);
        for (let i = 0; i < inF; i++) for (let o = 0; o < units; o++) filter[o * inF + i] = k[i * units + o];
        const bias = c["use_bias"] === false ? new Float32Array(units) : this.weight(name, "bias", [units]).slice();
        const out = this.op("FULLY_CONNECTED", {
          input: x,
          filter: this.tensor(`${name}/kernel`, [units, inF], filter),
          bias: this.tensor(`${name}/bias`, [units], bias)
        }, [1, units], name, { ...fused("NONE"), keepNumDims: false });
        return this.activation(name, String(c["activation"] ?? "linear"), out, true, true);
      }
      case "Activation":
        return this.activation(name, String(c["activation"]), x, single);
      case "ReLU": {
        const max = c["max_value"] ?? c["maxValue"];
        if (max !== null && max !== void 0 && max !== 6) throw this.fail(name, `ReLU with max_value ${String(max)} is not supported (none or 6)`);
        return this.activation(name, max === 6 ? "relu6" : "relu", x, single);
      }
      case "Softmax":
        return this.activation(name, "softmax", x, single);
      case "BatchNormalization":
        return this.batchNorm(name, c, x, single);
      case "Dropout":
      case "SpatialDropout2D":
      case "GaussianNoise":
        return x;
      case "Flatten":
        return this.reshape(name, x, [1, elementCount(shape) / shape[0]]);
      case "Reshape":
        return this.reshape(name, x, [1, ...c["target_shape"] ?? c["targetShape"]]);
      case "MaxPooling2D":
      case "AveragePooling2D": {
        const size2 = pair(c["pool_size"] ?? c["poolSize"] ?? [2, 2]);
        const strides = pair(c["strides"] ?? size2);
        const { pad, outHW } = padding(String(c["padding"] ?? "valid"), shape, size2, strides, [1, 1]);
        return this.op(
          kind === "MaxPooling2D" ? "MAX_POOL_2D" : "AVERAGE_POOL_2D",
          { input: x },
          [1, ...outHW, shape[3]],
          name,
          { stride: strides, dilation: [1, 1], pad, filter: size2, ...fused("NONE") }
        );
      }
      case "GlobalAveragePooling2D":
      case "GlobalMaxPooling2D": {
        const [, h, w, ch] = shape;
        const pooled = this.op(
          kind === "GlobalMaxPooling2D" ? "MAX_POOL_2D" : "AVERAGE_POOL_2D",
          { input: x },
          [1, 1, 1, ch],
          `${name}/pool`,
          { stride: [h, w], dilation: [1, 1], pad: { top: 0, bottom: 0, left: 0, right: 0 }, filter: [h, w], ...fused("NONE") }
        );
        return c["keepdims"] === true ? pooled : this.reshape(name, pooled, [1, ch]);
      }
      case "Add": {
        if (ins.length !== 2) throw this.fail(name, `Add of ${ins.length} inputs is not supported (2)`);
        return this.op("ADD", { lhs: ins[0], rhs: ins[1] }, [...shape], name, fused("NONE"));
      }
      default:
        throw this.fail(name, `${kind} is not supported; supported: Conv2D, DepthwiseConv2D, Dense, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D, GlobalMaxPooling2D, BatchNormalization, Activation, ReLU, Softmax, Flatten, Reshape, Add, Dropout`);
    }
  }
  conv(kind, name, c, x) {
    const shape = this.tensors[x].shape;
    if (shape.length !== 4) throw this.fail(name, `expects an NHWC input, got [${shape.join(", ")}]`);
    if ((c["data_format"] ?? "channels_last") !== "channels_last") throw this.fail(name, "only data_format channels_last is supported");
    const [kh, kw] = pair(c["kernel_size"]);
    const strides = pair(c["strides"] ?? [1, 1]), dilation = pair(c["dilation_rate"] ?? [1, 1]);
    const inC = shape[3];
    const { pad, outHW } = padding(String(c["padding"] ?? "valid"), shape, [kh, kw], strides, dilation);
    let filter, filterShape, outC, extra = {};
    if (kind === "Conv2D") {
      outC = Number(c["filters"]);
      const k = this.weight(name, "kernel", [kh, kw, inC, outC]);
      filter = new Float32Array(k.length);
      for (let y = 0; y < kh; y++) for (let z = 0; z < kw; z++) for (let i = 0; i < inC; i++) for (let o = 0; o < outC; o++) {
        filter[((o * kh + y) * kw + z) * inC + i] = k[((y * kw + z) * inC + i) * outC + o];
      }
      filterShape = [outC, kh, kw, inC];
    } else {
      const mult = Number(c["depth_multiplier"] ?? 1);
      outC = inC * mult;
      filter = this.weight(name, "depthwise_kernel", [kh, kw, inC, mult]).slice();
      filterShape = [1, kh, kw, outC];
      extra = { depthMultiplier: mult };
    }
    const bias = c["use_bias"] === false ? new Float32Array(outC) : this.weight(name, "bias", [outC]).slice();
    const out = this.op(kind === "Conv2D" ? "CONV_2D" : "DEPTHWISE_CONV_2D", {
      input: x,
      filter: this.tensor(`${name}/kernel`, filterShape, filter),
      bias: this.tensor(`${name}/bias`, [outC], bias)
    }, [1, ...outHW, outC], name, { stride: strides, dilation, pad, ...fused("NONE"), ...extra });
    return this.activation(name, String(c["activation"] ?? "linear"), out, true, true);
  }
  /**
   * Fuses relu/relu6 into the op that wrote `x` when it can, else adds the op. `ofLayer`: the
   * activation argument of layer `name` itself, whose output keeps the layer's name.
   */
  activation(name, fn, x, single, ofLayer = false) {
    if (fn === "linear") return x;
    const shape = this.tensors[x].shape;
    const opName2 = ofLayer ? `${name}/${fn}` : name;
    if (fn === "softmax") return this.op("SOFTMAX", { input: x }, [...shape], opName2, { beta: 1 });
    if (fn !== "relu" && fn !== "relu6") throw this.fail(name, `activation \`${fn}\` is not supported (linear, relu, relu6, softmax)`);
    const act = fn === "relu" ? "RELU" : "RELU6";
    const p = this.producer.get(x);
    const prod = p === void 0 ? void 0 : this.ops[p];
    if (single && prod !== void 0 && "activation" in prod.attrs && prod.attrs["activation"] === "NONE" && prod.kind !== "MAX_POOL_2D") {
      Object.assign(prod.attrs, fused(act));
      if (!ofLayer) this.tensors[x].name = name;
      return x;
    }
    return this.op(act, { input: x }, [...shape], opName2, {});
  }
  /** y = γ(x − μ)/√(σ² + ε) + β, folded into the conv/dense that wrote x (per output channel). */
  batchNorm(name, c, x, single) {
    const p = this.producer.get(x);
    const prod = p === void 0 ? void 0 : this.ops[p];
    if (!single || prod === void 0 || !["CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"].includes(prod.kind) || prod.attrs["activation"] !== "NONE") {
      throw this.fail(name, "BatchNormalization must directly follow a Conv2D, DepthwiseConv2D or Dense without activation (it is folded into its weights)");
    }
    const shape = this.tensors[x].shape, ch = shape.at(-1);
    const eps = Number(c["epsilon"] ?? 1e-3);
    const gamma = c["scale"] === false ? new Float32Array(ch).fill(1) : this.weight(name, "gamma", [ch]);
    const beta = c["center"] === false ? new Float32Array(ch) : this.weight(name, "beta", [ch]);
    const mean = this.weight(name, "moving_mean", [ch]), variance = this.weight(name, "moving_variance", [ch]);
    const inputs = prod.inputs;
    const filter = this.tensors[inputs["filter"]].values, bias = this.tensors[inputs["bias"]].values;
    const perChannel = filter.length / ch, leading = prod.kind !== "DEPTHWISE_CONV_2D";
    for (let k = 0; k < ch; k++) {
      const f = gamma[k] / Math.sqrt(variance[k] + eps);
      bias[k] = (bias[k] - mean[k]) * f + beta[k];
      for (let j = 0; j < perChannel; j++) filter[leading ? k * perChannel + j : j * ch + k] *= f;
    }
    this.tensors[x].name = name;
    return x;
  }
  reshape(name, x, to) {
    if (elementCount(to) !== elementCount(this.tensors[x].shape)) throw this.fail(name, `cannot reshape [${this.tensors[x].shape.join(", ")}] to [${to.join(", ")}]`);
    const shapeId = this.tensor(`${name}/shape`, [to.length], null);
    this.shapeConstants.set(shapeId, to);
    return this.op("RESHAPE", { input: x, shape: shapeId }, to, name, {});
  }
  build(inputs, outputs) {
    const tensors = this.tensors.map((t, id) => {
      const ints = this.shapeConstants.get(id);
      const dtype = ints !== void 0 ? "int32" : "float32";
      const data = ints !== void 0 ? new Uint8Array(Int32Array.from(ints).buffer) : t.values === null ? null : new Uint8Array(t.values.buffer.slice(t.values.byteOffset, t.values.byteOffset + t.values.byteLength));
      return { id, name: t.name, shape: t.shape, dtype, quant: null, data, isVariable: false };
    });
    const ops = this.ops.map((op, index) => ({ ...op, index, version: 1 }));
    return { tensors, ops, inputs, outputs, description: `converted from TF.js by tinygate: ${this.file}` };
  }
};
function fused(activation) {
  const clamp = activation === "RELU" ? { min: 0, max: Infinity } : activation === "RELU6" ? { min: 0, max: 6 } : { min: -Infinity, max: Infinity };
  return { activation, clamp };
}
function pair(v) {
  const a = Array.isArray(v) ? v : [v, v];
  return [Number(a[0]), Number(a[1] ?? a[0])];
}
function padding(mode, shape, k, stride, dilation) {
  const axis = (i) => {
    const size2 = shape[i + 1], eff = (k[i] - 1) * dilation[i] + 1;
    const out = mode === "same" ? Math.ceil(size2 / stride[i]) : Math.floor((size2 - eff) / stride[i]) + 1;
    const total = mode === "same" ? Math.max((out - 1) * stride[i] + eff - size2, 0) : 0;
    return [out, Math.floor(total / 2), total - Math.floor(total / 2)];
  };
  const [oh, top, bottom] = axis(0), [ow, left, right] = axis(1);
  return { pad: { top, bottom, left, right }, outHW: [oh, ow] };
}

// src/model/tflite/writer.ts
var import_flatbuffers2 = __toESM(require_flatbuffers(), 1);

// src/model/tflite/options-writer.ts
function writeOptions(b, graph, op) {
  if (op.kind === "UNSUPPORTED" || OPTIONS_OF[op.kind] === OPTIONS_TYPE.NONE) return null;
  const shape = (id) => graph.tensors[id].shape;
  const act = (a) => ACTIVATIONS.indexOf(a);
  switch (op.kind) {
    case "CONV_2D":
    case "DEPTHWISE_CONV_2D": {
      const a = op.attrs;
      const k = shape(op.inputs.filter).slice(1, 3);
      const padding2 = paddingFor(op, shape(op.inputs.input).slice(1, 3), shape(op.outputs[0]).slice(1, 3), k, a.stride, a.dilation, a.pad);
      const f = op.kind === "CONV_2D" ? F.Conv2DOptions : F.DepthwiseConv2DOptions;
      b.startObject(7);
      b.addFieldInt8(f.padding, padding2, 0);
      b.addFieldInt32(f.strideW, a.stride[1], 0);
      b.addFieldInt32(f.strideH, a.stride[0], 0);
      b.addFieldInt8(f.activation, act(a.activation), 0);
      b.addFieldInt32(f.dilationW, a.dilation[1], 1);
      b.addFieldInt32(f.dilationH, a.dilation[0], 1);
      if (op.kind === "DEPTHWISE_CONV_2D") b.addFieldInt32(F.DepthwiseConv2DOptions.depthMultiplier, op.attrs.depthMultiplier, 0);
      return b.endObject();
    }
    case "TRANSPOSE_CONV": {
      const a = op.attrs;
      const padding2 = paddingFor(op, shape(op.outputs[0]).slice(1, 3), shape(op.inputs.input).slice(1, 3), shape(op.inputs.filter).slice(1, 3), a.stride, a.dilation, a.pad);
      const f = F.TransposeConvOptions;
      b.startObject(4);
      b.addFieldInt8(f.padding, padding2, 0);
      b.addFieldInt32(f.strideW, a.stride[1], 0);
      b.addFieldInt32(f.strideH, a.stride[0], 0);
      b.addFieldInt8(f.activation, act(a.activation), 0);
      return b.endObject();
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D": {
      const a = op.attrs;
      const padding2 = paddingFor(op, shape(op.inputs.input).slice(1, 3), shape(op.outputs[0]).slice(1, 3), a.filter, a.stride, a.dilation, a.pad);
      const f = F.Pool2DOptions;
      b.startObject(6);
      b.addFieldInt8(f.padding, padding2, 0);
      b.addFieldInt32(f.strideW, a.stride[1], 0);
      b.addFieldInt32(f.strideH, a.stride[0], 0);
      b.addFieldInt32(f.filterW, a.filter[1], 0);
      b.addFieldInt32(f.filterH, a.filter[0], 0);
      b.addFieldInt8(f.activation, act(a.activation), 0);
      return b.endObject();
    }
    case "FULLY_CONNECTED":
      b.startObject(3);
      b.addFieldInt8(F.FullyConnectedOptions.activation, act(op.attrs.activation), 0);
      b.addFieldInt8(F.FullyConnectedOptions.keepNumDims, op.attrs.keepNumDims ? 1 : 0, 0);
      return b.endObject();
    case "ADD":
    case "SUB":
    case "MUL":
      b.startObject(1);
      b.addFieldInt8(F.AddOptions.activation, act(op.attrs.activation), 0);
      return b.endObject();
    case "CONCATENATION":
      b.startObject(2);
      b.addFieldInt32(F.ConcatenationOptions.axis, op.attrs.axis, 0);
      b.addFieldInt8(F.ConcatenationOptions.activation, act(op.attrs.activation), 0);
      return b.endObject();
    case "SOFTMAX":
      b.startObject(1);
      b.addFieldFloat32(F.SoftmaxOptions.beta, op.attrs.beta, 0);
      return b.endObject();
    case "MEAN":
      b.startObject(1);
      b.addFieldInt8(F.ReducerOptions.keepDims, op.attrs.keepDims ? 1 : 0, 0);
      return b.endObject();
    case "RESHAPE": {
      const newShape = op.inputs.shape === NO_TENSOR ? intVector(b, shape(op.outputs[0])) : 0;
      b.startObject(1);
      b.addFieldOffset(F.ReshapeOptions.newShape, newShape, 0);
      return b.endObject();
    }
    case "SQUEEZE": {
      const dims2 = intVector(b, op.attrs.squeezeDims);
      b.startObject(1);
      b.addFieldOffset(F.SqueezeOptions.squeezeDims, dims2, 0);
      return b.endObject();
    }
    case "STRIDED_SLICE": {
      const a = op.attrs, f = F.StridedSliceOptions;
      b.startObject(6);
      b.addFieldInt32(f.beginMask, a.beginMask, 0);
      b.addFieldInt32(f.endMask, a.endMask, 0);
      b.addFieldInt32(f.ellipsisMask, a.ellipsisMask, 0);
      b.addFieldInt32(f.newAxisMask, a.newAxisMask, 0);
      b.addFieldInt32(f.shrinkAxisMask, a.shrinkAxisMask, 0);
      b.addFieldInt8(f.offset, a.offset ? 1 : 0, 0);
      return b.endObject();
    }
    case "RESIZE_BILINEAR":
    case "RESIZE_NEAREST_NEIGHBOR": {
      const f = op.kind === "RESIZE_BILINEAR" ? F.ResizeBilinearOptions : F.ResizeNearestNeighborOptions;
      b.startObject(4);
      b.addFieldInt8(f.alignCorners, op.attrs.alignCorners ? 1 : 0, 0);
      b.addFieldInt8(f.halfPixelCenters, op.attrs.halfPixelCenters ? 1 : 0, 0);
      return b.endObject();
    }
    default:
      b.startObject(0);
      return b.endObject();
  }
}
function intVector(b, values) {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]);
  return b.endVector();
}
function paddingFor(op, inHW, outHW, k, stride, dilation, pad) {
  const reproduces = (padding2) => [0, 1].every((axis) => {
    const effective = (k[axis] - 1) * dilation[axis] + 1;
    const inSize = inHW[axis], s = stride[axis];
    const outSize = padding2 === PADDING_SAME ? Math.ceil(inSize / s) : Math.floor((inSize - effective + s) / s);
    const total = Math.max((outSize - 1) * s + effective - inSize, 0);
    const before = Math.floor(total / 2);
    const [a, z] = axis === 0 ? [pad.top, pad.bottom] : [pad.left, pad.right];
    return outSize === outHW[axis] && a === before && z === total - before;
  });
  if (reproduces(PADDING_VALID)) return PADDING_VALID;
  if (reproduces(PADDING_SAME)) return PADDING_SAME;
  throw new Error(
    `op ${op.index} (${op.kind}): pads ${JSON.stringify(pad)} with input ${inHW.join("x")}, output ${outHW.join("x")}, kernel ${k.join("x")}, stride ${stride.join("x")}, dilation ${dilation.join("x")} are neither SAME nor VALID; TFLite has no explicit-pad field (put a PAD op in front instead)`
  );
}

// src/model/tflite/writer.ts
var BUFFER_ALIGNMENT = 16;
function writeTflite(graph) {
  graph.tensors.forEach((t, i) => {
    if (t.id !== i) throw new Error(`tensor at position ${i} has id ${t.id}; ids must equal positions`);
  });
  const b = new import_flatbuffers2.Builder(1024);
  const opcodes = new OpcodeTable();
  const opcodeIndex = graph.ops.map((op) => opcodes.indexOf(op));
  const bufferOf = /* @__PURE__ */ new Map();
  const bufferData = [null];
  for (const t of graph.tensors) {
    if (t.data === null || t.data.length === 0) continue;
    bufferOf.set(t.id, bufferData.length);
    bufferData.push(t.data);
  }
  const tensors = graph.tensors.map((t) => writeTensor(b, t, bufferOf.get(t.id) ?? 0));
  const operators = graph.ops.map((op, i) => writeOperator(b, graph, op, opcodeIndex[i]));
  const sgTensors = offsetVector(b, tensors);
  const sgInputs = intVector(b, graph.inputs);
  const sgOutputs = intVector(b, graph.outputs);
  const sgOperators = offsetVector(b, operators);
  const sgName = b.createString("main");
  b.startObject(5);
  b.addFieldOffset(F.SubGraph.tensors, sgTensors, 0);
  b.addFieldOffset(F.SubGraph.inputs, sgInputs, 0);
  b.addFieldOffset(F.SubGraph.outputs, sgOutputs, 0);
  b.addFieldOffset(F.SubGraph.operators, sgOperators, 0);
  b.addFieldOffset(F.SubGraph.name, sgName, 0);
  const subgraph = b.endObject();
  const buffers = bufferData.map((data) => writeBuffer(b, data));
  const codes = opcodes.codes.map(({ code: code2, version }) => {
    b.startObject(4);
    b.addFieldInt8(F.OperatorCode.deprecatedBuiltinCode, Math.min(code2, PLACEHOLDER_FOR_GREATER_OP_CODES), 0);
    b.addFieldInt32(F.OperatorCode.version, version, 1);
    b.addFieldInt32(F.OperatorCode.builtinCode, code2, 0);
    return b.endObject();
  });
  const modelCodes = offsetVector(b, codes);
  const modelSubgraphs = offsetVector(b, [subgraph]);
  const modelDescription = b.createString(graph.description);
  const modelBuffers = offsetVector(b, buffers);
  b.startObject(5);
  b.addFieldInt32(F.Model.version, SCHEMA_VERSION, 0);
  b.addFieldOffset(F.Model.operatorCodes, modelCodes, 0);
  b.addFieldOffset(F.Model.subgraphs, modelSubgraphs, 0);
  b.addFieldOffset(F.Model.description, modelDescription, 0);
  b.addFieldOffset(F.Model.buffers, modelBuffers, 0);
  b.finish(b.endObject(), FILE_IDENTIFIER);
  return b.asUint8Array().slice();
}
var OpcodeTable = class {
  codes = [];
  index = /* @__PURE__ */ new Map();
  indexOf(op) {
    if (op.kind === "UNSUPPORTED") {
      throw new Error(`op ${op.index} (${op.attrs.opName}) is unsupported: the Graph does not keep what is needed to write it back`);
    }
    const code2 = BUILTIN_CODES[op.kind];
    const key = `${code2}/${op.version}`;
    let i = this.index.get(key);
    if (i === void 0) {
      i = this.codes.push({ code: code2, version: op.version }) - 1;
      this.index.set(key, i);
    }
    return i;
  }
};
function writeTensor(b, t, buffer) {
  const typeCode = TENSOR_TYPES.indexOf(t.dtype);
  const shape = intVector(b, t.shape);
  const name = b.createString(t.name);
  const quant = t.quant === null ? 0 : writeQuantization(b, t.quant);
  b.startObject(6);
  b.addFieldOffset(F.Tensor.shape, shape, 0);
  b.addFieldInt8(F.Tensor.type, typeCode, 0);
  b.addFieldInt32(F.Tensor.buffer, buffer, 0);
  b.addFieldOffset(F.Tensor.name, name, 0);
  b.addFieldOffset(F.Tensor.quantization, quant, 0);
  b.addFieldInt8(F.Tensor.isVariable, t.isVariable ? 1 : 0, 0);
  return b.endObject();
}
function writeQuantization(b, q) {
  b.startVector(4, q.scale.length, 4);
  for (let i = q.scale.length - 1; i >= 0; i--) b.addFloat32(q.scale[i]);
  const scale = b.endVector();
  b.startVector(8, q.zeroPoint.length, 8);
  for (let i = q.zeroPoint.length - 1; i >= 0; i--) b.addInt64(BigInt(q.zeroPoint[i]));
  const zeroPoint = b.endVector();
  b.startObject(7);
  b.addFieldOffset(F.Quantization.scale, scale, 0);
  b.addFieldOffset(F.Quantization.zeroPoint, zeroPoint, 0);
  b.addFieldInt32(F.Quantization.quantizedDimension, q.axis, 0);
  return b.endObject();
}
function writeOperator(b, graph, op, opcodeIndex) {
  const inputs = intVector(b, op.inputList);
  const outputs = intVector(b, op.outputs);
  const options = writeOptions(b, graph, op);
  b.startObject(5);
  b.addFieldInt32(F.Operator.opcodeIndex, opcodeIndex, 0);
  b.addFieldOffset(F.Operator.inputs, inputs, 0);
  b.addFieldOffset(F.Operator.outputs, outputs, 0);
  if (options !== null) {
    b.addFieldInt8(F.Operator.builtinOptionsType, OPTIONS_OF[op.kind], 0);
    b.addFieldOffset(F.Operator.builtinOptions, options, 0);
  }
  return b.endObject();
}
function writeBuffer(b, data) {
  let vector = 0;
  if (data !== null) {
    b.prep(BUFFER_ALIGNMENT, data.length);
    vector = b.createByteVector(data);
  }
  b.startObject(1);
  b.addFieldOffset(F.Buffer.data, vector, 0);
  return b.endObject();
}
function offsetVector(b, offsets) {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]);
  return b.endVector();
}

// src/cli/io.ts
import { readFileSync as readFileSync3, writeFileSync } from "node:fs";
var processIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: (path) => {
    try {
      return new Uint8Array(readFileSync3(path));
    } catch (e) {
      throw new UserError(describeFsError(e, "read"), path);
    }
  },
  writeFile: (path, data) => {
    try {
      writeFileSync(path, data);
    } catch (e) {
      throw new UserError(describeFsError(e, "write"), path);
    }
  }
};
function describeFsError(e, verb) {
  const code2 = e.code;
  if (code2 === "ENOENT") return verb === "read" ? "no such file" : "its folder does not exist";
  if (code2 === "EISDIR") return "is a directory, expected a file";
  if (code2 === "EACCES") return `permission denied (cannot ${verb})`;
  return `cannot ${verb}: ${e.message}`;
}

// src/cli/eval.ts
var EVAL_HELP = `Usage: tinygate eval MODEL --dataset DIR [--schedule patch --patches P [--split K]] [--shard i/n] [--out FILE]

Measures the top-1 accuracy of the int8 model over a dataset with tinygate's engine (TFLite's
reference kernels, bit for bit), per class and with its most frequent confusions.

MODEL is an int8 .tflite, or a TF.js model.json (float32 weights): it is converted, quantized to int8
with calibration samples (per-channel weights, per-tensor activations, as TFLite's converter does),
and both the float and the int8 model are evaluated.

Options:
  --dataset DIR          folder with dataset.json (format: docs/accuracy.md)
  --schedule S           per-layer (default), patch (with --patches) or auto (with --budget-sram):
                         run the int8 model with that schedule and check that every output equals
                         per-layer execution bit for bit (the agreement)
  --patches P            patch count per axis: P for P\xD7P, or PxQ (rows \xD7 columns)
  --split K              last op of stage 1 (default: the split with the lowest peak for --patches)
  --budget-sram SIZE     with --schedule auto: the schedule with the fewest MACs that fits (e.g. 32KiB)
  --shard i/n            evaluate every n-th sample starting at the i-th (1-based): one job of a CI
                         matrix; combine the --out files with \`tinygate merge\`
  --workers N            worker threads (default: all cores; 0: in this thread)
  --float FILE           the TF.js model.json an int8 .tflite came from: also report float accuracy
  --calibrate DIR        dataset for int8 calibration of a model.json (default: --dataset, which
                         makes calibration see the test samples: prefer a training subset)
  --calibration-samples N  samples used for calibration, evenly spaced (default 200)
  --write-tflite FILE    write the quantized int8 model of a model.json
  --out FILE             write the result as JSON (for \`tinygate merge\`)
  --report FILE          add the accuracy to this analysis report (\`tinygate analyze --out\`), in place
  --json                 print the result JSON instead of the summary
  --debug                show stack traces for errors
  -h, --help             show this help
`;
async function evalCommand(args, io) {
  const { values, positionals } = parseCommandArgs("eval", args, {
    dataset: { type: "string" },
    ...SCHEDULE_OPTIONS,
    shard: { type: "string" },
    workers: { type: "string" },
    float: { type: "string" },
    calibrate: { type: "string" },
    "calibration-samples": { type: "string" },
    "write-tflite": { type: "string" },
    out: { type: "string" },
    report: { type: "string" },
    json: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(EVAL_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UserError(`eval: give exactly one model, got ${positionals.length} (usage: tinygate eval MODEL --dataset DIR)`);
  if (values.dataset === void 0) throw new UserError("eval: --dataset DIR is required (a folder with dataset.json)");
  const path = positionals[0];
  const shard = values.shard === void 0 ? null : parseShard(values.shard);
  if (shard !== null && values.report !== void 0) throw new UserError("eval: --report needs the whole dataset; write shards with --out and merge them (`tinygate merge --report`)");
  const workers = values.workers === void 0 ? void 0 : integer("--workers", values.workers, 0);
  const { model, floatModel } = loadModels(io, path, values);
  const schedule = scheduleOf(readTflite(model, path), values);
  const tty = io === processIo && process.stderr.isTTY === true;
  const progress = progressPrinter(io.stderr, tty, "eval");
  const result = await evaluateAccuracy(
    { model, modelPath: path, datasetDir: values.dataset, schedule, ...floatModel === null ? {} : { floatModel } },
    { shard, ...workers === void 0 ? {} : { workers }, onProgress: (d, t) => progress.update(d, t) }
  );
  progress.finish();
  if (values.out !== void 0) io.writeFile(values.out, `${JSON.stringify(result, null, 2)}
`);
  if (values.report !== void 0) addToReport(io, values.report, result);
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
  else io.stdout(renderResult(result, loadDataset(values.dataset).classes));
  return result.agreeing !== null && result.agreeing !== result.evaluated ? 1 : 0;
}
function addToReport(io, reportPath, result) {
  let json;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(reportPath)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`not JSON: ${e.message}`, reportPath);
  }
  const report = validateReport(json, reportPath);
  if (report.model.sha256 !== result.model.sha256) {
    throw new UserError(`this report is for another model (sha256 ${report.model.sha256.slice(0, 12)}\u2026, evaluated ${result.model.sha256.slice(0, 12)}\u2026)`, reportPath);
  }
  io.writeFile(reportPath, serializeReport(validateReport({ ...report, accuracy: accuracyReport(result) }, reportPath)));
}
function integer(flag, text, min) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UserError(`eval: ${flag} takes an integer \u2265 ${min}, got \`${text}\``);
  return n;
}
function loadModels(io, path, values) {
  const readTfjs = (p) => readTfjsModel(new TextDecoder().decode(io.readFile(p)), (w) => io.readFile(join4(dirname2(p), w)), p);
  if (!path.endsWith(".json")) {
    if (values["calibrate"] !== void 0 || values["write-tflite"] !== void 0) throw new UserError("eval: --calibrate and --write-tflite apply to a TF.js model.json");
    const float = values["float"];
    return { model: io.readFile(path), floatModel: float === void 0 ? null : writeTflite(readTfjs(float)) };
  }
  const floatGraph = readTfjs(path);
  if (values["calibrate"] === void 0) io.stderr("eval: calibrating on the evaluation set itself, which flatters int8 accuracy (--calibrate DIR to use training samples)\n");
  const calibDir = values["calibrate"] ?? values["dataset"];
  const count = values["calibration-samples"] === void 0 ? 200 : integer("--calibration-samples", values["calibration-samples"], 1);
  const int8 = quantizeGraph(floatGraph, calibrationInputs(floatGraph, calibDir, count));
  const model = writeTflite(int8);
  if (values["write-tflite"] !== void 0) io.writeFile(values["write-tflite"], model);
  return { model, floatModel: writeTflite(floatGraph) };
}
function calibrationInputs(graph, dir, count) {
  const dataset = loadDataset(dir);
  const reader = new SampleReader(dataset, graph.tensors[graph.inputs[0]]);
  const classes = elementCount(graph.tensors[graph.outputs[0]].shape);
  const n = Math.min(count, dataset.samples.length);
  return Array.from({ length: n }, (_, k) => [reader.read(Math.floor(k * dataset.samples.length / n), classes)]);
}
function scheduleOf(graph, values) {
  const choice = parseScheduleChoice("eval", values);
  if (choice === void 0 || choice.mode === "per-layer" || choice.mode === "search") return null;
  if (choice.mode === "patch") return { split: choice.split ?? bestSplitFor(graph, choice.patches).split, patches: choice.patches };
  const picked = pickSchedule(searchSchedules(graph), choice.budgetSramBytes);
  return picked.kind === "patch" ? { split: picked.split, patches: picked.patches } : null;
}

// src/cli/merge.ts
var MERGE_HELP = `Usage: tinygate merge RESULT... [--out FILE] [--report FILE] [--json]

Combines the shards of one accuracy evaluation (the --out files of \`tinygate eval --shard i/n\`)
into one result: counts are summed, so the merged accuracy equals an unsharded run's exactly. Fails
when a shard is missing or given twice, or when the shards ran another model, dataset or schedule.

Options:
  --out FILE      write the merged result JSON
  --report FILE   add the merged accuracy to this analysis report (\`tinygate analyze --out\`), in place
  --json          print the merged result JSON instead of the summary
  --debug         show stack traces for errors
  -h, --help      show this help
`;
function mergeCommand(args, io) {
  const { values, positionals } = parseCommandArgs("merge", args, {
    out: { type: "string" },
    report: { type: "string" },
    json: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UserError("merge: no result files given (usage: tinygate merge RESULT... --out FILE)");
  const parts = positionals.map((p) => readResult(io, p));
  const merged = mergeResults(parts, positionals);
  if (values.out !== void 0) io.writeFile(values.out, `${JSON.stringify(merged, null, 2)}
`);
  if (values.report !== void 0) addToReport(io, values.report, merged);
  io.stdout(values.json ? `${JSON.stringify(merged, null, 2)}
` : renderResult(merged));
  return 0;
}
function readResult(io, path) {
  let json;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(path)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`not JSON: ${e.message}`, path);
  }
  const r = json;
  if (r?.kind !== RESULT_KIND || r.version !== 1 || !Array.isArray(r.confusion) || typeof r.evaluated !== "number") {
    throw new UserError("not a tinygate accuracy result (write one with `tinygate eval --out FILE`)", path);
  }
  return r;
}

// src/random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/model/random-inputs.ts
function randomInputs(graph, seed) {
  const random = seededRandom(seed);
  return graph.inputs.map((id) => {
    const t = graph.tensors[id];
    const data = allocateTensorData(t.dtype, elementCount(t.shape));
    const low = t.dtype === "int8" ? -128 : t.dtype === "int16" ? -32768 : 0;
    const span2 = t.dtype === "int16" ? 65536 : 256;
    for (let i = 0; i < data.length; i++) {
      data[i] = t.dtype === "float32" ? random() * 2 - 1 : Math.floor(random() * span2) + low;
    }
    return data;
  });
}

// src/cli/run.ts
var RUN_HELP = `Usage: tinygate run MODEL (--input FILE... | --random-input SEED) [--schedule patch --patches P] [--output FILE]

Runs one inference with tinygate's int8 engine (TFLite reference semantics, bit for bit), per-layer
or patch by patch (the outputs are the same bytes either way).

Options:
  --input FILE        raw bytes of one model input in its dtype (repeat once per input, in order)
  --random-input SEED seeded random inputs instead (int8/uint8: uniform over the type; float32: [-1, 1))
  --schedule S        per-layer (default) or patch
  --patches P         with --schedule patch: P for P\xD7P patches, or PxQ
  --split K           with --schedule patch: last op of stage 1 (default: the best split for --patches)
  --output FILE       write every output's raw bytes, in order, to FILE (default: print a summary)
  --debug             show stack traces for errors
  -h, --help          show this help
`;
function runCommand(args, io) {
  const { values, positionals } = parseCommandArgs("run", args, {
    input: { type: "string", multiple: true },
    "random-input": { type: "string" },
    output: { type: "string" },
    schedule: SCHEDULE_OPTIONS.schedule,
    patches: SCHEDULE_OPTIONS.patches,
    split: SCHEDULE_OPTIONS.split,
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(RUN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UserError(`run: give exactly one model, got ${positionals.length} (usage: tinygate run MODEL --input FILE...)`);
  const path = positionals[0];
  const graph = readTflite(io.readFile(path), path);
  const inputTensors = graph.inputs.map((id) => graph.tensors[id]);
  let inputs;
  if (values["random-input"] !== void 0) {
    if (values.input !== void 0) throw new UserError("run: give either --input or --random-input, not both");
    const seed = Number(values["random-input"]);
    if (!Number.isInteger(seed)) throw new UserError(`run: --random-input takes an integer seed, got \`${values["random-input"]}\``);
    inputs = randomInputs(graph, seed);
  } else {
    const files = values.input ?? [];
    if (files.length !== inputTensors.length) {
      throw new UserError(`run: ${path} has ${inputTensors.length} input(s) (${inputTensors.map(describe2).join("; ")}), but --input was given ${files.length} time(s)`);
    }
    inputs = files.map((file, i) => readInput(io, file, inputTensors[i], i));
  }
  const schedule = parseScheduleChoice("run", values);
  if (schedule !== void 0 && schedule.mode !== "per-layer" && schedule.mode !== "patch") {
    throw new UserError("run: --schedule takes per-layer or patch");
  }
  const prepared = prepareGraph(graph);
  const outputs = schedule?.mode === "patch" ? runPatches(prepared, patchPlanFor(graph, schedule.patches, schedule.split), inputs) : runGraph(prepared, inputs);
  if (values.output !== void 0) {
    const bytes2 = outputs.map(encodeRawTensor);
    const all = new Uint8Array(bytes2.reduce((n, b) => n + b.length, 0));
    let offset = 0;
    for (const b of bytes2) {
      all.set(b, offset);
      offset += b.length;
    }
    io.writeFile(values.output, all);
  } else {
    io.stdout(summarize2(graph, outputs));
  }
  return 0;
}
function patchPlanFor(graph, patches, split) {
  return planPatches(graph, { split: split ?? bestSplitFor(graph, patches).split, patches });
}
function describe2(t) {
  return `${t.name || `tensor ${t.id}`}: ${t.dtype} ${formatShape(t.shape)}, ${tensorBytes(t)} bytes`;
}
function readInput(io, file, t, position) {
  const bytes2 = io.readFile(file);
  const need = tensorBytes(t);
  if (bytes2.length !== need) {
    const alternatives = dtypesMatchingSize(bytes2.length, elementCount(t.shape)).filter((d) => d !== t.dtype);
    const quantizeHint = alternatives.includes("float32") && t.quant !== null ? `; quantize it with scale ${t.quant.scale[0]} and zero point ${t.quant.zeroPoint[0]}` : "";
    const hint = alternatives.length > 0 ? ` (that is the size of ${alternatives.join(" or ")} data: input ${position} is ${t.dtype}${quantizeHint})` : "";
    throw new UserError(`has ${bytes2.length} bytes, but input ${position} (${describe2(t)}) needs ${need}${hint}`, file);
  }
  const data = decodeRawTensor(bytes2, t.dtype);
  if (data === null) throw new UserError(`input ${position} has type ${t.dtype}, which tinygate cannot run`, file);
  return data;
}
function summarize2(graph, outputs) {
  return outputs.map((data, i) => {
    const t = graph.tensors[graph.outputs[i]];
    const shown = Array.from(data.subarray(0, 16), (v) => String(v)).join(", ");
    const more = data.length > 16 ? `, \u2026 (${data.length} values)` : "";
    let line = `output ${i} ${t.name ? `(${t.name}) ` : ""}${t.dtype} ${formatShape(t.shape)}: [${shown}${more}]`;
    if (t.quant !== null && t.quant.scale.length === 1) {
      const s = t.quant.scale[0], z = t.quant.zeroPoint[0];
      line += `
  dequantized: [${Array.from(data.subarray(0, 16), (v) => (s * (v - z)).toFixed(4)).join(", ")}${more}]`;
    }
    return `${line}
`;
  }).join("");
}

// src/cli/targets.ts
var TARGETS_HELP = `Usage: tinygate targets [MODEL] [--runtime NAME]... [--target NAME]... [--json]

Lists the microcontroller targets the cycle model simulates: core, clock, SRAM, flash, flash wait
states and cache, the board's calibrated CPI factor and the measured latency error per runtime.
With MODEL, prints the model's simulated per-layer latency on each target and runtime instead.

Options:
  --runtime NAME  tflm (TFLite Micro + CMSIS-NN), tflm-reference, tinyengine (repeat or comma-separate)
  --target NAME   only these targets (repeat or comma-separate)
  --json          print JSON instead of a table
  -h, --help      show this help
`;
var kib = (bytes2) => `${Math.round(bytes2 / 1024)}`;
var size = (bytes2) => bytes2 < 1024 ? `${bytes2} B` : `${kib(bytes2)} KiB`;
function targetsCommand(args, io) {
  const { values, positionals } = parseCommandArgs("targets", args, {
    runtime: { type: "string", multiple: true },
    target: { type: "string", multiple: true },
    json: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(TARGETS_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UserError(`targets: takes at most one model, got ${positionals.length}`);
  const runtimes = parseRuntimes(splitList(values.runtime));
  const names = splitList(values.target);
  const targets = names === void 0 ? [...BUILTIN_TARGETS] : findTargets(names);
  if (positionals.length === 1) {
    const path = positionals[0];
    const rows = analyzeModelBytes(path, io.readFile(path), { runtimes, targets: targets.map((t) => t.name), schedule: { mode: "per-layer" } }).targets ?? [];
    io.stdout(values.json ? `${JSON.stringify(rows, null, 2)}
` : `${renderTargets({ targets: rows })}
`);
    return 0;
  }
  const listed = targets.map((t) => ({
    ...t,
    cpiFactor: memoryTerms(t).cpiFactor,
    calibratedOn: boardTerm(t) === void 0 ? null : `${boardTerm(t).round} ${boardTerm(t).system}`,
    errorPct: Object.fromEntries(runtimes.filter((r) => runtimeSupports(r, t.core)).map((r) => [r, errorFor(t, r)?.medianAbsPct ?? null]))
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify(listed, null, 2)}
`);
    return 0;
  }
  io.stdout(`${markdownTable([
    ["target", "core", "MHz", "SRAM KiB", "flash KiB", "flash WS / cache", "CPI factor", ...runtimes.map((r) => `\xB1 ${r}`)],
    ...listed.map((t) => [
      t.name,
      t.core.replace("cortex-", ""),
      String(t.clockHz / 1e6),
      kib(t.sramBytes),
      kib(t.flashBytes),
      `${t.flash.waitStates} / ${t.flash.cache.kind}${t.flash.cache.bytes > 0 ? ` ${size(t.flash.cache.bytes)}` : ""}`,
      `${t.cpiFactor}${t.calibratedOn === null ? " (default)" : ""}`,
      ...runtimes.map((r) => t.errorPct[r] === void 0 || t.errorPct[r] === null ? "n/a" : `${t.errorPct[r]}%`)
    ])
  ], { align: ["l", "l", "r", "r", "r", "l", "r", ...runtimes.map(() => "r")] })}
`);
  io.stdout(`
CPI factor: fitted per board on MLPerf Tiny (npm run calibrate); "(default)" = median of the fitted boards (${CALIBRATION.defaultCpiFactor}).
`);
  io.stdout("\xB1 = median |error| measured for that core and runtime; see docs/cost-model.md for how each was measured.\n");
  return 0;
}

// src/model/zoo.ts
var ZOO_NAMES = ["mobilenetv2", "mobilenetv1", "mcunet"];
function makeDivisible(v, divisor = 8) {
  const rounded = Math.max(divisor, Math.floor((v + divisor / 2) / divisor) * divisor);
  return rounded < 0.9 * v ? rounded + divisor : rounded;
}
function zooModel(name, options = {}) {
  const width = options.width ?? 1;
  const depth = options.depth ?? 1;
  const resolution = options.resolution ?? (name === "mcunet" ? 160 : 224);
  if (!(width > 0) || !(depth > 0) || !Number.isInteger(resolution) || resolution < 8) {
    throw new RangeError(`zoo ${name}: width and depth must be > 0 and resolution an integer \u2265 8 (got ${width}, ${depth}, ${resolution})`);
  }
  const net = new Net(options.seed ?? 1, resolution);
  const description = `tinygate zoo ${name} width ${width} depth ${depth} resolution ${resolution}: seeded random weights (seed ${options.seed ?? 1})`;
  switch (name) {
    case "mobilenetv2":
      return net.finish(mobileNetV2(net, width, depth), options.classes ?? 1e3, description);
    case "mobilenetv1":
      return net.finish(mobileNetV1(net, width), options.classes ?? 1e3, description);
    case "mcunet":
      return net.finish(mcunetLike(net, width, depth), options.classes ?? 1e3, description);
  }
}
function mobileNetV2(net, alpha, depth) {
  let x = net.conv("Conv1", net.input, makeDivisible(32 * alpha), 3, 2, "RELU6");
  const settings = [[1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2], [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1]];
  let block = 0;
  for (const [t, c, n, s] of settings) {
    for (let r = 0; r < Math.ceil(n * depth); r++) {
      x = net.invertedResidual(block === 0 ? "expanded_conv" : `block_${block}`, x, t, makeDivisible(c * alpha), 3, r === 0 ? s : 1, block > 0);
      block++;
    }
  }
  return net.conv("Conv_1", x, alpha > 1 ? makeDivisible(1280 * alpha) : 1280, 1, 1, "RELU6");
}
function mobileNetV1(net, alpha) {
  let x = net.conv("conv1", net.input, Math.floor(32 * alpha), 3, 2, "RELU6");
  const blocks = [[64, 1], [128, 2], [128, 1], [256, 2], [256, 1], [512, 2], [512, 1], [512, 1], [512, 1], [512, 1], [512, 1], [1024, 2], [1024, 1]];
  blocks.forEach(([c, s], i) => {
    x = net.depthwise(`conv_dw_${i + 1}`, x, 3, s, "RELU6");
    x = net.conv(`conv_pw_${i + 1}`, x, Math.floor(c * alpha), 1, 1, "RELU6");
  });
  return x;
}
var MCUNET_BLOCKS = [
  [4, 7, 16, 2],
  [3, 5, 16, 1],
  [4, 5, 24, 2],
  [5, 5, 24, 1],
  [4, 3, 24, 1],
  [5, 7, 40, 2],
  [4, 3, 40, 1],
  [5, 5, 48, 1],
  [4, 5, 48, 1],
  [6, 7, 96, 2],
  [4, 3, 96, 1],
  [6, 3, 160, 1]
];
function mcunetLike(net, alpha, depth) {
  let x = net.conv("stem", net.input, makeDivisible(16 * alpha), 3, 2, "RELU6");
  x = net.invertedResidual("first", x, 1, makeDivisible(8 * alpha), 3, 1, false);
  let block = 1;
  for (const [t, k, c, s] of MCUNET_BLOCKS) {
    for (let r = 0; r < Math.ceil(depth); r++) x = net.invertedResidual(`block_${block++}`, x, t, makeDivisible(c * alpha), k, r === 0 ? s : 1, true);
  }
  return x;
}
var RELU6_QUANT = { scale: 6 / 255, zeroPoint: -128 };
var TARGET_STD = 2;
var INT8_STD = 73.3;
var RELU_RMS = TARGET_STD / Math.SQRT2;
function clampOf2(a) {
  return a === "RELU6" ? { min: 0, max: 6 } : { min: -Infinity, max: Infinity };
}
function samePad(n, k, s) {
  const out = Math.ceil(n / s);
  const total = Math.max((out - 1) * s + k - n, 0);
  return [out, Math.floor(total / 2), total - Math.floor(total / 2)];
}
function bytesOf(values) {
  const out = new Uint8Array(values.byteLength);
  const view = new DataView(out.buffer);
  if (values instanceof Int8Array) out.set(new Uint8Array(values.buffer, values.byteOffset, values.length));
  else values.forEach((v, i) => view.setInt32(4 * i, v, true));
  return out;
}
var Net = class {
  tensors = [];
  ops = [];
  rng;
  input;
  constructor(seed, resolution) {
    this.rng = seededRandom(seed);
    this.input = { id: this.tensor("input", [1, resolution, resolution, 3], { scale: [1 / 128], zeroPoint: [0], axis: 0 }), rms: 0.577 };
  }
  tensor(name, shape, quant, data = null, dtype = "int8") {
    const id = this.tensors.length;
    this.tensors.push({ id, name, shape, dtype, quant, data, isVariable: false });
    return id;
  }
  shape(id) {
    return this.tensors[id].shape;
  }
  scale(id) {
    return this.tensors[id].quant.scale[0];
  }
  op(partial) {
    this.ops.push({ ...partial, index: this.ops.length });
  }
  /** Symmetric per-channel int8 filter (channels on `axis`) for the given fan-in and input rms. */
  filter(name, shape, axis, fanIn, inputRms) {
    const base = TARGET_STD / (Math.sqrt(fanIn) * inputRms * INT8_STD);
    const scale = Array.from({ length: shape[axis] }, () => base * (0.75 + 0.5 * this.rng()));
    const data = new Int8Array(shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) data[i] = Math.floor(this.rng() * 255) - 127;
    return this.tensor(name, shape, { scale, zeroPoint: scale.map(() => 0), axis }, bytesOf(data));
  }
  /** Real biases uniform in [−0.5, 0.5] at scale input scale × filter scale (float32, as TFLite checks). */
  bias(name, input, filter) {
    const fq = this.tensors[filter].quant;
    const channels = this.shape(filter)[fq.axis];
    const scale = fq.scale.map((s) => Math.fround(Math.fround(this.scale(input)) * s));
    const data = Int32Array.from({ length: channels }, (_, c) => Math.round((this.rng() - 0.5) / scale[scale.length === 1 ? 0 : c]));
    return this.tensor(name, [channels], { scale, zeroPoint: scale.map(() => 0), axis: 0 }, bytesOf(data), "int32");
  }
  /** Output quantization: RELU6's fixed range, or symmetric ±4σ around 0 for linear outputs. */
  output(name, shape, activation, rms) {
    const q = activation === "RELU6" ? RELU6_QUANT : { scale: 4 * rms / 127, zeroPoint: 0 };
    return this.tensor(name, shape, { scale: [q.scale], zeroPoint: [q.zeroPoint], axis: 0 });
  }
  window(input, k, s) {
    const [, h, w] = this.shape(input);
    const [oh, top, bottom] = samePad(h, k, s);
    const [ow, left, right] = samePad(w, k, s);
    return { pad: { top, bottom, left, right }, hw: [oh, ow] };
  }
  conv(name, x, outC, k, s, activation) {
    const inC = this.shape(x.id)[3];
    const filter = this.filter(`${name}/weights`, [outC, k, k, inC], 0, k * k * inC, x.rms);
    const bias = this.bias(`${name}/bias`, x.id, filter);
    const { pad, hw } = this.window(x.id, k, s);
    const rms = activation === "RELU6" ? RELU_RMS : TARGET_STD;
    const output = this.output(name, [1, ...hw, outC], activation, rms);
    this.op({
      kind: "CONV_2D",
      version: 3,
      inputs: { input: x.id, filter, bias },
      inputList: [x.id, filter, bias],
      outputs: [output],
      attrs: { stride: [s, s], dilation: [1, 1], pad, activation, clamp: clampOf2(activation) }
    });
    return { id: output, rms };
  }
  depthwise(name, x, k, s, activation) {
    const c = this.shape(x.id)[3];
    const filter = this.filter(`${name}/weights`, [1, k, k, c], 3, k * k, x.rms);
    const bias = this.bias(`${name}/bias`, x.id, filter);
    const { pad, hw } = this.window(x.id, k, s);
    const output = this.output(name, [1, ...hw, c], activation, RELU_RMS);
    this.op({
      kind: "DEPTHWISE_CONV_2D",
      version: 3,
      inputs: { input: x.id, filter, bias },
      inputList: [x.id, filter, bias],
      outputs: [output],
      attrs: { stride: [s, s], dilation: [1, 1], pad, activation, clamp: clampOf2(activation), depthMultiplier: 1 }
    });
    return { id: output, rms: RELU_RMS };
  }
  /** Expand 1×1 (RELU6) → depthwise k×k (RELU6) → project 1×1 (linear) [→ ADD with the input]. */
  invertedResidual(name, x, expansion, outC, k, s, expand) {
    const inC = this.shape(x.id)[3];
    let y = expand && expansion !== 1 ? this.conv(`${name}_expand`, x, expansion * inC, 1, 1, "RELU6") : x;
    y = this.depthwise(`${name}_depthwise`, y, k, s, "RELU6");
    y = this.conv(`${name}_project`, y, outC, 1, 1, "NONE");
    if (s !== 1 || inC !== outC) return y;
    const rms = Math.hypot(x.rms, y.rms);
    const output = this.output(`${name}_add`, [...this.shape(y.id)], "NONE", rms);
    this.op({
      kind: "ADD",
      version: 2,
      inputs: { lhs: x.id, rhs: y.id },
      inputList: [x.id, y.id],
      outputs: [output],
      attrs: { activation: "NONE", clamp: clampOf2("NONE") }
    });
    return { id: output, rms };
  }
  /** Global average pool (MEAN over H, W, as Keras' GlobalAveragePooling2D converts), dense, softmax. */
  finish(x, classes, description) {
    const c = this.shape(x.id)[3];
    const axes = this.tensor("pool/axes", [2], null, bytesOf(Int32Array.of(1, 2)), "int32");
    const pooled = this.tensor("pool", [1, c], this.tensors[x.id].quant);
    this.op({ kind: "MEAN", version: 2, inputs: { input: x.id, axes }, inputList: [x.id, axes], outputs: [pooled], attrs: { axes: [1, 2], keepDims: false } });
    const filter = this.filter("predictions/weights", [classes, c], 0, c, TARGET_STD / Math.sqrt(2 * Math.PI));
    const fq = this.tensors[filter].quant;
    this.tensors[filter] = { ...this.tensors[filter], quant: { scale: [fq.scale[0]], zeroPoint: [0], axis: 0 } };
    const bias = this.bias("predictions/bias", pooled, filter);
    const logits = this.output("predictions", [1, classes], "NONE", TARGET_STD);
    this.op({
      kind: "FULLY_CONNECTED",
      version: 4,
      inputs: { input: pooled, filter, bias },
      inputList: [pooled, filter, bias],
      outputs: [logits],
      attrs: { activation: "NONE", clamp: clampOf2("NONE"), keepNumDims: false }
    });
    const probs = this.tensor("probabilities", [1, classes], { scale: [1 / 256], zeroPoint: [-128], axis: 0 });
    this.op({ kind: "SOFTMAX", version: 2, inputs: { input: logits }, inputList: [logits], outputs: [probs], attrs: { beta: 1 } });
    return { tensors: [...this.tensors], ops: [...this.ops], inputs: [this.input.id], outputs: [probs], description };
  }
};

// src/cli/zoo.ts
var ZOO_HELP = `Usage: tinygate zoo NAME [--width W] [--resolution R] [--depth D] [--classes N] [--seed S] --out FILE

Writes a reference network as an int8 .tflite with seeded random weights and plausible
quantization, to ask "what if" about memory and compute (accuracy is meaningless).

Networks:
  mobilenetv2   Keras MobileNetV2 (default 224\xD7224)
  mobilenetv1   Keras MobileNetV1 (default 224\xD7224)
  mcunet        an MCUNet-like inverted-residual net with 3/5/7 kernels (default 160\xD7160)

Options:
  --width W        width multiplier \u03B1 (default 1)
  --resolution R   input height and width in pixels
  --depth D        repeat each stage's blocks \u2308n\xB7D\u2309 times (mobilenetv2, mcunet; default 1)
  --classes N      classifier outputs (default 1000)
  --seed S         seed of the random weights (default 1)
  --out FILE       the .tflite file to write
  --debug          show stack traces for errors
  -h, --help       show this help
`;
function positiveNumber(flag, text, integer2) {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (!(n > 0) || integer2 && !Number.isInteger(n)) throw new UserError(`zoo: ${flag} must be a positive ${integer2 ? "integer" : "number"}, got \`${text}\``);
  return n;
}
function zooCommand(args, io) {
  const { values, positionals } = parseCommandArgs("zoo", args, {
    width: { type: "string" },
    resolution: { type: "string" },
    depth: { type: "string" },
    classes: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(ZOO_HELP);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === void 0) throw new UserError(`zoo: no network given; networks: ${ZOO_NAMES.join(", ")}`);
  if (extra.length > 0) throw new UserError(`zoo: one network at a time, got ${positionals.length}`);
  if (!ZOO_NAMES.includes(name)) throw new UserError(`zoo: unknown network \`${name}\`; networks: ${ZOO_NAMES.join(", ")}`);
  if (values.out === void 0) throw new UserError("zoo: --out FILE is required (usage: tinygate zoo NAME --out FILE)");
  const resolution = positiveNumber("--resolution", values.resolution, true);
  if (resolution !== void 0 && resolution < 8) throw new UserError(`zoo: --resolution must be at least 8, got ${resolution}`);
  const seed = values.seed === void 0 ? void 0 : Number(values.seed);
  if (seed !== void 0 && !Number.isInteger(seed)) throw new UserError(`zoo: --seed must be an integer, got \`${values.seed}\``);
  const graph = zooModel(name, {
    width: positiveNumber("--width", values.width, false),
    depth: positiveNumber("--depth", values.depth, false),
    classes: positiveNumber("--classes", values.classes, true),
    resolution,
    seed
  });
  const bytes2 = writeTflite(graph);
  io.writeFile(values.out, bytes2);
  const macs = graph.ops.reduce((s, op) => s + denseMacs(op, graph), 0);
  const input = graph.tensors[graph.inputs[0]];
  io.stdout(`${values.out}: ${name}, input ${formatShape(input.shape)} (${tensorBytes(input)} B), ${graph.ops.length} ops, ${macs.toLocaleString("en-US")} MACs, ${bytes2.length.toLocaleString("en-US")} B
`);
  return 0;
}

// src/cli/main.ts
var EXIT_USER_ERROR = 2;
var EXIT_BUG = 1;
var COMMANDS = {
  analyze: { help: ANALYZE_HELP, run: analyzeCommand },
  run: { help: RUN_HELP, run: runCommand },
  eval: { help: EVAL_HELP, run: evalCommand },
  merge: { help: MERGE_HELP, run: mergeCommand },
  compare: { help: COMPARE_HELP, run: compareCommand },
  targets: { help: TARGETS_HELP, run: targetsCommand },
  zoo: { help: ZOO_HELP, run: zooCommand }
};
var MAIN_HELP = `Usage: tinygate COMMAND [options]

Gate pull requests on a tiny int8 network's microcontroller budget.

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.help.split("\n")[2] ?? ""}`).join("\n")}

Run \`tinygate COMMAND --help\` for a command's options. --version prints the version.
`;
async function main(argv, io) {
  const debug = argv.includes("--debug");
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(MAIN_HELP);
      return command === void 0 ? EXIT_USER_ERROR : 0;
    }
    if (command === "--version") {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    const cmd = COMMANDS[command];
    if (cmd === void 0) {
      io.stderr(`tinygate: unknown command \`${command}\`; commands: ${Object.keys(COMMANDS).join(", ")}
`);
      return EXIT_USER_ERROR;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(`tinygate: ${e.message}
${debug && e.stack ? `${e.stack}
` : ""}`);
      return EXIT_USER_ERROR;
    }
    io.stderr(`tinygate: internal error (please report it with the command and the model):
${e instanceof Error ? e.stack ?? e.message : String(e)}
`);
    return EXIT_BUG;
  }
}

// src/cli.ts
if (isMainThread2) process.exitCode = await main(process.argv.slice(2), processIo);
