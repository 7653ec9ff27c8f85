import { createRequire as __tinygateCreateRequire } from 'node:module';
const require = __tinygateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
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
    var Builder = class _Builder {
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
      prep(size, additional_bytes) {
        if (size > this.minalign) {
          this.minalign = size;
        }
        const align_size = ~(this.bb.capacity() - this.space + additional_bytes) + 1 & size - 1;
        while (this.space < align_size + size + additional_bytes) {
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
    exports.Builder = Builder;
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
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
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
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
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
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
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
        let code = code_1.nil;
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
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
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
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
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
      constructor(code) {
        super();
        this.code = code;
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
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
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
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
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
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
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
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
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
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
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
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
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
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
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
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
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
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
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
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
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
        parse(serialize(uri, options), options);
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
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
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
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
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
        value = typeof uri === "string" ? uri : serialize(uri, opts);
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
      serialize,
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
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
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

// src/eval/worker.ts
import { parentPort, workerData } from "node:worker_threads";

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

// src/eval/evaluator.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

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
      const size = this.windowSize[d];
      const c = ++this.counter[d];
      if (c < size) {
        for (let k = 0; k < this.operands; k++) this.offsets[k] += this.strides[k * rank + d];
        return;
      }
      this.counter[d] = 0;
      for (let k = 0; k < this.operands; k++) this.offsets[k] -= this.strides[k * rank + d] * (size - 1);
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
var f32 = Math.fround;
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
    case "RELU": {
      const { multiplier, shift } = quantizeMultiplier(qi.scale / qo.scale);
      const lo = Math.max(min, qo.zeroPoint);
      return (q) => clamp(qo.zeroPoint + multiplyByQuantizedMultiplier(q - qi.zeroPoint, multiplier, shift), lo, max);
    }
    case "RELU6": {
      const six = clamp(tfliteRound(f32(6 / f32(qi.scale))) + qi.zeroPoint, min, max);
      return (q) => clamp(q, qi.zeroPoint, six);
    }
    case "LOGISTIC":
      return lutEntry(qi, qo, min, max, (x) => f32(1 / f32(1 + f32(Math.exp(-x)))));
    case "TANH":
      return lutEntry(qi, qo, min, max, (x) => f32(Math.tanh(x)));
    case "HARD_SWISH":
      return hardSwish(qi, qo, min, max);
  }
}
function lutEntry(qi, qo, min, max, fn) {
  const inverseScale = f32(1 / f32(qo.scale));
  const si = f32(qi.scale);
  return (q) => {
    const y = tfliteRound(f32(fn(f32(si * (q - qi.zeroPoint))) * inverseScale)) + qo.zeroPoint;
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
  const hiresInputScale = f32(f32(1 / 128) * f32(qi.scale));
  const reluishScale = f32(3 / 32768);
  const output = quantizeMultiplier(f32(hiresInputScale / f32(qo.scale)));
  const reluish = quantizeMultiplier(f32(hiresInputScale / reluishScale));
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
  const fn = kind === "RELU" ? (x) => x > 0 ? x : 0 : kind === "RELU6" ? (x) => x > 0 ? x < 6 ? x : 6 : 0 : kind === "LOGISTIC" ? (x) => 1 / (1 + Math.exp(-x)) : kind === "TANH" ? Math.tanh : (x) => f32(f32(x * Math.min(6, Math.max(0, f32(x + 3)))) / 6);
  return (x, ix, sx, y, iy, n) => {
    for (let i = 0; i < n; i++, ix += sx) y[iy + i] = fn(x[ix]);
  };
}

// src/model/tensor-data.ts
var TYPED_ARRAY_OF = {
  int8: Int8Array,
  uint8: Uint8Array,
  bool: Uint8Array,
  int16: Int16Array,
  int32: Int32Array,
  float32: Float32Array
};
function allocateTensorData(dtype, count) {
  const Class = TYPED_ARRAY_OF[dtype];
  if (Class === void 0) throw new UserError(`tensors of type ${dtype} cannot be computed (supported: ${Object.keys(TYPED_ARRAY_OF).join(", ")})`);
  return new Class(count);
}
function decodeConstant(tensor) {
  const bytes = tensor.data;
  if (bytes === null) throw new Error(`tensor ${tensor.id} (${tensor.name}) is not a constant`);
  const count = elementCount(tensor.shape);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (size) => {
    if (bytes.byteLength < count * size) {
      throw new UserError(`constant tensor ${tensor.id} (${tensor.name}) holds ${bytes.byteLength} bytes, its shape needs ${count * size}`);
    }
  };
  switch (tensor.dtype) {
    case "int8":
      need(1);
      return new Int8Array(bytes.buffer, bytes.byteOffset, count).slice();
    case "uint8":
    case "bool":
      need(1);
      return bytes.slice(0, count);
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
    const scale = Math.fround(qo.scale);
    row = (x, ix, sx, y, iy, n) => {
      for (let i = 0; i < n; i++, ix += sx) {
        const v = tfliteRound(Math.fround(x[ix] / scale)) + zo;
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
function quantizedBinaryParams(op, lhs, rhs, out) {
  const q1 = perTensorQuant(op, lhs, "lhs");
  const q2 = perTensorQuant(op, rhs, "rhs");
  const qo = perTensorQuant(op, out, "output");
  const [min, max] = activationRangeQuantized(op.attrs.activation, qo.scale, qo.zeroPoint, out.dtype);
  const tableBias = out.dtype === "int8" ? 128 : 0;
  const common = { outputZeroPoint: qo.zeroPoint, min, max, tableBias, zeroPoints: [q1.zeroPoint, q2.zeroPoint] };
  if (op.kind === "MUL") {
    const f325 = Math.fround;
    const { multiplier: multiplier2, shift: shift2 } = quantizeMultiplier(f325(f325(q1.scale * q2.scale) / qo.scale));
    return { ...common, multiplier: multiplier2, shift: shift2, rescales: null, tables: null };
  }
  const twiceMaxInputScale = 2 * Math.max(q1.scale, q2.scale);
  const { multiplier, shift } = quantizeMultiplier(twiceMaxInputScale / (2 ** ADD_LEFT_SHIFT * qo.scale));
  const rescales = [quantizeMultiplier(q1.scale / twiceMaxInputScale), quantizeMultiplier(q2.scale / twiceMaxInputScale)];
  const table = (q, m) => {
    const [lo, hi] = dtypeRange(out.dtype);
    const t = new Int32Array(256);
    for (let v = lo; v <= hi; v++) {
      t[v + tableBias] = multiplyByQuantizedMultiplier((v - q.zeroPoint) * 2 ** ADD_LEFT_SHIFT, m.multiplier, m.shift);
    }
    return t;
  };
  return { ...common, multiplier, shift, rescales, tables: [table(q1, rescales[0]), table(q2, rescales[1])] };
}
function quantizedRow(op, lhs, rhs, out) {
  const params = quantizedBinaryParams(op, lhs, rhs, out);
  return params.tables === null ? mulRow(params) : addRow(op.kind === "SUB", params, params.tables);
}
function addRow(subtract, params, [t1, t2]) {
  const { multiplier, shift, outputZeroPoint: zp, min: lo, max: hi, tableBias: bias } = params;
  const sign = subtract ? -1 : 1;
  return (a, ia, sa, b, ib, sb, o, io, n) => {
    for (let i = 0; i < n; i++, ia += sa, ib += sb) {
      const raw = t1[a[ia] + bias] + sign * t2[b[ib] + bias] | 0;
      const v = multiplyByQuantizedMultiplier(raw, multiplier, shift) + zp;
      o[io + i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}
function mulRow(params) {
  const { multiplier, shift, outputZeroPoint: zo, min: lo, max: hi, zeroPoints: [z1, z2] } = params;
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
  return transposeOp(op, graph, false);
}
function prepareCmsisTranspose(op, graph) {
  return transposeOp(op, graph, true);
}
function transposeOp(op, graph, rank2AlwaysTransposes) {
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
  const walk = rank2AlwaysTransposes && rank === 2 && input.dtype === "int8" ? [1, 0] : perm;
  const inStrides = stridesOf(input.shape);
  const axes = walk.map((p) => ({ start: 0, count: input.shape[p], step: inStrides[p] }));
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
  const dims = shape.length + added;
  const specs = [];
  let expanded = 0;
  for (let i = 0; i < dims; ) {
    if (bit(a.ellipsisMask, i)) {
      const end = Math.max(i + 1, Math.min(i + 1 + added + shape.length - n, dims));
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
    const size = shape[inputAxis];
    const stride = inStrides[inputAxis];
    inputAxis++;
    if (spec.kind !== "spec") {
      axes.push({ start: 0, count: size, step: stride, shrink: false });
      continue;
    }
    const k = spec.index;
    const step = a.strides[k];
    if (step === 0) failOp(op, `stride ${k} is 0`);
    const shrink = bit(a.shrinkAxisMask, k);
    let begin = a.begin[k];
    let end = a.offset ? a.begin[k] + a.end[k] : a.end[k];
    if (bit(a.beginMask, k)) begin = step > 0 ? -Infinity : Infinity;
    begin = clampIndex(begin, size, step);
    if (shrink) end = begin + 1;
    else {
      if (bit(a.endMask, k)) end = step > 0 ? Infinity : -Infinity;
      end = clampIndex(end, size, step);
    }
    const count = size === 0 ? 0 : Math.max(0, Math.ceil((end - begin) / step));
    axes.push({ start: begin * stride, count, step: step * stride, shrink });
  }
  return axes;
}
function clampIndex(index, size, step) {
  const i = index < 0 ? index + size : index;
  return step > 0 ? Math.min(Math.max(i, 0), size) : Math.min(Math.max(i, -1), size - 1);
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
        const size = window.size.map((s, d) => d === axis ? to - from : s);
        const dstStart = window.start.map((s, d) => d === axis ? from : s);
        copyRegion(src, start, out, dstStart, size, part.requantize);
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
function copyRegion(src, srcStart, dst, dstStart, size, map) {
  const rank = size.length;
  if (size.some((s) => s === 0)) return;
  const srcStrides = stridesOf(src.box.size);
  const dstStrides = stridesOf(dst.box.size);
  let si = 0;
  let di = 0;
  for (let d = 0; d < rank; d++) {
    si += (srcStart[d] - src.box.start[d]) * srcStrides[d];
    di += (dstStart[d] - dst.box.start[d]) * dstStrides[d];
  }
  const n = rank === 0 ? 1 : size[rank - 1];
  const counter = size.map(() => 0);
  for (; ; ) {
    if (map === null) dst.data.set(src.data.subarray(si, si + n), di);
    else for (let i = 0; i < n; i++) dst.data[di + i] = map[src.data[si + i]];
    let d = rank - 2;
    for (; d >= 0; d--) {
      if (++counter[d] < size[d]) {
        si += srcStrides[d];
        di += dstStrides[d];
        break;
      }
      counter[d] = 0;
      si -= srcStrides[d] * (size[d] - 1);
      di -= dstStrides[d] * (size[d] - 1);
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
  const constantId = padOp.inputs.constantValues ?? NO_TENSOR;
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
  const integer = input.dtype !== "float32";
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
            if (isAverage) v = integer ? Math.trunc(v > 0 ? (v + half) / count : (v - half) / count) : v / count;
            y[o + j] = v < min ? min : v > max ? max : v;
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

// src/kernels/reduce.ts
var f322 = Math.fround;
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
  const finish3 = input.dtype === "float32" ? finishFloat(count) : finishInt8(op, graph, count);
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
      sums[o] = float ? f322(sums[o] + x[i]) : sums[o] + x[i];
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
    for (let i = 0; i < sums.length; i++) y[i] = f322(sums[i] / count);
  };
}
function meanStage(op, graph, count) {
  const qi = perTensorQuant(op, tensorOf(graph, op, op.inputs.input, "input"), "input");
  const qo = perTensorQuant(op, outputOf(graph, op), "output");
  const base = quantizeMultiplier(qi.scale / qo.scale);
  const k = Math.min(Math.floor(Math.log2(count)), 32, 31 + base.shift);
  const multiplier = Number((BigInt(base.multiplier) << BigInt(k)) / BigInt(count));
  return { multiplier, shift: base.shift - k, offset: qi.zeroPoint * count, outputZeroPoint: qo.zeroPoint };
}
function finishInt8(op, graph, count) {
  const { multiplier, shift, offset, outputZeroPoint } = meanStage(op, graph, count);
  return (sums, y) => {
    for (let i = 0; i < sums.length; i++) {
      const v = multiplyByQuantizedMultiplier(sums[i] - offset | 0, multiplier, shift) + outputZeroPoint;
      y[i] = v < -128 ? -128 : v > 127 ? 127 : v;
    }
  };
}

// src/kernels/resize.ts
var f323 = Math.fround;
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
  const scale = aligned ? f323((inSize - 1) / (outSize - 1)) : f323(inSize / outSize);
  for (let o = 0; o < outSize; o++) {
    if (mode === "nearest") {
      const v = f323(f323(o + (halfPixel ? 0.5 : 0)) * scale);
      let i = Math.min(alignCorners ? tfliteRound(v) : Math.floor(v), inSize - 1);
      if (halfPixel) i = Math.max(0, i);
      lo[o] = i;
      hi[o] = i;
    } else {
      const v = halfPixel ? f323(f323(f323(o + 0.5) * scale) - 0.5) : f323(o * scale);
      lo[o] = Math.max(Math.floor(v), 0);
      hi[o] = Math.min(Math.ceil(v), inSize - 1);
      frac[o] = f323(v - lo[o]);
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
            const gy = f323(1 - fy), gx = f323(1 - fx);
            for (let j = 0; j < nc; j++) {
              const v = f323(f323(f323(f323(f323(x[pll + j] * gy) * gx) + f323(f323(x[plu + j] * fy) * gx)) + f323(f323(x[prl + j] * gy) * fx)) + f323(f323(x[pru + j] * fy) * fx));
              y[o + j] = roundingOffset === 0 ? v : Math.trunc(f323(v + roundingOffset));
            }
          }
        }
      }
    }
  }
  return { op, windowed: true, run };
};

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
var KERNEL_SET_OF = {
  tflm: "cmsis",
  "tflm-reference": "reference",
  tinyengine: "reference",
  tinygate: "reference",
  paper: "reference"
};
function kernelSetOf(runtime) {
  return KERNEL_SET_OF[runtime];
}
var CMSIS_KERNELS = {
  TRANSPOSE: prepareCmsisTranspose
};
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
function kernelFor(op, set) {
  if (op.kind === "UNSUPPORTED") {
    throw new UserError(`op ${op.index} (${opName(op)}) is not supported; supported: ${SUPPORTED_OPS.join(", ")}`);
  }
  const prepare = (set === "cmsis" ? CMSIS_KERNELS[op.kind] : void 0) ?? KERNELS[op.kind];
  if (prepare === void 0) {
    throw new UserError(`op ${op.index} (${op.kind}) has no kernel yet; computable: ${COMPUTABLE_OPS.join(", ")}`);
  }
  return prepare;
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

// src/kernels/executor.ts
var heapAllocator = (tensor) => allocateTensorData(tensor.dtype, elementCount(tensor.shape));
function prepareGraph(graph, options = {}) {
  const constants = /* @__PURE__ */ new Map();
  const ops = graph.ops.map((op) => {
    const prepared = options.kernel?.(op, graph) ?? kernelFor(op, options.kernels ?? "reference")(op, graph);
    for (const id of op.inputList) {
      const t = graph.tensors[id];
      if (t !== void 0 && t.data !== null && !constants.has(id)) {
        constants.set(id, { data: decodeConstant(t), box: wholeBox(t.shape) });
      }
    }
    return prepared;
  });
  return { graph, ops, constants, releaseAfter: lastReaders(graph) };
}
function lastReaders(graph) {
  const last = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i) => {
    for (const id of [...op.inputList, ...op.outputs]) if (id !== NO_TENSOR && graph.tensors[id]?.data === null) last.set(id, i);
  });
  for (const id of graph.outputs) last.delete(id);
  const release = graph.ops.map(() => []);
  for (const [id, i] of last) release[i].push(id);
  return release;
}
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
  prepared.ops.forEach((step, i) => {
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
    for (const id of prepared.releaseAfter[i]) buffers.delete(id);
  });
  return graph.outputs.map((id) => {
    const view = buffers.get(id);
    if (view === void 0) throw new UserError(`graph output tensor ${id} is never written`);
    return view.data;
  });
}

// src/registry.ts
var RUNTIMES = {
  tflm: {
    label: "TFLM + CMSIS-NN",
    perLayer: true,
    patch: false,
    latency: true,
    accountingOnly: false,
    description: "TensorFlow Lite Micro with CMSIS-NN kernels: greedy arena plus CMSIS-NN scratch, per-layer only"
  },
  "tflm-reference": {
    label: "TFLM reference kernels",
    perLayer: true,
    patch: false,
    latency: true,
    accountingOnly: false,
    description: "TensorFlow Lite Micro with its portable C reference kernels: greedy arena, no scratch, per-layer only"
  },
  tinyengine: {
    label: "TinyEngine",
    perLayer: true,
    patch: true,
    latency: true,
    accountingOnly: false,
    description: "MIT TinyEngine: PEAK_MEM (first-fit arena, in-place depthwise, im2col buffers), per-layer and patch-based"
  },
  tinygate: {
    label: "tinygate",
    perLayer: true,
    patch: true,
    latency: false,
    accountingOnly: false,
    description: "tinygate's own memory plan (views, in-place ops, best placement), per-layer and patch-based; a memory plan only, no latency"
  },
  paper: {
    label: "the MCUNetV2 paper's accounting",
    perLayer: true,
    patch: true,
    latency: false,
    accountingOnly: true,
    description: "the MCUNetV2 paper's activation-only accounting (no alignment, no scratch, input not resident): a reference figure, no device runs it"
  }
};
var RUNTIME_NAMES = Object.keys(RUNTIMES);
var COST_RUNTIMES = RUNTIME_NAMES.filter((r) => RUNTIMES[r].latency);
var PATCH_RUNTIMES = RUNTIME_NAMES.filter((r) => RUNTIMES[r].patch);
var DEFAULT_RUNTIME = "tflm";

// src/limits.ts
import { closeSync, fstatSync, openSync, readSync, constants as fsConstants } from "node:fs";
var LIMITS = {
  /** Any file tinygate reads: a model, a run input, a dataset sample, an image, a report. */
  fileBytes: 64 * 2 ** 20,
  /** Tensors in the model's subgraph. */
  tensors: 2e5,
  /** Operators in the model's subgraph. */
  ops: 5e4,
  /** Inputs or outputs of one operator (the widest real op, CONCATENATION, has a handful). */
  operandsPerOp: 1024,
  /** Dimensions of one tensor. */
  rank: 8,
  /** Elements of one tensor (activation or constant): 16 Mi, 16 MiB of int8. */
  tensorElements: 16 * 2 ** 20,
  /** Bytes of one tensor. */
  tensorBytes: 64 * 2 ** 20,
  /** Pixels of a decoded image, or of the size preprocessing resizes it to. */
  imagePixels: 16 * 2 ** 20,
  /** Samples in one dataset. */
  datasetSamples: 1e7
};
function formatLimit(n) {
  return n >= 2 ** 20 && n % 2 ** 20 === 0 ? `${n / 2 ** 20} Mi` : n.toLocaleString("en-US");
}
function checkLimit(value, limit, what, file) {
  if (!(value <= limit)) {
    throw new UserError(`${what} is ${Number.isFinite(value) ? value.toLocaleString("en-US") : String(value)}, over tinygate's limit of ${formatLimit(limit)} (see README, Limits)`, file);
  }
}
function readInputFile(path, maxBytes = LIMITS.fileBytes) {
  let fd;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    throw new UserError(describeFsError(e, "read"), path);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError("is a directory, expected a file", path);
    if (!stat.isFile()) throw new UserError("is not a regular file (a device, FIFO or socket); give a file", path);
    checkLimit(stat.size, maxBytes, "file size in bytes", path);
    const out = new Uint8Array(stat.size);
    let done = 0;
    while (done < out.length) {
      const n = readSync(fd, out, done, out.length - done, done);
      if (n === 0) break;
      done += n;
    }
    if (done !== out.length) throw new UserError(`shrank while being read (${done} of ${out.length} bytes)`, path);
    return out;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(describeFsError(e, "read"), path);
  } finally {
    closeSync(fd);
  }
}
function describeFsError(e, verb) {
  const code = e.code;
  if (code === "ENOENT") return verb === "read" ? "no such file" : "its folder does not exist";
  if (code === "EISDIR") return "is a directory, expected a file";
  if (code === "EACCES") return `permission denied (cannot ${verb})`;
  return `cannot ${verb}: ${code ?? e.message.split("\n")[0]}`;
}

// src/model/shapes.ts
function checkOutputShapes(graph, file) {
  for (const op of graph.ops) {
    if (op.kind === "UNSUPPORTED" || op.inputList[0] === void 0 || op.inputList[0] === NO_TENSOR) continue;
    const stored = graph.tensors[op.outputs[0]].shape;
    const fail2 = (why) => {
      throw new UserError(`op ${op.index} (${op.kind}): the stored output shape [${stored.join(", ")}] ${why} (the file is corrupt or was edited; re-export it)`, file);
    };
    if (op.outputs.length !== 1) fail2(`comes with ${op.outputs.length} outputs, the op has one`);
    const expected = inferShape(op, graph);
    if (expected === "bounded") {
      const input = graph.tensors[op.inputList[0]];
      if (elementCount(stored) > elementCount(input.shape)) fail2(`has more elements than the input [${input.shape.join(", ")}]`);
    } else if (expected !== null && !sameShape(expected, stored)) {
      fail2(`does not match [${expected.join(", ")}], inferred from the inputs and attributes`);
    }
  }
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function inferShape(op, graph) {
  const shapeOf = (id) => graph.tensors[id].shape;
  const constInts = (id) => {
    const t = graph.tensors[id];
    if (t === void 0 || t.data === null || t.dtype !== "int32") return null;
    const v = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
    return Array.from({ length: t.data.length / 4 }, (_, i) => v.getInt32(4 * i, true));
  };
  const stored = shapeOf(op.outputs[0]);
  switch (op.kind) {
    case "CONV_2D": {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      return [n, stored[1], stored[2], f[0]];
    }
    case "DEPTHWISE_CONV_2D": {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      return [n, stored[1], stored[2], f[3]];
    }
    case "TRANSPOSE_CONV": {
      const [n] = shapeOf(op.inputs.input), f = shapeOf(op.inputs.filter);
      const declared = constInts(op.inputs.outputShape);
      return declared ?? [n, stored[1], stored[2], f[0]];
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D": {
      const [n, , , c] = shapeOf(op.inputs.input);
      return [n, stored[1], stored[2], c];
    }
    case "FULLY_CONNECTED": {
      const input = shapeOf(op.inputs.input), units = shapeOf(op.inputs.filter)[0];
      const inFeatures = shapeOf(op.inputs.filter)[1];
      if (op.attrs.keepNumDims) return [...input.slice(0, -1), units];
      return [elementCount(input) / inFeatures, units];
    }
    case "ADD":
    case "SUB":
    case "MUL":
      return broadcast(shapeOf(op.inputs.lhs), shapeOf(op.inputs.rhs));
    case "MEAN": {
      const input = shapeOf(op.inputs.input);
      const reduced = new Set(op.attrs.axes);
      return op.attrs.keepDims ? input.map((d, i) => reduced.has(i) ? 1 : d) : input.filter((_, i) => !reduced.has(i));
    }
    case "PAD":
    case "PADV2":
      return shapeOf(op.inputs.input).map((d, i) => d + op.attrs.paddings[i][0] + op.attrs.paddings[i][1]);
    case "RESHAPE": {
      const input = shapeOf(op.inputs.input);
      return elementCount(input) === elementCount(stored) ? stored : [...input];
    }
    case "SQUEEZE": {
      const input = shapeOf(op.inputs.input);
      const dims = op.attrs.squeezeDims;
      return input.filter((d, i) => d !== 1 || dims.length > 0 && !dims.includes(i));
    }
    case "TRANSPOSE": {
      const input = shapeOf(op.inputs.input);
      return op.attrs.perm.map((p) => input[p]);
    }
    case "STRIDED_SLICE":
    case "UNSUPPORTED":
      return "bounded";
    case "CONCATENATION":
      return concat(op.inputList.filter((id) => id !== NO_TENSOR).map(shapeOf), op.attrs.axis);
    case "RESIZE_NEAREST_NEIGHBOR":
    case "RESIZE_BILINEAR": {
      const [n, , , c] = shapeOf(op.inputs.input);
      const size = constInts(op.inputs.size);
      return size === null || size.length !== 2 ? null : [n, size[0], size[1], c];
    }
    case "SOFTMAX":
    case "LOGISTIC":
    case "TANH":
    case "RELU":
    case "RELU6":
    case "HARD_SWISH":
    case "QUANTIZE":
    case "DEQUANTIZE":
      return shapeOf(op.inputs.input);
  }
}
function broadcast(a, b) {
  const rank = Math.max(a.length, b.length);
  return Array.from({ length: rank }, (_, i) => {
    const x = a[a.length - rank + i] ?? 1, y = b[b.length - rank + i] ?? 1;
    return x === y || y === 1 ? x : x === 1 ? y : -1;
  });
}
function concat(shapes, axis) {
  const first = shapes[0] ?? [];
  const fits = shapes.every((s) => s.length === first.length && s.every((d, i) => i === axis || d === first[i]));
  if (!fits) return [-1];
  return first.map((d, i) => i === axis ? shapes.reduce((sum, s) => sum + s[axis], 0) : d);
}

// src/model/tflite/flatbuffer.ts
var import_flatbuffers = __toESM(require_flatbuffers(), 1);
var FlatBuffer = class {
  constructor(bytes, file) {
    this.bytes = bytes;
    this.file = file;
    this.bb = new import_flatbuffers.ByteBuffer(bytes);
    this.length = bytes.length;
  }
  bytes;
  file;
  bb;
  length;
  tableCache = /* @__PURE__ */ new Map();
  /** Decoded strings by position: names shared by many tensors are decoded once. */
  stringCache = /* @__PURE__ */ new Map();
  fail(what) {
    throw new UserError(`malformed TFLite file: ${what} (the file is truncated or corrupt; re-export it with the TFLite converter)`, this.file);
  }
  check(pos, size, what) {
    if (!Number.isInteger(pos) || pos < 0 || size < 0 || pos + size > this.length) {
      this.fail(`${what} at byte ${pos} (+${size}) lies outside the ${this.length}-byte file`);
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
    const cached = this.tableCache.get(pos);
    if (cached !== void 0) return cached;
    const t = this.verifyTable(pos, what);
    this.tableCache.set(pos, t);
    return t;
  }
  verifyTable(pos, what) {
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
  field(id, size) {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vtableSize) return 0;
    const off = this.fb.u16(this.vtable + slot);
    if (off === 0) return 0;
    if (off + size > this.tableSize) this.fb.fail(`${this.what} field ${id} overruns its table`);
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
  /**
   * Start and length of a vector of `elementSize`-byte elements (length 0 when absent). A length
   * over `max` is refused before any element is read.
   */
  vector(id, elementSize, what, max = Infinity) {
    const t = this.target(id);
    if (!t) return { start: 0, length: 0 };
    const length = this.fb.u32(t);
    this.fb.check(t + 4, length * elementSize, what);
    checkLimit(length, max, `the length of ${what}`, this.fb.file);
    return { start: t + 4, length };
  }
  /** Element count of a vector field, without reading it. */
  length(id, what) {
    return this.vector(id, 1, what).length;
  }
  string(id, what) {
    const { start, length } = this.vector(id, 1, what);
    let s = this.fb.stringCache.get(start);
    if (s === void 0) {
      s = new TextDecoder().decode(this.fb.bytes.subarray(start, start + length));
      this.fb.stringCache.set(start, s);
    }
    return s;
  }
  /** Bytes of a [ubyte] vector as a view into the file (never a copy). */
  bytes(id, what) {
    const { start, length } = this.vector(id, 1, what);
    return this.fb.bytes.subarray(start, start + length);
  }
  i32s(id, what, max = Infinity) {
    const { start, length } = this.vector(id, 4, what, max);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i32(start + 4 * i);
    return out;
  }
  f32s(id, what, max = Infinity) {
    const { start, length } = this.vector(id, 4, what, max);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.f32(start + 4 * i);
    return out;
  }
  i64s(id, what, max = Infinity) {
    const { start, length } = this.vector(id, 8, what, max);
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.fb.i64(start + 8 * i, what);
    return out;
  }
  tables(id, what, max = Infinity) {
    const { start, length } = this.vector(id, 4, what, max);
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
    const code = this.opt.i8(fieldId);
    const activation = ACTIVATIONS[code];
    if (activation === void 0) this.fail(`unknown fused activation ${code}`);
    if (activation === "TANH" || activation === "SIGN_BIT") this.fail(`fused activation ${activation} is not supported by TFLite's kernels (NONE, RELU, RELU_N1_TO_1 or RELU6)`);
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
function axisPad(ctx, padding, inSize, outSize, k, stride, dilation, axis) {
  const effective = (k - 1) * dilation + 1;
  const expected = padding === PADDING_SAME ? Math.ceil(inSize / stride) : Math.floor((inSize - effective + stride) / stride);
  if (padding !== PADDING_SAME && padding !== PADDING_VALID) ctx.fail(`unknown padding ${padding}`);
  if (outSize !== expected) {
    ctx.fail(`output ${axis} is ${outSize}, but ${padding === PADDING_SAME ? "SAME" : "VALID"} padding of ${inSize} with kernel ${k}, stride ${stride}, dilation ${dilation} gives ${expected}`);
  }
  const total = Math.max((outSize - 1) * stride + effective - inSize, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}
function pads(ctx, padding, inHW, outHW, k, stride, dilation) {
  const [top, bottom] = axisPad(ctx, padding, inHW[0], outHW[0], k[0], stride[0], dilation[0], "height");
  const [left, right] = axisPad(ctx, padding, inHW[1], outHW[1], k[1], stride[1], dilation[1], "width");
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
      const constantValues = ctx.input(2, true);
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
var SUPPORTED_BY_CODE = new Map(Object.entries(BUILTIN_CODES).map(([name, code]) => [code, name]));
var MAX_QUANT_PARAMS = 4 * 2 ** 20;
var ZERO_POINT_RANGE = {
  int4: [-8, 7],
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
  int64: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
};
function readTflite(bytes, file) {
  checkLimit(bytes.length, LIMITS.fileBytes, "the model size in bytes", file);
  const fb = new FlatBuffer(bytes, file);
  const model = fb.root(FILE_IDENTIFIER);
  const subgraphs = model.tables(F.Model.subgraphs, "subgraphs", 256);
  if (subgraphs.length === 0) throw new UserError("the model has no subgraph", file);
  if (subgraphs.length > 1) {
    throw new UserError(`the model has ${subgraphs.length} subgraphs; tinygate supports single-subgraph models (control flow such as IF/WHILE is not supported on microcontrollers by TFLM's common ops either)`, file);
  }
  const sg = subgraphs[0];
  const buffers = model.tables(F.Model.buffers, "buffers", LIMITS.tensors + 1);
  const opcodes = model.tables(F.Model.operatorCodes, "operator codes", LIMITS.ops).map((c, i) => readOpcode(c, i));
  const quantBudget = { left: MAX_QUANT_PARAMS };
  const tensors = sg.tables(F.SubGraph.tensors, "tensors", LIMITS.tensors).map((t, i) => readTensor(fb, t, i, buffers, quantBudget));
  const checkIds = (ids, what, allowAbsent) => {
    for (const id of ids) {
      if (id === NO_TENSOR && allowAbsent) continue;
      if (!Number.isInteger(id) || id < 0 || id >= tensors.length) {
        throw new UserError(`${what} refers to tensor ${id}, but the subgraph has ${tensors.length} tensors`, file);
      }
    }
    return ids;
  };
  const inputs = checkIds(sg.i32s(F.SubGraph.inputs, "subgraph inputs", LIMITS.operandsPerOp), "subgraph input list", false);
  const outputs = checkIds(sg.i32s(F.SubGraph.outputs, "subgraph outputs", LIMITS.operandsPerOp), "subgraph output list", false);
  const ops = sg.tables(F.SubGraph.operators, "operators", LIMITS.ops).map((o, index) => {
    const opcodeIndex = o.u32(F.Operator.opcodeIndex);
    const code = opcodes[opcodeIndex];
    if (code === void 0) throw new UserError(`op ${index} uses operator code ${opcodeIndex}, but the model lists ${opcodes.length}`, file);
    const raw = {
      index,
      code: code.code,
      name: code.name,
      version: code.version,
      inputs: checkIds(o.i32s(F.Operator.inputs, `op ${index} inputs`, LIMITS.operandsPerOp), `op ${index} (${code.name}) inputs`, true),
      outputs: checkIds(o.i32s(F.Operator.outputs, `op ${index} outputs`, LIMITS.operandsPerOp), `op ${index} (${code.name}) outputs`, false),
      optionsType: o.u8(F.Operator.builtinOptionsType),
      options: o.table(F.Operator.builtinOptions, `op ${index} options`)
    };
    return buildOp(raw, tensors, file);
  });
  checkDataFlow(tensors, ops, inputs, outputs, file);
  const graph = { tensors, ops, inputs, outputs, description: model.string(F.Model.description, "description") };
  checkOutputShapes(graph, file);
  return graph;
}
function readOpcode(t, index) {
  const code = Math.max(t.i8(F.OperatorCode.deprecatedBuiltinCode), t.i32(F.OperatorCode.builtinCode));
  const version = t.i32(F.OperatorCode.version, 1);
  const custom = t.string(F.OperatorCode.customCode, `operator code ${index} custom name`);
  return { code, version, name: builtinName(code, custom) };
}
function builtinName(code, custom) {
  if (code === 32) return custom ? `CUSTOM(${custom})` : "CUSTOM";
  return SUPPORTED_BY_CODE.get(code) ?? OTHER_BUILTIN_NAMES[code] ?? `BUILTIN_${code}`;
}
function readTensor(fb, t, id, buffers, quantBudget) {
  const name = t.string(F.Tensor.name, `tensor ${id} name`);
  const label = `tensor ${id} (${name || "unnamed"})`;
  const typeCode = t.i8(F.Tensor.type);
  const dtype = TENSOR_TYPES[typeCode];
  if (dtype === void 0) fb.fail(`${label} has unknown type code ${typeCode}`);
  if (Number.isNaN(DTYPE_BYTES[dtype])) {
    throw new UserError(`${label} has type ${dtype}; tinygate reads numeric tensors only (strings, resources and variants have no fixed size on a microcontroller)`, fb.file);
  }
  const shape = t.i32s(F.Tensor.shape, `${label} shape`, LIMITS.rank);
  if (shape.some((d) => d < 0)) {
    throw new UserError(`${label} has a dynamic shape [${shape.join(", ")}]; tinygate needs static shapes (fix the batch size to 1 when converting)`, fb.file);
  }
  checkLimit(elementCount(shape), LIMITS.tensorElements, `${label} shape [${shape.join(", ")}]: the element count`, fb.file);
  const bytesNeeded = Math.ceil(elementCount(shape) * DTYPE_BYTES[dtype]);
  checkLimit(bytesNeeded, LIMITS.tensorBytes, `${label}: the size in bytes`, fb.file);
  const bufferIndex = t.u32(F.Tensor.buffer);
  const buffer = buffers[bufferIndex];
  if (buffer === void 0 && bufferIndex !== 0) {
    fb.fail(`${label} uses buffer ${bufferIndex}, but the model has ${buffers.length}`);
  }
  const data = buffer ? readBufferData(fb, buffer, bufferIndex) : null;
  if (data !== null && data.length !== bytesNeeded) {
    throw new UserError(`${label}: its constant buffer holds ${data.length} bytes but shape [${shape.join(", ")}] of ${dtype} needs ${bytesNeeded}`, fb.file);
  }
  if (t.has(F.Tensor.sparsity)) {
    throw new UserError(`${label} is stored sparse; tinygate reads dense tensors only (convert without sparsity)`, fb.file);
  }
  return {
    id,
    name,
    shape,
    dtype,
    quant: readQuantization(fb, t.table(F.Tensor.quantization, `${label} quantization`), shape, dtype, label, quantBudget),
    data,
    isVariable: t.bool(F.Tensor.isVariable)
  };
}
function readBufferData(fb, buffer, index) {
  const inline = buffer.bytes(F.Buffer.data, `buffer ${index} data`);
  if (inline.length > 0) return inline;
  const offset = buffer.u64(F.Buffer.offset, `buffer ${index} offset`);
  if (offset <= 1) return null;
  const size = buffer.u64(F.Buffer.size, `buffer ${index} size`);
  fb.check(offset, size, `buffer ${index} data`);
  return size > 0 ? fb.bytes.subarray(offset, offset + size) : null;
}
function readQuantization(fb, q, shape, dtype, label, budget) {
  if (q === null) return null;
  const count = q.length(F.Quantization.scale, `${label} scales`);
  if (count === 0) return null;
  if (count > Math.max(1, ...shape)) fb.fail(`${label} has ${count} quantization scales, more than any dimension of shape [${shape.join(", ")}] has channels`);
  budget.left -= count;
  if (budget.left < 0) fb.fail(`the tensors hold more than ${MAX_QUANT_PARAMS} quantization parameters`);
  const scale = q.f32s(F.Quantization.scale, `${label} scales`);
  const zeroPoint = q.i64s(F.Quantization.zeroPoint, `${label} zero points`, count);
  let axis = q.i32(F.Quantization.quantizedDimension);
  if (zeroPoint.length !== scale.length) fb.fail(`${label} has ${scale.length} scales but ${zeroPoint.length} zero points`);
  if (shape.length === 1 && scale.length > 1 && shape[0] === scale.length) axis = 0;
  if (scale.length > 1 && (axis < 0 || axis >= shape.length || shape[axis] !== scale.length)) {
    fb.fail(`${label} has ${scale.length} per-channel scales along axis ${axis} of shape [${shape.join(", ")}]`);
  }
  const range = ZERO_POINT_RANGE[dtype];
  if (range !== void 0) {
    const badScale = scale.findIndex((v) => !(v > 0 && Number.isFinite(v)));
    if (badScale >= 0) {
      throw new UserError(`${label}: quantization scale ${badScale} is ${scale[badScale]}; scales must be finite and positive (re-export the model)`, fb.file);
    }
    const badZero = zeroPoint.findIndex((z) => z < range[0] || z > range[1]);
    if (badZero >= 0) {
      throw new UserError(`${label}: zero point ${zeroPoint[badZero]} is outside the ${dtype} range [${range[0]}, ${range[1]}]`, fb.file);
    }
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

// src/kernels/wasm/context.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/kernels/wasm/binary.ts
var KERNELS_WASM_BASE64 = "AGFzbQEAAAABEAJgAn9/AGAHf39/f39/fwACDwEDZW52Bm1lbW9yeQIAAAMIBwAAAAEAAAAHPwcEY29udgAFCWRlcHRod2lzZQAEBHBvb2wAAQZiaW5hcnkABghxdWFudGl6ZQAABG1lYW4AAgZtZW1vcnkCAAq5TQfIBQQQfwZ8B3sBfSAAKgIQIh/9EyEZIAAoAgC3Ihb9FCEaIAAoAgS3IhT9FCEbIAAoAgi3IhX9FCEcIAEoAkghBiABKAJMIQcgASgCUCEIIAEoAlQhCSABKAJYIQ0gASgCXCEOIAEoAmAhAyABKAJkIgIgASgCIEYiAARAIAIgASgCREYhAAsgAARAIAMgASgCHEYhAAsgAARAIAMgAUFAaygCAEYhAAsgAiADbCACIAAbIQpBASADIAAbIREgASgCACEPIAYhAwNAIAMgBiANakgEQCAHIQQDQCAEIAcgDmpIBEAgCCEFA0AgBSAIIBFqSARAIA8gASgCICABKAIcIAEoAhggAyABKAIEa2wgBGogASgCCGtsIAVqIAEoAgxrbCAJaiABKAIQa0ECdGohCyABKAIkIAEoAkQgAUFAaygCACABKAI8IAMgASgCKGtsIARqIAEoAixrbCAFaiABKAIwa2wgCWogASgCNGtqIQxBACEAA0AgAEECaiICIApMBEAgACAMaiIQIAsgAEECdGr9XQMAIBn95wH9XyIe/ewBIhj9dSIdIBggHf3xAf0MAAAAAAAA4D8AAAAAAADgP/1M/QwAAAAAAADwPwAAAAAAAPA//U798AEiGP3tASAYIB79DAAAAAAAAAAAAAAAAAAAAAD9Sf1SIBr98AEgHP30ASAb/fUB/fwBIhj9GwA6AAAgECAY/RsBOgABIAIhAAwBCwsDQCAAIApIBEAgACAMaiALIABBAnRqKgIAIB+VuyITIBNhBH8gFCAVIBOZIhecIhJEAAAAAAAA8D+gIBIgFyASoUQAAAAAAADgP2YbIhKaIBIgE0QAAAAAAAAAAGMbIBagIhIgEiAVZBsgEiAUYxv8AgVBAAs6AAAgAEEBaiEADAELCyAFQQFqIQUMAQsLIARBAWohBAwBCwsgA0EBaiEDDAELCwvZBgIlfwN7IAAoAgAhFCAAKAIEIRMgACgCCCEgIAAoAgwhHyAAKAIQIRIgACgCFCERIAAoAhghECAAKAIcIQ8gACgCIEEARyEjIAAoAiQiHv0PISggACgCKCId/Q8hJyABKAJMIQcgASgCUCEGIAEoAlQhHCABKAJYIQ4gASgCXCENIAEoAmAhDCABKAJkIRsgASgCICIaIAEoAhxsIRkgASgCSCILISUDQCAlIAsgDmpIBEAgByEJA0AgCSAHIA1qSARAQQAgCSASbCAQayIYayIAQQAgAEEAThshAyAgIBQgGGsiACAAICBKGyEiIAYhCANAIAggBiAMakgEQEEAIAggEWwgD2siBGsiAEEAIABBAE4bIQIgASgCJCABKAJEIAFBQGsoAgAgASgCPCAlIAEoAihrbCAJaiABKAIsa2wgCGogASgCMGtsIBxqIAEoAjRraiEhICIgA2sgHyATIARrIgAgACAfShsiFyACa2wiJEEASgR/IAEoAgAgASgCICACIARqIAEoAhwgAyAYaiABKAIYICUgASgCBGtsaiABKAIIa2xqIAEoAgxrbCAcaiABKAIQa2oFQQALIRZBACEmICNFICRBAEpxBEADQCAmQRBqIBtMBED9DICAgICAgICAgICAgICAgIAhKSADIQADQCAAICJIBEAgFiAAIANrIBlsaiAmaiEFIAIhBANAIAQgF0gEQCApIAUgBCACayAabGr9AAQA/XghKSAEQQFqIQQMAQsLIABBAWohAAwBCwsgISAmaiApICj9eCAn/Xb9CwQAICZBEGohJgwBCwsLA0AgGyAmSgRAQQBBgH8gIxshBSADIQADQCAAICJIBEAgFiAAIANrIBlsaiAmaiEKIAIhBANAIAQgF0gEQCAKIAQgAmsgGmxqLAAAIhUgBWogBSAVIAUgFUobICMbIQUgBEEBaiEEDAELCyAAQQFqIQAMAQsLAkAgISAmaiAeIB0gIwR/ICRFBEAgISAmakEAOgAADAILICRBAm0hACAFQQBKBH8gACAFaiAkbQUgBSAAayAkbQsFIAULIgAgACAdShsgACAeSBs6AAALICZBAWohJgwBCwsgCEEBaiEIDAELCyAJQQFqIQkMAQsLICVBAWohJQwBCwsL+gUDEH8BewF+IAAoAgAhBiAAKAIEIQQgACgCCCEHIAAoAgwhCCABKAIgIQkgASgCGCABKAIcbCEKIAEoAlQhCyABKAJYIQ8gASgCZCEMIAEoAkgiECEFA0AgBSAPIBBqSARAIAEoAgAgASgCICABKAIcIAEoAhggBSABKAIEa2wgASgCCGtsIAEoAgxrbCALaiABKAIQa2ohDSABKAIkIAEoAkQgAUFAaygCACABKAI8IAUgASgCKGtsIAEoAixrbCABKAIwa2wgC2ogASgCNGtqIQ5BACEAA0AgAEEEaiAMTARA/QwAAAAAAAAAAAAAAAAAAAAAIRJBACEDA0AgAyAKSARAIBIgDSADIAlsIABqav1cAgD9hwH9pwH9rgEhEiADQQFqIQMMAQsLQQAhAwNAIANBBEgEQEEAIARrQQAgBEEATBshAiAOIAAgA2pqQYB/Qf8AIAggBkGAgICAeEYgEv0bACAHayAEQQAgBEEASht0IhFBgICAgHhGcQR/Qf////8HBUKAgICABEKBgICAfCARrCAGrH4iE0IAWRsgE3xCgICAgAh/pwsiESACdUEBIAJ0QQFrIgJBAXUgEUEASGogAiARcUhqaiICIAJB/wBKGyACQYB/SBs6AAAgEiAS/Q0EBQYHCAkKCwwNDg8AAQIDIRIgA0EBaiEDDAELCyAAQQRqIQAMAQsLA0AgACAMSARAQQAhAkEAIQMDQCADIApIBEAgAiANIAMgCWwgAGpqLAAAaiECIANBAWohAwwBCwtBACAEa0EAIARBAEwbIQMgACAOakGAf0H/ACAIIAZBgICAgHhGIAIgB2sgBEEAIARBAEobdCICQYCAgIB4RnEEf0H/////BwVCgICAgARCgYCAgHwgAqwgBqx+IhNCAFkbIBN8QoCAgIAIf6cLIgIgA3VBASADdEEBayIDQQF1IAJBAEhqIAIgA3FIamoiAiACQf8AShsgAkGAf0gbOgAAIABBAWohAAwBCwsgBUEBaiEFDAELCwvbBAIQfwF7IAAoAgAhDCAAKAIIIQ0gACgCGCEOIAAoAighByAAKAJIIgv9ECEXIAQgACgCEGwgACgCIGshDyAAKAIEIhAgACgCDCIIIAUgACgCFGwgACgCJGsiFGpOIAAoAhwiEUEBRiIABEAgASgCICAHRiEACyAUQQBOIAAgABsiACAAGyESIAdBAXQhCQNAIAogDUgEQCAPIAogDmxqIhVBAE4hAAJAIBJBACAMIBVKIAAgABsiExsEQCACIQQgASgCACABKAIgIAEoAhwgASgCGCADIAEoAgRrbCAVaiABKAIIa2wgFGogASgCDGtsIAZqIAEoAhBraiEFIAcgCGwhE0EAIQADQCAAQQhqIgIgE0wEQCAEIABBAXRqIAAgBWr9AQAAIBf9jgH9CwQAIAIhAAwBCwsDQCAAIBNIBEAgBCAAQQF0aiAAIAVqLAAAIAtqOwEAIABBAWohAAwBCwsgBCAIIAlsaiECDAELQQAhBQNAIAUgCEgEQCAQIBQgBSARbGoiAEpBACAAQQBOQQAgExsbBEAgASgCACABKAIgIAEoAhwgASgCGCADIAEoAgRrbCAVaiABKAIIa2wgAGogASgCDGtsIAZqIAEoAhBraiEWQQAhAANAIABBCGoiBCAHTARAIAIgAEEBdGogACAWav0BAAAgF/2OAf0LBAAgBCEADAELCwNAIAAgB0gEQCACIABBAXRqIAAgFmosAAAgC2o7AQAgAEEBaiEADAELCwUgAkEAIAn8CwALIAIgCWohAiAFQQFqIQUMAQsLCyAKQQFqIQoMAQsLC5gTAzh/CnsBfiAAKAIAISMgACgCBCEiIAAoAgghDSAAKAIQISEgACgCFCEgIAAoAhghNiAAKAIcITUgACgCICEfIAAoAiQhHiAAKAIoITkgACgCMCEsIAAoAjQhMSAAKAI4IjggACgCPCI0QQN0aiEdIAAoAkQiHP0RIUMgACgCSCIr/REhQiAAKAJMIir9ESFBIABBQGsoAgAiMP0QIUAgASgCTCEMIAEoAlAhCyABKAJYIRsgASgCXCEaIAEoAmAhGSABKAJUIgogASgCZGohLyABKAIgIhggASgCHGwhFyAAKAIMIg4gACgCLCIpbEEBdCEoIClBAXQhLiABKAJIIhYhNwNAIDcgFiAbakgEQCAMIRADQCAQIAwgGmpIBEAgECAhbCAfayEzQQAhACANIRIDQCAAIA1IBH8gMyAAIDZsakEASAVBAAsEQCAAQQFqIQAMAQsLA0AgACASSAR/IDMgEkEBayA2bGogI04FQQALBEAgEkEBayESDAELCyALIQ8DQCAPIAsgGWpIBEAgDyAgbCAeayEyQQAhAiAOIREDQCACIA5IBH8gMiACIDVsakEASAVBAAsEQCACQQFqIQIMAQsLA0AgAiARSAR/IDIgEUEBayA1bGogIk4FQQALBEAgEUEBayERDAELCyABKAIkIAEoAkQgAUFAaygCACABKAI8IDcgASgCKGtsIBBqIAEoAixrbCAPaiABKAIwa2wgASgCNGtqIS0gACASSCIFBEAgAiARSCEFCyABKAIAIAEoAiAgMiACIDVsaiABKAIcIDMgACA2bGogASgCGCA3IAEoAgRrbGogASgCCGtsaiABKAIMa2wgASgCEGtqIScgLCAAIA5sIAJqIC5saiEmIBcgNmwhJSAYIDVsISQgCiETA0AgEyAvSARAIBMgOW0hBiATQQhqIC9MIAUgBRsiBARAIDlBAUYEf0EBBSATQQdqIDltIAZGCyEECyAERSIDBEAgBSEDCyADBEAgE0EEaiAvTCEDCyADBEAgOUEBRgR/QQEFIBNBA2ogOW0gBkYLIQMLIAQEfyAxIBNBAnRqIgP9AAQAITwgA/0ABBAhPyAnIBMgBiA5QQFGG2ohBCAmIBNBAXRqIQMgACEIA0AgCCASSARAIAQhCSADIQcgAiEGA0AgBiARSARAIDwgOUEBRgR7IAn9AQAAIED9jgEFIAksAAAgMGr9EAsiOyAH/QAEACI6/bwB/a4BITwgPyA7IDr9vQH9rgEhPyAGQQFqIQYgCSAkaiEJIAcgLmohBwwBCwsgCEEBaiEIIAQgJWohBCADIChqIQMMAQsLIDwgNEECdCIGIDggE0ECdGoiA2r9AAQA/bUBIj4gA/0ABAAiPf3cAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBITwgNEEDdCIJQQF0IgQgOCAGQQNsaiIDIBNBA3RqIghqIQcgPyA4IBNBBGoiFUECdGoiFCAGav0ABAD9tQEiOyAU/QAEACI//dwB/QwAAABAAAAAAAAAAEAAAAAA/c4BQR/9zAEhOiAEIAMgFUEDdGoiBmohBCATIC1qIDwgCP0ABAD9zgEgPP0MAAAAAAAAAAAAAAAAAAAAAP3YASAIIAlqIgP9AAQA/U79zgEgB/0ABAD91QFBH/3MASA+ID393QH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MASI8IAj9AAQQ/c4BIDz9DAAAAAAAAAAAAAAAAAAAAAD92AEgA/0ABBD9Tv3OASAH/QAEEP3VAUEf/cwB/Q0AAQIDCAkKCxAREhMYGRobIEP9rgEgQv24ASBB/bYBIDogBv0ABAD9zgEgOv0MAAAAAAAAAAAAAAAAAAAAAP3YASAGIAlqIgP9AAQA/U79zgEgBP0ABAD91QFBH/3MASA7ID/93QH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MASI6IAb9AAQQ/c4BIDr9DAAAAAAAAAAAAAAAAAAAAAD92AEgA/0ABBD9Tv3OASAE/QAEEP3VAUEf/cwB/Q0AAQIDCAkKCxAREhMYGRobIEP9rgEgQv24ASBB/bYB/YUBIjogOv1l/VsDAAAgE0EIagUgAwR/IDEgE0ECdGr9AAQAITwgJyATIAYgOUEBRhtqIQQgJiATQQF0aiEDIAAhCANAIAggEkgEQCAEIQkgAyEHIAIhBgNAIAYgEUgEQCA8IDlBAUYEeyAJ/VwCAP2HASBA/Y4BBSAJLAAAIDBq/RALIAf9XQMA/bwB/a4BITwgBkEBaiEGIAkgJGohCSAHIC5qIQcMAQsLIAhBAWohCCAEICVqIQQgAyAoaiEDDAELCyA8IDRBAnQiBCA4IBNBAnRqIgNq/QAEAP21ASI8IAP9AAQAIjv93AH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MASE6IDggBEEDbGogE0EDdGoiBiA0QQN0IgNBAXRqIQQgEyAtaiA6IAb9AAQA/c4BIDr9DAAAAAAAAAAAAAAAAAAAAAD92AEgAyAGaiID/QAEAP1O/c4BIAT9AAQA/dUBQR/9zAEgPCA7/d0B/QwAAABAAAAAAAAAAEAAAAAA/c4BQR/9zAEiOiAG/QAEEP3OASA6/QwAAAAAAAAAAAAAAAAAAAAA/dgBIAP9AAQQ/U79zgEgBP0ABBD91QFBH/3MAf0NAAECAwgJCgsQERITGBkaGyBD/a4BIEL9uAEgQf22ASI6IDr9hQEiOiA6/WX9WgIAACATQQRqBSAxIBNBAnRqKAIAIQcgACEEA0AgBCASSARAIAIhAwNAIAMgEUgEQCAHICwgBCAObCADaiApbCATakEBdGouAQAgASgCACABKAIgIDIgAyA1bGogASgCHCAzIAQgNmxqIAEoAhggNyABKAIEa2xqIAEoAghrbGogASgCDGtsIAZqIAEoAhBraiwAACAwamxqIQcgA0EBaiEDDAELCyAEQQFqIQQMAQsLQQAgHSATQQJ0IgRqKAIAIgNrQQAgA0EATBshBiATIC1qICsgKiAcIAQgOGooAgAiBEGAgICAeEYgByADQQAgA0EASht0IgNBgICAgHhGcQR/Qf////8HBUKAgICABEKBgICAfCADrCAErH4iREIAWRsgRHxCgICAgAh/pwsiBCAGdUEBIAZ0QQFrIgNBAXUgBEEASGogAyAEcUhqaiIDIAMgKkobIAMgK0gbOgAAIBNBAWoLCyETDAELCyAPQQFqIQ8MAQsLIBBBAWohEAwBCwsgN0EBaiE3DAELCwv9FQMReyp/AX4gACgCKCEqIAAoAiwhMSAAKAI4ITAgACgCPCEvIABBQGsoAgAiOiAAKAJEIjhBA3RqISkgACgCTCIo/REhCyAAKAJQIi79ESEKIAAoAlQiLf0RIQkgACgCWCE3IAAoAjQiFkEBdCE7IAEoAkwhFSABKAJQIRQgASgCWCEnIAEoAlwhJiABKAJgISUgASgCVCITIAEoAmRqITQgASgCRCE2IBZBA3UhMyABKAJIIiQhOQNAIDkgJCAnakgEQCAVIRYDQCAWIBUgJmpIBEAgJSAUIhdqISwDQCAXICxIBEBBECAsIBdrIhggGEEQShshNSABKAIkIAEoAkQgAUFAaygCACABKAI8IDkgASgCKGtsIBZqIAEoAixrbCAXaiABKAIwa2wgASgCNGtqITIgEyEYA0AgGCA0SARAIBggMW0hGUEAITwDQCA1IDxKBEAgACABIDcgOyA8bGogOSAWIBcgPGogGSAqbBADIDxBAWohPAwBCwsgNCAZQQFqIDFsIhkgGSA0ShshKwNAIBhBBGogK0wEQCAwIBggO2xqIiMgO2oiIiA7aiIhIDtqIR0gLyAYQQJ0av0ABAAhCEEAITwDQCA8QQJqIDVMBEAgNyA7IDxsaiIbIDtqIRr9DAAAAAAAAAAAAAAAAAAAAAAhEv0MAAAAAAAAAAAAAAAAAAAAACER/QwAAAAAAAAAAAAAAAAAAAAAIRD9DAAAAAAAAAAAAAAAAAAAAAAhD/0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDEEAIRwDQCAcIDNIBEAgEiAbIBxBBHQiGWr9AAQAIgMgGSAjav0ABAAiB/26Af2uASESIBEgAyAZICJq/QAEACIG/boB/a4BIREgECADIBkgIWr9AAQAIgX9ugH9rgEhECACIAMgGSAdav0ABAAiA/26Af2uASECIA8gGSAaav0ABAAiBCAH/boB/a4BIQ8gDiAEIAb9ugH9rgEhDiANIAQgBf26Af2uASENIAwgBCAD/boB/a4BIQwgHEEBaiEcDAELCyASIBH9DQABAgMQERITBAUGBxQVFhcgEiAR/Q0ICQoLGBkaGwwNDg8cHR4f/a4BIgMgECAC/Q0AAQIDEBESEwQFBgcUFRYXIBAgAv0NCAkKCxgZGhsMDQ4PHB0eH/2uASIC/Q0AAQIDBAUGBxAREhMUFRYXIAMgAv0NCAkKCwwNDg8YGRobHB0eH/2uASAI/a4BIDogGEECdGoiICA4QQJ0Ih9q/QAEAP21ASIEICD9AAQAIgP93AH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MASECIDhBA3QiGkEBdCIcIDogH0EDbGogGEEDdGoiHmohGyAyIDYgPGwgGGpqIhkgAiAe/QAEAP3OASAC/QwAAAAAAAAAAAAAAAAAAAAA/dgBIBogHmoiGv0ABAD9Tv3OASAb/QAEAP3VAUEf/cwBIAQgA/3dAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBIgIgHv0ABBD9zgEgAv0MAAAAAAAAAAAAAAAAAAAAAP3YASAa/QAEEP1O/c4BIBv9AAQQ/dUBQR/9zAH9DQABAgMICQoLEBESExgZGhsgC/2uASAK/bgBIAn9tgEiAiAC/YUBIgIgAv1l/VoCAAD9DAAAAAAAAAAAAAAAAAAAAAAhAiAZIDZqIA8gDv0NAAECAxAREhMEBQYHFBUWFyAPIA79DQgJCgsYGRobDA0ODxwdHh/9rgEiBCANIAz9DQABAgMQERITBAUGBxQVFhcgDSAM/Q0ICQoLGBkaGwwNDg8cHR4f/a4BIgP9DQABAgMEBQYHEBESExQVFhcgBCAD/Q0ICQoLDA0ODxgZGhscHR4f/a4BIAj9rgEgHyAgav0ABAD9tQEiBSAg/QAEACIE/dwB/QwAAABAAAAAAAAAAEAAAAAA/c4BQR/9zAEiAyAe/QAEAP3OASAD/QwAAAAAAAAAAAAAAAAAAAAA/dgBIBr9AAQA/U79zgEgHCAeaiIZ/QAEAP3VAUEf/cwBIAUgBP3dAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBIgMgHv0ABBD9zgEgA/0MAAAAAAAAAAAAAAAAAAAAAP3YASAa/QAEEP1O/c4BIBn9AAQQ/dUBQR/9zAH9DQABAgMICQoLEBESExgZGhsgC/2uASAK/bgBIAn9tgEiAyAD/YUBIgMgA/1l/VoCAAAgPEECaiE8DAELCyA1IDxKBEAgNyA7IDxsaiEa/QwAAAAAAAAAAAAAAAAAAAAAIRL9DAAAAAAAAAAAAAAAAAAAAAAhEf0MAAAAAAAAAAAAAAAAAAAAACEQQQAhHANAIBwgM0gEQCASIBogHEEEdCIZav0ABAAiAyAZICNq/QAEAP26Af2uASESIBEgAyAZICJq/QAEAP26Af2uASERIBAgAyAZICFq/QAEAP26Af2uASEQIAIgAyAZIB1q/QAEAP26Af2uASECIBxBAWohHAwBCwsgEiAR/Q0AAQIDEBESEwQFBgcUFRYXIBIgEf0NCAkKCxgZGhsMDQ4PHB0eH/2uASIDIBAgAv0NAAECAxAREhMEBQYHFBUWFyAQIAL9DQgJCgsYGRobDA0ODxwdHh/9rgEiAv0NAAECAwQFBgcQERITFBUWFyADIAL9DQgJCgsMDQ4PGBkaGxwdHh/9rgEgCP2uASA4QQJ0IhogOiAYQQJ0aiIZav0ABAD9tQEiBCAZ/QAEACID/dwB/QwAAABAAAAAAAAAAEAAAAAA/c4BQR/9zAEhAiA6IBpBA2xqIBhBA3RqIhsgOEEDdCIZQQF0aiEaIDIgNiA8bCAYamogAiAb/QAEAP3OASAC/QwAAAAAAAAAAAAAAAAAAAAA/dgBIBkgG2oiGf0ABAD9Tv3OASAa/QAEAP3VAUEf/cwBIAQgA/3dAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBIgIgG/0ABBD9zgEgAv0MAAAAAAAAAAAAAAAAAAAAAP3YASAZ/QAEEP1O/c4BIBr9AAQQ/dUBQR/9zAH9DQABAgMICQoLEBESExgZGhsgC/2uASAK/bgBIAn9tgEiAiAC/YUBIgIgAv1l/VoCAAD9DAAAAAAAAAAAAAAAAAAAAAAhAgsgGEEEaiEYDAELCwNAIBggK0gEQCAwIBggO2xqIR1BACE8A0AgNSA8SgRAIDcgOyA8bGohGv0MAAAAAAAAAAAAAAAAAAAAACESQQAhHANAIBwgM0gEQCASIBogHEEEdCIZav0ABAAgGSAdav0ABAD9ugH9rgEhEiAcQQFqIRwMAQsLQQAgKSAYQQJ0IhxqKAIAIhlrQQAgGUEATBshGyAyIDYgPGwgGGpqIC4gLSAoIBwgOmooAgAiGkGAgICAeEYgHCAvaigCACASIBIgEv0NCAkKCwwNDg8AAQIDBAUGB/2uASID/RsAIAP9GwFqaiAZQQAgGUEASht0IhlBgICAgHhGcQR/Qf////8HBUKAgICABEKBgICAfCAZrCAarH4iPUIAWRsgPXxCgICAgAh/pwsiGiAbdUEBIBt0QQFrIhlBAXUgGkEASGogGSAacUhqaiIZIBkgLUobIBkgLkgbOgAAIDxBAWohPAwBCwsgGEEBaiEYDAELCwwBCwsgF0EQaiEXDAELCyAWQQFqIRYMAQsLIDlBAWohOQwBCwsLnw0DKn8Bfgl7IAAoAgAhJiAAKAIEISMgACgCICEiIAAoAighISAAKAIIIipBACAqQQBKGyEUQQAgKmtBACAqQQBMGyEdIAAoAiQiKUEAIClBAEobIRNBACApa0EAIClBAEwbIRwgACgCLCIoQQAgKEEAShshEkEAIChrQQAgKEEATBshGyAAKAIYIhH9ESE1IAAoAhwiEP0RITQgACgCDCIP/REhMyAAKAIQIhr9ESEyIAAoAhQiGf0RITEgACgCMCIgQQhxRSElIAAoAjQiH0EIcUUhJCABKAJMIQMgASgCUCECIAEoAlQhHiABKAJYIQ4gASgCXCENIAEoAmAhDCABKAJkIRggASgCSCILIScDQCAnIAsgDmpIBEAgAyEAA0AgACADIA1qSARAIAIhBANAIAQgAiAMakgEQCABKAIAIAEoAiAgASgCHCABKAIYQQAgJyAgQQFxGyABKAIEa2xBACAAICBBAnEbaiABKAIIa2xBACAEICBBBHEbaiABKAIMa2wgHkEAICUbaiABKAIQa2ohFyABKAJoIAEoAogBIAEoAoQBIAEoAoABQQAgJyAfQQFxGyABKAJsa2xBACAAIB9BAnEbaiABKAJwa2xBACAEIB9BBHEbaiABKAJ0a2wgHkEAICQbaiABKAJ4a2ohFiABKAIkIAEoAkQgAUFAaygCACABKAI8ICcgASgCKGtsIABqIAEoAixrbCAEaiABKAIwa2wgHmogASgCNGtqIRVBACErA0AgK0EEaiAYTARAIBcgJSArbGohBSAlBHsgBf1cAgD9hwH9pwEFIAUsAAD9EQsgNf2xASEtIBYgJCArbGohBSAkBHsgBf1cAgD9hwH9pwEFIAUsAAD9EQsgNP2xASEwIBUgK2ogJkECRgR7IC0gMP21AQUgLUEU/asBIBP9qwEiLiAi/REiLf3cAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBIC4gLf3dAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwB/Q0AAQIDCAkKCxAREhMYGRobIi0gHP2sASAtQQEgHHRBAWsiBf0R/U4gBUEBdf0RIC1BH/2sAf2xAf07/bEBIi8gMEEU/asBIBL9qwEiLiAh/REiLf3cAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwBIC4gLf3dAf0MAAAAQAAAAAAAAABAAAAAAP3OAUEf/cwB/Q0AAQIDCAkKCxAREhMYGRobIi0gG/2sASAtQQEgG3RBAWsiBf0R/U4gBUEBdf0RIC1BH/2sAf2xAf07/bEBIi39sQEgLyAt/a4BICZBAUYbCyAU/asBIi4gI/0RIi393AH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MASAuIC393QH9DAAAAEAAAAAAAAAAQAAAAAD9zgFBH/3MAf0NAAECAwgJCgsQERITGBkaGyItIB39rAEgLUEBIB10QQFrIgX9Ef1OIAVBAXX9ESAtQR/9rAH9sQH9O/2xASAz/a4BIDL9uAEgMf22ASItIC39hQEiLSAt/WX9WgIAACArQQRqISsMAQsLA0AgGCArSgRAIBcgJSArbGosAAAgEWshBSAWICQgK2xqLAAAIBBrIQpBACAqa0EAICpBAEwbIQkgFSAraiAaIBkgDyAjQYCAgIB4RiAmQQJGBH8gBSAKbAVBACApa0EAIClBAEwbIQdBACAoa0EAIChBAEwbIQggIkGAgICAeEYgBUEUdCApQQAgKUEASht0IgVBgICAgHhGcQR/Qf////8HBUKAgICABEKBgICAfCAFrCAirH4iLEIAWRsgLHxCgICAgAh/pwsiBiAHdUEBIAd0QQFrIgVBAXUgBkEASGogBSAGcUhqIgcgIUGAgICAeEYgCkEUdCAoQQAgKEEASht0IgVBgICAgHhGcQR/Qf////8HBUKAgICABEKBgICAfCAFrCAhrH4iLEIAWRsgLHxCgICAgAh/pwsiBiAIdUEBIAh0QQFrIgVBAXUgBkEASGogBSAGcUhqIgVrIAUgB2ogJkEBRhsLICpBACAqQQBKG3QiBUGAgICAeEZxBH9B/////wcFQoCAgIAEQoGAgIB8IAWsICOsfiIsQgBZGyAsfEKAgICACH+nCyIGIAl1QQEgCXRBAWsiBUEBdSAGQQBIaiAFIAZxSGpqIgUgBSAZShsgBSAaSBs6AAAgK0EBaiErDAELCyAEQQFqIQQMAQsLIABBAWohAAwBCwsgJ0EBaiEnDAELCws=";

// src/align.ts
function alignUp(n, alignment) {
  return Math.ceil(n / alignment) * alignment;
}

// src/kernels/wasm/context.ts
var PAGE_BYTES = 65536;
var WASM_ALIGNMENT = 16;
var CALL_WORDS = 35;
var INPUT_AT = 0;
var OUTPUT_AT = 9;
var WINDOW_AT = 18;
var SECOND_AT = 26;
var compiled = null;
function kernelsModule() {
  compiled ??= new WebAssembly.Module(Buffer2.from(KERNELS_WASM_BASE64, "base64"));
  return compiled;
}
function box4(box) {
  const lead = 4 - box.start.length;
  if (lead === 0) return box;
  return { start: [...Array(lead).fill(0), ...box.start], size: [...Array(lead).fill(1), ...box.size] };
}
var WasmContext = class {
  memory;
  kernels;
  top;
  callAt;
  /** Where views from outside this memory are copied for a call, reserved while ops are prepared. */
  stagingAt = 0;
  stagingBytes = 0;
  words;
  /** `memory` defaults to a fresh one; allocations start at byte `base`. */
  constructor(memory = new WebAssembly.Memory({ initial: 1 }), base = 0) {
    this.memory = memory;
    const instance = new WebAssembly.Instance(kernelsModule(), { env: { memory } });
    this.kernels = instance.exports;
    this.top = alignUp(base, WASM_ALIGNMENT);
    this.callAt = this.alloc(CALL_WORDS * 4);
    this.words = new Int32Array(memory.buffer);
  }
  /** First byte after everything allocated so far. */
  get end() {
    return this.top;
  }
  /** Reserves `bytes` zeroed bytes (16-byte aligned), growing the memory when needed. */
  alloc(bytes) {
    const at = this.top;
    this.ensure(at + bytes);
    new Uint8Array(this.memory.buffer, at, bytes).fill(0);
    this.top = alignUp(at + bytes, WASM_ALIGNMENT);
    return at;
  }
  /** Allocates and fills an i32 array; returns its byte offset. */
  int32s(values) {
    const at = this.alloc(values.length * 4);
    new Int32Array(this.memory.buffer, at, values.length).set(Array.from(values, (v) => v | 0));
    return at;
  }
  /** Allocates and fills an i16 array of `length` (≥ values.length, zero tail); returns its byte offset. */
  int16s(values, length = values.length) {
    const at = this.alloc(length * 2);
    new Int16Array(this.memory.buffer, at, length).set(Array.from(values, (v) => v | 0));
    return at;
  }
  /**
   * Makes the staging region at least `bytes` long (one op's buffers), so calls with views from
   * outside this memory never grow it: growing would detach the views of callers that also keep
   * tensors in it (the engine copies a graph input from the JS heap, for example).
   */
  reserveStaging(bytes) {
    if (bytes <= this.stagingBytes) return;
    this.stagingAt = this.alloc(bytes);
    this.stagingBytes = bytes;
  }
  ensure(bytes) {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
  }
  /**
   * Runs kernel `name` with parameters at `desc` on `inputs` (one or two buffers), writing
   * `window` of `output`. Buffers in this memory are used in place; others are copied into the
   * staging region (and the output back, whole, so bytes outside the window are kept). Only buffers
   * larger than their op's tensors outgrow the reserved region and grow the memory.
   */
  call(name, desc, inputs, output, window) {
    const outside = [...inputs, output].filter((v) => v.data.buffer !== this.memory.buffer);
    const need = outside.reduce((n, v) => n + alignUp(v.data.byteLength, WASM_ALIGNMENT), 0);
    if (need > this.stagingBytes) this.reserveStaging(need);
    let staging = this.stagingAt;
    const place = (view) => {
      const data = view.data;
      if (data.buffer === this.memory.buffer) return data.byteOffset;
      const at = staging;
      staging = alignUp(at + data.byteLength, WASM_ALIGNMENT);
      new Uint8Array(this.memory.buffer, at, data.byteLength).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      return at;
    };
    const offsets = inputs.map(place);
    const outAt = place(output);
    if (this.words.buffer !== this.memory.buffer) this.words = new Int32Array(this.memory.buffer);
    const w = this.words;
    const base = this.callAt >> 2;
    const putBuffer = (at, offset, box) => {
      const b = box4(box);
      w[base + at] = offset;
      for (let d = 0; d < 4; d++) {
        w[base + at + 1 + d] = b.start[d];
        w[base + at + 5 + d] = b.size[d];
      }
    };
    putBuffer(INPUT_AT, offsets[0], inputs[0].box);
    if (inputs.length > 1) putBuffer(SECOND_AT, offsets[1], inputs[1].box);
    putBuffer(OUTPUT_AT, outAt, output.box);
    const win = box4(window);
    for (let d = 0; d < 4; d++) {
      w[base + WINDOW_AT + d] = win.start[d];
      w[base + WINDOW_AT + 4 + d] = win.size[d];
    }
    this.kernels[name](desc, this.callAt);
    const out = output.data;
    if (out.buffer !== this.memory.buffer) {
      new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(new Uint8Array(this.memory.buffer, outAt, out.byteLength));
    }
  }
};

// src/kernels/wasm/prepare.ts
var CONV_PIXELS = 16;
var isInt8 = (t) => t !== void 0 && t.dtype === "int8";
function writeStage(ctx, mac) {
  const { multipliers, shifts } = mac.stage;
  if (shifts.some((s) => s > 30 || s < -31)) return null;
  const c4 = alignUp(multipliers.length, 4);
  const rq = ctx.alloc(c4 * 12 + c4 * 24);
  const words = new Int32Array(ctx.memory.buffer, rq, c4 * 3);
  const longs = new BigInt64Array(ctx.memory.buffer, rq + c4 * 12, c4 * 3);
  multipliers.forEach((m, c) => {
    const shift = shifts[c];
    const left = Math.max(shift, 0);
    const right = Math.max(-shift, 0);
    words[c] = m;
    words[c4 + c] = 2 ** left;
    words[2 * c4 + c] = shift;
    longs[c] = right > 0 ? 1n << BigInt(right - 1) : 0n;
    longs[c4 + c] = right > 0 ? -1n : 0n;
    longs[2 * c4 + c] = 1n << BigInt(31 - right);
  });
  return { bias: ctx.int32s(mac.bias), rq, c4 };
}
function wasmOp(ctx, op, name, desc, slots, windowed) {
  return {
    op,
    windowed,
    run(inputs, output, window) {
      ctx.call(name, desc, slots.map((s) => inputs[s]), output, window);
    }
  };
}
var offsetFits = (mac) => mac.inputOffset >= -128 && mac.inputOffset <= 128;
function prepareConv2(op, graph, ctx) {
  const input = graph.tensors[op.inputs.input];
  const filterT = graph.tensors[op.inputs.filter];
  const output = graph.tensors[op.outputs[0]];
  const [, inH, inW, inC] = input.shape;
  const [outC, kH, kW, groupC] = filterT.shape;
  const mac = prepareMac(
    graph,
    op,
    { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: output.id },
    outC,
    op.attrs.clamp,
    op.attrs.activation
  );
  if (!offsetFits(mac)) return null;
  const K = kH * kW * groupC;
  const { rows, Kpad } = paddedFilterRows(mac.filter, outC, K);
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(rows);
  const col = ctx.alloc(CONV_PIXELS * Kpad * 2);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([
    inH,
    inW,
    kH,
    kW,
    sh,
    sw,
    dh,
    dw,
    pad.top,
    pad.left,
    groupC,
    outC / (inC / groupC),
    K,
    Kpad,
    filter,
    stage.bias,
    stage.rq,
    stage.c4,
    mac.inputOffset,
    outputOffset,
    min,
    max,
    col
  ]);
  return wasmOp(ctx, op, "conv", desc, [inputSlot(op, op.inputs.input)], true);
}
function paddedFilterRows(filter, count, K) {
  const Kpad = alignUp(K, 8);
  const rows = new Int16Array(count * Kpad);
  for (let r = 0; r < count; r++) rows.set(filter.subarray(r * K, (r + 1) * K), r * Kpad);
  return { rows, Kpad };
}
function prepareFullyConnected2(op, graph, ctx) {
  const input = graph.tensors[op.inputs.input];
  const [outF, inF] = graph.tensors[op.inputs.filter].shape;
  const mac = prepareMac(
    graph,
    op,
    { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: op.outputs[0] },
    outF,
    op.attrs.clamp,
    op.attrs.activation
  );
  if (!offsetFits(mac)) return null;
  const batches = elementCount(input.shape) / inF;
  const { rows, Kpad } = paddedFilterRows(mac.filter, outF, inF);
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(rows);
  const col = ctx.alloc(CONV_PIXELS * Kpad * 2);
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    0,
    0,
    inF,
    outF,
    inF,
    Kpad,
    filter,
    stage.bias,
    stage.rq,
    stage.c4,
    mac.inputOffset,
    outputOffset,
    min,
    max,
    col
  ]);
  const slot = inputSlot(op, op.inputs.input);
  const inBox = { start: [0, 0, 0, 0], size: [batches, 1, 1, inF] };
  const outBox = { start: [0, 0, 0, 0], size: [batches, 1, 1, outF] };
  return {
    op,
    windowed: false,
    run(inputs, output) {
      ctx.call("conv", desc, [{ data: inputs[slot].data, box: inBox }], { data: output.data, box: outBox }, outBox);
    }
  };
}
function prepareDepthwise2(op, graph, ctx) {
  const input = graph.tensors[op.inputs.input];
  const filterT = graph.tensors[op.inputs.filter];
  const [, inH, inW, inC] = input.shape;
  const [, kH, kW, outC] = filterT.shape;
  const mac = prepareMac(
    graph,
    op,
    { input: op.inputs.input, filter: op.inputs.filter, bias: op.inputs.bias, output: op.outputs[0] },
    outC,
    op.attrs.clamp,
    op.attrs.activation
  );
  if (!offsetFits(mac)) return null;
  const stage = writeStage(ctx, mac);
  if (stage === null) return null;
  const filter = ctx.int16s(mac.filter);
  const { stride: [sh, sw], dilation: [dh, dw], pad } = op.attrs;
  const { outputOffset, min, max } = mac.stage;
  const desc = ctx.int32s([
    inH,
    inW,
    kH,
    kW,
    sh,
    sw,
    dh,
    dw,
    pad.top,
    pad.left,
    outC / inC,
    outC,
    filter,
    stage.bias,
    stage.rq,
    stage.c4,
    mac.inputOffset,
    outputOffset,
    min,
    max
  ]);
  return wasmOp(ctx, op, "depthwise", desc, [inputSlot(op, op.inputs.input)], true);
}
function preparePool2(op, graph, ctx) {
  const input = graph.tensors[op.inputs.input];
  const output = graph.tensors[op.outputs[0]];
  const [, inH, inW] = input.shape;
  const { stride: [sh, sw], pad, filter: [fH, fW] } = op.attrs;
  const [min, max] = activationRangeQuantized(op.attrs.activation, output.quant.scale[0], output.quant.zeroPoint[0] ?? 0, output.dtype);
  const desc = ctx.int32s([inH, inW, fH, fW, sh, sw, pad.top, pad.left, op.kind === "AVERAGE_POOL_2D" ? 1 : 0, min, max]);
  return wasmOp(ctx, op, "pool", desc, [inputSlot(op, op.inputs.input)], true);
}
var BINARY_KIND = { ADD: 0, SUB: 1, MUL: 2 };
function broadcastAxes(shape, out) {
  const lead = 4 - shape.length;
  const outLead = 4 - out.length;
  let mask = 0;
  for (let d = 0; d < 4; d++) {
    const dim = d < lead ? 1 : shape[d - lead];
    const outDim = d < outLead ? 1 : out[d - outLead];
    if (dim === 1 && outDim !== 1) mask |= 1 << d;
  }
  return mask;
}
function prepareBinary(op, graph, ctx) {
  const lhs = graph.tensors[op.inputs.lhs];
  const rhs = graph.tensors[op.inputs.rhs];
  const out = graph.tensors[op.outputs[0]];
  if (out.shape.length > 4) return null;
  const p = quantizedBinaryParams(op, lhs, rhs, out);
  const [r1, r2] = p.rescales ?? [{ multiplier: 0, shift: 0 }, { multiplier: 0, shift: 0 }];
  const shifts = [p.shift, r1.shift, r2.shift];
  if (shifts.some((s) => s > 31 || s < -31)) return null;
  const desc = ctx.int32s([
    BINARY_KIND[op.kind],
    p.multiplier,
    p.shift,
    p.outputZeroPoint,
    p.min,
    p.max,
    ...p.zeroPoints,
    r1.multiplier,
    r1.shift,
    r2.multiplier,
    r2.shift,
    broadcastAxes(lhs.shape, out.shape),
    broadcastAxes(rhs.shape, out.shape)
  ]);
  return wasmOp(ctx, op, "binary", desc, [0, 1], true);
}
function prepareQuantize2(op, graph, ctx) {
  const input = graph.tensors[op.inputList[0]];
  const output = graph.tensors[op.outputs[0]];
  if (input.dtype !== "float32" || output.dtype !== "int8" || output.shape.length > 4) return null;
  const { scale, zeroPoint } = perTensorQuant(op, output, "output");
  const desc = ctx.alloc(24);
  new Int32Array(ctx.memory.buffer, desc, 3).set([zeroPoint, ...dtypeRange("int8")]);
  new Float32Array(ctx.memory.buffer, desc + 16, 1)[0] = scale;
  return wasmOp(ctx, op, "quantize", desc, [0], true);
}
function prepareMean2(op, graph, ctx) {
  const input = graph.tensors[op.inputs.input];
  const { axes, keepDims } = op.attrs;
  if (!isInt8(input) || !isInt8(graph.tensors[op.outputs[0]]) || input.shape.length !== 4 || !keepDims || axes.length !== 2 || axes[0] !== 1 || axes[1] !== 2) return null;
  const p = meanStage(op, graph, input.shape[1] * input.shape[2]);
  if (p.shift > 31 || p.shift < -31) return null;
  const desc = ctx.int32s([p.multiplier, p.shift, p.offset, p.outputZeroPoint]);
  return wasmOp(ctx, op, "mean", desc, [inputSlot(op, op.inputs.input)], false);
}
function prepareWasm(op, graph, ctx) {
  const prepared = prepareCovered(op, graph, ctx);
  if (prepared !== null) {
    const ids = [...op.inputList.filter((id) => id >= 0 && graph.tensors[id].data === null), op.outputs[0]];
    ctx.reserveStaging(ids.reduce((n, id) => n + alignUp(tensorBytes(graph.tensors[id]), WASM_ALIGNMENT), 0));
  }
  return prepared;
}
function prepareCovered(op, graph, ctx) {
  if (op.kind === "QUANTIZE" || op.kind === "MEAN") {
    kernelFor(op, "reference")(op, graph);
    return op.kind === "MEAN" ? prepareMean2(op, graph, ctx) : prepareQuantize2(op, graph, ctx);
  }
  const covered = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" || op.kind === "FULLY_CONNECTED" || op.kind === "AVERAGE_POOL_2D" || op.kind === "MAX_POOL_2D" || op.kind === "ADD" || op.kind === "SUB" || op.kind === "MUL";
  if (!covered) return null;
  kernelFor(op, "reference")(op, graph);
  if (!op.inputList.every((id) => id < 0 || graph.tensors[id].dtype !== "float32" && graph.tensors[id].dtype !== "uint8")) return null;
  if (!isInt8(graph.tensors[op.inputList[0]]) || !isInt8(graph.tensors[op.outputs[0]])) return null;
  switch (op.kind) {
    case "CONV_2D":
      return prepareConv2(op, graph, ctx);
    case "FULLY_CONNECTED":
      return prepareFullyConnected2(op, graph, ctx);
    case "DEPTHWISE_CONV_2D":
      return prepareDepthwise2(op, graph, ctx);
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D":
      return preparePool2(op, graph, ctx);
    case "ADD":
    case "SUB":
    case "MUL":
      return prepareBinary(op, graph, ctx);
    default:
      return null;
  }
}

// src/schedule/lifetimes.ts
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
var MAX_REORDER_STATES = 1e5;
var MAX_REORDER_OPS = 1e3;
function reorderForMemory(program) {
  const { graph } = program;
  if (program.order.length > MAX_REORDER_OPS) return [...program.order];
  const ops = program.order.map((i) => graph.ops[i]);
  const n = ops.length;
  const producer = /* @__PURE__ */ new Map();
  ops.forEach((op, k) => {
    for (const t of activationOutputs(graph, op)) producer.set(t, k);
  });
  const bytes = (t) => tensorBytes(graph.tensors[t]);
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
  for (const t of new Set(program.inputs)) if (isPlanned(graph, t) && (readers.has(t) || outputs.has(t))) live += bytes(t);
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
      const produced = outs.reduce((s, t) => s + bytes(t), 0);
      const stepPeak = live + produced;
      if (stepPeak >= best) continue;
      let freed = 0;
      for (const t of activationInputs(graph, op)) {
        const left = pending.get(t) - 1;
        pending.set(t, left);
        if (left === 0 && !outputs.has(t)) freed += bytes(t);
      }
      const unread = outs.filter((t) => !readers.has(t) && !outputs.has(t)).reduce((s, t) => s + bytes(t), 0);
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
  const readersOf2 = new Map(graph.inputs.map((t) => [t, []]));
  const writerOf = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    for (const t of new Set(op.inputList)) readersOf2.get(t)?.push(op);
    for (const t of op.outputs) writerOf.set(t, op);
  }
  const inputs = graph.inputs.map((t) => {
    const readers = readersOf2.get(t);
    const q = readers[0];
    if (q === void 0 || readers.length !== 1 || q.kind !== "QUANTIZE" || graph.tensors[t].dtype !== "float32") return t;
    folded.add(q.index);
    return q.outputs[0];
  });
  const outputs = graph.outputs.map((t) => {
    const dq = writerOf.get(t);
    if (dq?.kind !== "DEQUANTIZE" || dq.outputs[0] !== t || graphInputs.has(dq.inputs.input)) return t;
    folded.add(dq.index);
    return dq.inputs.input;
  });
  const order = graph.ops.filter((op) => !folded.has(op.index)).map((op) => op.index);
  return { graph, order, inputs, outputs, foldedOps: [...folded].sort((a, b) => a - b) };
}

// src/kernels/receptive-field.ts
function clip(lo, hi, size) {
  const a = Math.max(lo, 0);
  const b = Math.min(hi, size - 1);
  return b < a ? [Math.min(a, size), 0] : [a, b - a + 1];
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
      return boxOf(shape.map((size, d) => {
        const before = op.attrs.paddings[d][0];
        return clip(window.start[d] - before, window.start[d] + window.size[d] - 1 - before, size);
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

// src/schedule/patch/plan.ts
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
  const last = lastReaders2(graph);
  const crosses = [...stage1].some((t) => t !== splitTensor && (last.get(t) ?? -1) > split);
  for (let k = split + 1; crosses && k < graph.ops.length; k++) {
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
var lastReaderCache = /* @__PURE__ */ new WeakMap();
function lastReaders2(graph) {
  let m = lastReaderCache.get(graph);
  if (m === void 0) {
    m = /* @__PURE__ */ new Map();
    for (const op of graph.ops) for (const t of op.inputList) m.set(t, op.index);
    lastReaderCache.set(graph, m);
  }
  return m;
}
function isStage1Kind(op) {
  if (SPATIAL.has(op.kind) || POINTWISE.has(op.kind)) return true;
  return op.kind === "CONCATENATION" && op.attrs.axis === 3;
}
function patchCountProblems(graph, split, patches) {
  const shape = graph.tensors[graph.ops[split].outputs[0]].shape;
  return [0, 1].flatMap((a) => {
    const size = shape[a + 1];
    const p = patches[a];
    const name = a === 0 ? "rows" : "columns";
    if (!Number.isInteger(p) || p < 1) return [`patch count ${p} must be a positive integer`];
    const g = Math.ceil(size / p);
    if ((p - 1) * g >= size) return [`${p} patches over ${size} ${name} of the split tensor would leave the last patches empty (patch size \u2308${size}/${p}\u2309 = ${g})`];
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
function outputSpans(size, p) {
  const g = Math.ceil(size / p);
  return Array.from({ length: p }, (_, i) => ({ start: i * g, size: Math.min(g, size - i * g) }));
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
  const size = [1, 1, 1, outShape[3]];
  start[axis] = lo;
  size[axis] = hi - lo;
  const box = inputBoxFor(op, graph, { start, size });
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
  let stage2;
  return {
    graph,
    split,
    splitTensor,
    patches,
    patchSize: [Math.ceil(shape[1] / patches[0]), Math.ceil(shape[2] / patches[1])],
    stage1: graph.ops.slice(0, split + 1).filter((op) => tiles.has(op.outputs[0])).map((op) => op.index),
    // Listed on first use: a search builds hundreds of plans and reads no stage 2 list, which would
    // cost O(ops) each (issue 12: long chains).
    get stage2() {
      stage2 ??= graph.ops.slice(split + 1).map((op) => op.index);
      return stage2;
    },
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

// src/schedule/patch/run.ts
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
function runPatches(prepared, plan, inputs, allocate = heapBufferAllocator, observe, streamed = /* @__PURE__ */ new Set()) {
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
  const streams = graph.inputs.filter((id) => streamed.has(id)).map((id) => ({
    id,
    image: views.get(id).data,
    shape: graph.tensors[id].shape,
    tile: allocate(graph.tensors[id], tileElements(plan, id))
  }));
  let patch = null;
  for (const step of patchSteps(plan)) {
    if (step.patch !== null && streams.length > 0 && step.patch.join() !== patch) {
      patch = step.patch.join();
      for (const s of streams) views.set(s.id, copyWindow(s.image, s.shape, patchWindow(plan, s.id, step.patch[0], step.patch[1]), s.tile));
    }
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
    const done = observe?.(step, output);
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
function copyWindow(image, shape, window, tile) {
  const [, width, channels] = [shape[1], shape[2], shape[3]];
  const [, r0, c0] = window.start;
  const [, rows, cols] = window.size;
  const data = tile.subarray(0, boxElements(window));
  const rowElements = cols * channels;
  for (let r = 0; r < rows; r++) {
    const from = ((r0 + r) * width + c0) * channels;
    data.set(image.subarray(from, from + rowElements), r * rowElements);
  }
  return { data, box: window };
}

// src/mcu/memory.ts
import { Buffer as Buffer3 } from "node:buffer";
function viewAt(buffer, dtype, offset, length) {
  const ctor = TYPED_ARRAY_OF[dtype];
  return ctor === void 0 ? null : new ctor(buffer, offset, length);
}
function createMemory(ctx, constantTensors2, sramBytes, applicationBytes = []) {
  const decoded = constantTensors2.map((t) => ({ t, data: decodeConstant(t) }));
  const flashBase = ctx.end;
  const placed = decoded.map(({ t, data }) => ({ t, data, offset: ctx.alloc(data.byteLength) }));
  const sramBase = ctx.alloc(sramBytes);
  const flashBytes = sramBase - flashBase;
  const application = applicationBytes.map((bytes) => ctx.alloc(bytes));
  const buffer = ctx.memory.buffer;
  const constants = /* @__PURE__ */ new Map();
  for (const { t, data, offset } of placed) {
    const view = new data.constructor(buffer, offset, data.length);
    view.set(data);
    constants.set(t.id, { data: view, box: wholeBox(t.shape) });
  }
  const flash = () => new Uint8Array(ctx.memory.buffer, flashBase, flashBytes);
  const flashCopy = Buffer3.from(flash());
  return {
    memory: ctx.memory,
    constants,
    flashBase,
    flashBytes,
    sramBase,
    sramBytes,
    application,
    sram: new Uint8Array(buffer, sramBase, sramBytes),
    flashIntact: () => flashCopy.equals(flash())
  };
}
function placeInSram(mem, tensor, elements, offset, bufferBytes) {
  const bytes = elements * DTYPE_BYTES[tensor.dtype];
  if (offset % DTYPE_BYTES[tensor.dtype] !== 0 || bytes > bufferBytes || offset + bytes > mem.sramBytes) {
    throw new Error(`plan places tensor ${tensor.id} (${bytes} B of ${tensor.dtype}) at offset ${offset} in a ${bufferBytes}-B buffer of a ${mem.sramBytes}-B arena`);
  }
  const view = viewAt(mem.memory.buffer, tensor.dtype, mem.sramBase + offset, elements);
  if (view === null) throw new UserError(`tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which the simulator cannot place`);
  return view;
}
function constantTensors(tensors, reads) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const id of reads) {
    const t = tensors[id];
    if (t === void 0 || t.data === null || seen.has(id)) continue;
    seen.add(id);
    out.push(t);
  }
  return out;
}
function sramEnd(mem, data) {
  if (data.buffer !== mem.memory.buffer || data.byteOffset < mem.sramBase || data.byteOffset >= mem.sramBase + mem.sramBytes) return null;
  return data.byteOffset + data.byteLength - mem.sramBase;
}
function firstChange(a, b, from, to) {
  if (to <= from || Buffer3.from(a.buffer, a.byteOffset + from, to - from).equals(Buffer3.from(b.buffer, b.byteOffset + from, to - from))) return null;
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return i;
  return null;
}

// src/mcu/patch-simulator.ts
function preparePatchSimulation(plan, memory, kernelSet = kernelSetOf("tinygate")) {
  if (memory.plan !== plan) throw new Error("the memory plan was made for another patch plan");
  const { graph } = plan;
  const ctx = new WasmContext();
  const kernels = prepareGraph(graph, { kernel: (op, g) => prepareWasm(op, g, ctx), kernels: kernelSet });
  const applicationTensors2 = [...memory.applicationTensors, ...memory.streamedInputs].map((id) => graph.tensors[id]);
  const mem = createMemory(
    ctx,
    constantTensors(graph.tensors, graph.ops.flatMap((op) => op.inputList)),
    memory.arenaBytes,
    applicationTensors2.map(tensorBytes)
  );
  const bufferOf = new Map(memory.buffers.flatMap((b) => b.tensors.map((t) => [t, b])));
  const application = new Map(applicationTensors2.map((t, i) => [t.id, mem.application[i]]));
  const placed = /* @__PURE__ */ new Map();
  const allocate = (tensor, elements) => {
    const key = `${tensor.id}:${elements}`;
    let data = placed.get(key);
    if (data !== void 0) return data;
    const b = bufferOf.get(tensor.id);
    if (b === void 0) {
      const address = application.get(tensor.id);
      if (address === void 0) throw new Error(`the memory plan has no buffer for tensor ${tensor.id} (${tensor.name})`);
      const view = viewAt(mem.memory.buffer, tensor.dtype, address, elements);
      if (view === null) throw new UserError(`tensor ${tensor.id} (${tensor.name}) has type ${tensor.dtype}, which the simulator cannot place`);
      data = view;
    } else {
      data = placeInSram(mem, tensor, elements, b.offset, b.size);
    }
    placed.set(key, data);
    return data;
  };
  const image = (tensor, elements) => viewAt(mem.memory.buffer, tensor.dtype, application.get(tensor.id), elements);
  const ops = kernels.ops.map((prep, k) => {
    const scratch = memory.buffers.find((b) => b.scratchForOp === k);
    if (!memory.inPlaceOps.includes(k) || prep.op.kind !== "DEPTHWISE_CONV_2D" || scratch === void 0) return prep;
    const slot = prep.op.inputList.indexOf(prep.op.inputs.input);
    return { ...prep, run: depthwiseInPlace(prep.run, slot, () => new Int8Array(mem.memory.buffer, mem.sramBase + scratch.offset, scratch.size)) };
  });
  const prepared = { ...kernels, ops, constants: mem.constants };
  const program = { ...graph, inputs: memory.inputs };
  const kept = (k) => !memory.foldedInputOps.includes(k);
  const programPlan = { ...plan, graph: program, stage1: plan.stage1.filter(kept), stage2: plan.stage2.filter(kept) };
  return {
    memory: mem,
    run(inputs, options = {}) {
      if (inputs.length !== graph.inputs.length) throw new UserError(`the model has ${graph.inputs.length} inputs, ${inputs.length} were given`);
      let highWater = 0;
      const wrote = (data) => {
        highWater = Math.max(highWater, sramEnd(mem, data) ?? 0);
      };
      const streamed = new Set(memory.streamedInputs);
      const programInputs = memory.inputs.map((t) => writeInput(graph, prepared.ops, memory.foldedInputOps, t, inputs, streamed.has(t) ? image : allocate));
      programInputs.forEach(wrote);
      const check = options.checkWrites ? writeChecker(programPlan, memory, mem, memory.inputs.map((t, i) => [t, programInputs[i]])) : null;
      const observe = (step, output) => {
        const done = check?.(step, output);
        return () => {
          done?.();
          wrote(output.data);
        };
      };
      const outputs = runPatches({ ...prepared, graph: program }, programPlan, programInputs, allocate, observe, streamed);
      if (options.checkWrites && !mem.flashIntact()) throw new Error("a kernel wrote into flash");
      const result = { outputs: outputs.map((d) => d.slice()), sramBytes: memory.arenaBytes, highWaterBytes: highWater };
      return result;
    }
  };
}
function writeInput(graph, ops, folded, t, inputs, allocate) {
  const tensor = graph.tensors[t];
  const view = { data: allocate(tensor, elementCount(tensor.shape)), box: wholeBox(tensor.shape) };
  const given = (id) => {
    const data = inputs[graph.inputs.indexOf(id)];
    const expected = elementCount(graph.tensors[id].shape);
    if (data.length !== expected) throw new UserError(`input ${graph.inputs.indexOf(id)} must have ${expected} values, got ${data.length}`);
    return data;
  };
  if (graph.inputs.includes(t)) {
    view.data.set(given(t));
    return view.data;
  }
  const quantize = ops[folded.find((k) => graph.ops[k].outputs[0] === t)];
  const sources = quantize.op.inputList.map((id) => {
    if (id === NO_TENSOR) return null;
    const source = graph.tensors[id];
    const data = allocate(source, elementCount(source.shape));
    data.set(given(id));
    return { data, box: wholeBox(source.shape) };
  });
  quantize.run(sources, view, view.box);
  return view.data;
}
function depthwiseInPlace(run, slot, scratch) {
  return (inputs, output, window) => {
    const source = inputs[slot];
    const [n, h, w, c] = source.box.size;
    const plane = scratch().subarray(0, n * h * w);
    const planeInputs = [...inputs];
    for (let ch = 0; ch < c; ch++) {
      for (let i = 0, j = ch; i < plane.length; i++, j += c) plane[i] = source.data[j];
      planeInputs[slot] = { data: plane, box: { start: [source.box.start[0], source.box.start[1], source.box.start[2], ch], size: [n, h, w, 1] } };
      run(planeInputs, output, { start: [window.start[0], window.start[1], window.start[2], ch], size: [window.size[0], window.size[1], window.size[2], 1] });
    }
  };
}
function writeChecker(plan, memory, mem, inputs) {
  const { graph } = plan;
  const inPlace = new Set(memory.inPlaceOps);
  const scratchOf = new Map(memory.buffers.filter((b) => b.scratchForOp !== null).map((b) => [b.scratchForOp, [b.offset, b.offset + b.size]]));
  const steps = patchSteps(plan);
  const retireAfter = retirements(graph, steps);
  const bytes = mem.sram;
  const live = /* @__PURE__ */ new Map();
  const rangeOf = (d) => {
    const end = sramEnd(mem, d);
    return end === null ? null : [end - d.byteLength, end];
  };
  for (const [t, data] of inputs) {
    const r = rangeOf(data);
    if (r !== null) live.set(t, r);
  }
  let index = 0;
  return (step, output) => {
    const op = graph.ops[step.op];
    const t = op.outputs[0];
    const where = `step ${index} (op ${op.index} ${op.kind}${step.patch === null ? "" : `, patch ${step.patch.join(",")}`})`;
    const mine = rangeOf(output.data);
    if (mine !== null) {
      for (const [id, [b0, b1]] of live) {
        if (inPlace.has(op.index) && op.inputList.includes(id)) continue;
        if (id !== t && mine[0] < b1 && b0 < mine[1]) {
          throw new Error(`${where} writes tensor ${t} at arena bytes ${mine[0]}\u2013${mine[1]}, over live tensor ${id} (${graph.tensors[id].name}) at ${b0}\u2013${b1}`);
        }
      }
    }
    const before = bytes.slice();
    return () => {
      const writable = [mine ?? [0, 0], scratchOf.get(op.index) ?? [0, 0]].sort((a, b) => a[0] - b[0]);
      let changed = null;
      let from = 0;
      for (const [w0, w1] of writable) {
        changed ??= firstChange(before, bytes, from, Math.max(from, w0));
        from = Math.max(from, w1);
      }
      changed ??= firstChange(before, bytes, from, bytes.length);
      if (changed !== null) throw new Error(`${where} wrote arena byte ${changed}, outside its output`);
      if (mine !== null) live.set(t, mine);
      for (const id of retireAfter[index]) live.delete(id);
      index++;
    };
  };
}
function retirements(graph, steps) {
  const readLater = new Set(graph.outputs);
  const out = new Array(steps.length);
  for (let g = steps.length - 1; g >= 0; g--) {
    const op = graph.ops[steps[g].op];
    const reads = activationInputs(graph, op);
    out[g] = reads.filter((t) => !readLater.has(t));
    readLater.delete(op.outputs[0]);
    for (const t of reads) readLater.add(t);
  }
  return out;
}

// src/schedule/fuse-pads.ts
function fusablePad(graph, pad, readers) {
  if (pad.kind !== "PAD") return false;
  readers ??= readersOf(graph, pad);
  const p = pad.attrs.paddings;
  if (p.length !== 4 || p[0][0] + p[0][1] + p[3][0] + p[3][1] !== 0) return false;
  if (graph.outputs.includes(pad.outputs[0])) return false;
  return readers.length > 0 && readers.every((r) => (r.kind === "CONV_2D" || r.kind === "DEPTHWISE_CONV_2D") && r.inputs.input === pad.outputs[0] && r.inputList.filter((t) => t === pad.outputs[0]).length === 1);
}
var readerIndex = /* @__PURE__ */ new WeakMap();
function readersOf(graph, op) {
  let index = readerIndex.get(graph);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (const r of graph.ops) {
      for (const t of new Set(r.inputList)) {
        const list = index.get(t);
        if (list === void 0) index.set(t, [r]);
        else list.push(r);
      }
    }
    readerIndex.set(graph, index);
  }
  return index.get(op.outputs[0]) ?? [];
}
function fusePads(graph) {
  const fused = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    if (fusablePad(graph, op)) fused.set(op.outputs[0], op);
  }
  if (fused.size === 0) return graph;
  const ops = [];
  for (const op of graph.ops) {
    if (op.kind === "PAD" && fused.get(op.outputs[0]) === op) continue;
    const pad = op.kind === "CONV_2D" || op.kind === "DEPTHWISE_CONV_2D" ? fused.get(op.inputs.input) : void 0;
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

// src/mcu/simulator.ts
var SCRATCH_FILL = 165;
function executableGraph(graph, plan) {
  if (plan.runtime === "tflm" || plan.runtime === "linear") return { run: graph, planned: graph, opOf: (k) => graph.ops[k] };
  const fused = fusePads(graph);
  const planned = plan.runtime === "tinygate" ? fused : graph;
  const byOutput = new Map(fused.ops.map((op) => [op.outputs[0], op]));
  return { run: fused, planned, opOf: (k) => byOutput.get(planned.ops[k].outputs[0]) ?? null };
}
function executionOrder(planned, plan) {
  const folded = new Set(plan.foldedOps);
  const producer = /* @__PURE__ */ new Map();
  for (const op of planned.ops) for (const id of op.outputs) producer.set(id, op.index);
  const order = [];
  const done = /* @__PURE__ */ new Set();
  const visit = (k) => {
    if (done.has(k)) return;
    done.add(k);
    for (const id of planned.ops[k].inputList) {
      const p = producer.get(id);
      if (p !== void 0 && folded.has(p)) visit(p);
    }
    order.push(k);
  };
  for (const k of plan.order) visit(k);
  for (const k of plan.foldedOps) visit(k);
  return order;
}
function isTinyEnginePlan(plan) {
  return plan.runtime === "tinyengine" && "layerScratch" in plan;
}
function prepareSimulation(graph, plan, kernels) {
  const { run: runGraph2, planned, opOf } = executableGraph(graph, plan);
  const te = isTinyEnginePlan(plan) ? plan : null;
  const sramBytes = plan.arenaBytes + (te === null ? 0 : te.sbufBytes + te.kbufBytes);
  const steps = executionOrder(planned, plan).flatMap((k) => {
    const op = opOf(k);
    return op === null ? [] : [{ k, op }];
  });
  const ctx = new WasmContext();
  const opKernels = steps.map(({ op }) => prepareWasm(op, runGraph2, ctx) ?? kernelFor(op, kernels)(op, runGraph2));
  const bufferOf = /* @__PURE__ */ new Map();
  for (const b of plan.buffers) if (b.scratchForOp === null) for (const id of b.tensors) bufferOf.set(id, b);
  const scratchOf = new Map(plan.buffers.filter((b) => b.scratchForOp !== null).map((b) => [b.scratchForOp, b]));
  const folded = new Set(plan.foldedOps);
  const inPlace = new Set(plan.inPlaceOps);
  const isConstant = (id) => runGraph2.tensors[id].data !== null;
  const application = [];
  const applicationBuffer = (bytes) => application.push({ bytes }) - 1;
  const applicationTensor = /* @__PURE__ */ new Map();
  for (const { op } of steps) {
    for (const id of [...op.inputList, op.outputs[0]]) {
      if (id === NO_TENSOR || isConstant(id) || bufferOf.has(id) || applicationTensor.has(id)) continue;
      applicationTensor.set(id, applicationBuffer(tensorBytes(runGraph2.tensors[id])));
    }
  }
  const layouts = steps.map(({ k, op }) => {
    const input0 = bufferOf.get(op.inputList[0] ?? NO_TENSOR);
    const out = bufferOf.get(op.outputs[0]);
    const aliased = input0 !== void 0 && out !== void 0 && input0.offset === out.offset;
    const scratch = [];
    const planned2 = scratchOf.get(k);
    if (planned2 !== void 0) scratch.push({ offset: planned2.offset, size: planned2.size });
    const layer = te?.layerScratch.get(k);
    if (te !== null && layer !== void 0) {
      if (layer.sbuf > 0) scratch.push({ offset: plan.arenaBytes, size: layer.sbuf });
      if (layer.kbuf > 0) scratch.push({ offset: plan.arenaBytes + te.sbufBytes, size: layer.kbuf });
    }
    const planeSlot = inPlace.has(k) && op.kind === "DEPTHWISE_CONV_2D" ? op.inputList.indexOf(op.inputs.input) : -1;
    const mode = folded.has(k) && aliased && (op.kind === "RESHAPE" || op.kind === "SQUEEZE") ? "view" : planeSlot >= 0 ? "depthwise-in-place" : aliased && !inPlace.has(k) ? "aside" : "run";
    const aside = mode === "aside" ? applicationBuffer(tensorBytes(runGraph2.tensors[op.outputs[0]])) : null;
    let plane = null;
    if (planeSlot >= 0) {
      const [n, h, w] = runGraph2.tensors[op.inputList[planeSlot]].shape;
      const bytes = n * h * w;
      plane = scratch[0] !== void 0 && scratch[0].size >= bytes ? { slot: planeSlot, bytes, at: scratch[0].offset, app: null } : { slot: planeSlot, bytes, at: null, app: applicationBuffer(bytes) };
    }
    return { k, op, mode, scratch, aside, plane };
  });
  const mem = createMemory(ctx, constantTensors(runGraph2.tensors, steps.flatMap((s) => s.op.inputList)), sramBytes, application.map((a) => a.bytes));
  const views = new Map(mem.constants);
  const viewOf = (id) => {
    let view = views.get(id);
    if (view === void 0) {
      const t = runGraph2.tensors[id];
      const b = bufferOf.get(id);
      const data = b !== void 0 ? placeInSram(mem, t, elementCount(t.shape), b.offset, b.size) : applicationView(mem, t.dtype, mem.application[applicationTensor.get(id)], elementCount(t.shape));
      views.set(id, view = { data, box: wholeBox(t.shape) });
    }
    return view;
  };
  const prepared = layouts.map(({ k, op, mode, scratch, aside, plane }, i) => {
    const output = viewOf(op.outputs[0]);
    return {
      op,
      kernel: opKernels[i],
      inputs: op.inputList.map((id) => id === NO_TENSOR ? null : viewOf(id)),
      output,
      mode,
      inPlace: inPlace.has(k),
      scratch,
      aside: aside === null ? null : applicationView(mem, runGraph2.tensors[op.outputs[0]].dtype, mem.application[aside], output.data.length),
      plane: plane === null ? null : {
        slot: plane.slot,
        data: new Int8Array(mem.memory.buffer, plane.at !== null ? mem.sramBase + plane.at : mem.application[plane.app], plane.bytes)
      }
    };
  });
  const inputViews = runGraph2.inputs.map(viewOf);
  const outputViews = runGraph2.outputs.map(viewOf);
  return {
    memory: mem,
    run(inputs, options = {}) {
      if (inputs.length !== inputViews.length) throw new UserError(`the model has ${inputViews.length} inputs, ${inputs.length} were given`);
      let highWater = 0;
      const wrote = (end) => {
        if (end !== null && end > highWater) highWater = end;
      };
      inputViews.forEach((view, i) => {
        view.data.set(inputs[i]);
        wrote(sramEnd(mem, view.data));
      });
      const liveness = options.checkWrites ? new LiveTensors(runGraph2, prepared, plan.buffers, mem.sramBase) : null;
      for (const step of prepared) {
        liveness?.checkOutput(step);
        if (step.mode === "view") continue;
        for (const s of step.scratch) {
          mem.sram.fill(SCRATCH_FILL, s.offset, s.offset + s.size);
          wrote(s.offset + s.size);
        }
        const guard = options.checkWrites ? snapshotOutside(mem, step) : null;
        if (step.mode === "depthwise-in-place") runDepthwiseInPlace(step);
        else if (step.mode === "aside") {
          step.kernel.run(step.inputs, { data: step.aside, box: step.output.box }, step.output.box);
          step.output.data.set(step.aside);
        } else step.kernel.run(step.inputs, step.output, step.output.box);
        wrote(sramEnd(mem, step.output.data));
        guard?.();
        liveness?.retire(step.op);
      }
      if (options.checkWrites && !mem.flashIntact()) throw new Error("a kernel wrote into flash");
      return { outputs: outputViews.map((v) => v.data.slice()), sramBytes, highWaterBytes: highWater };
    }
  };
}
function applicationView(mem, dtype, address, elements) {
  const view = viewAt(mem.memory.buffer, dtype, address, elements);
  if (view === null) throw new UserError(`tensors of type ${dtype} cannot be computed`);
  return view;
}
function runDepthwiseInPlace(step) {
  const { kernel, inputs, output } = step;
  const { slot, data: plane } = step.plane;
  const source = inputs[slot];
  const [n, h, w, c] = source.box.size;
  const planeInputs = [...inputs];
  const [on, oh, ow] = output.box.size;
  for (let ch = 0; ch < c; ch++) {
    for (let i = 0, j = ch; i < plane.length; i++, j += c) plane[i] = source.data[j];
    planeInputs[slot] = { data: plane, box: { start: [0, 0, 0, ch], size: [n, h, w, 1] } };
    kernel.run(planeInputs, output, { start: [0, 0, 0, ch], size: [on, oh, ow, 1] });
  }
}
var LiveTensors = class {
  constructor(graph, steps, buffers, sramBase) {
    this.graph = graph;
    this.sramBase = sramBase;
    for (const b of buffers) for (const t of b.tensors) this.bufferOf.set(t, b);
    for (const { op, inputs, output } of steps) {
      op.inputList.forEach((id, i) => {
        this.lastUse.set(id, op);
        if (inputs[i] !== null) this.views.set(id, inputs[i]);
      });
      this.views.set(op.outputs[0], output);
    }
    for (const id of graph.inputs) this.live.add(id);
  }
  graph;
  sramBase;
  live = /* @__PURE__ */ new Set();
  lastUse = /* @__PURE__ */ new Map();
  bufferOf = /* @__PURE__ */ new Map();
  views = /* @__PURE__ */ new Map();
  /** An in-place op runs over its own input, so overlapping its inputs is intended. */
  checkOutput(step) {
    const { op, inPlace } = step;
    const out = op.outputs[0];
    const mine = this.bufferOf.get(out);
    const view = step.output;
    if (mine === void 0) return;
    const [a0, a1] = [view.data.byteOffset, view.data.byteOffset + view.data.byteLength];
    for (const id of this.live) {
      const other = this.views.get(id);
      if (other === void 0 || this.bufferOf.get(id) === void 0 || this.bufferOf.get(id) === mine) continue;
      if (inPlace && op.inputList.includes(id)) continue;
      if (other.data.buffer !== view.data.buffer) continue;
      const [b0, b1] = [other.data.byteOffset, other.data.byteOffset + other.data.byteLength];
      if (a0 < b1 && b0 < a1) {
        const at = (x, y) => `${x - this.sramBase}\u2013${y - this.sramBase}`;
        throw new Error(`op ${op.index} (${op.kind}) writes tensor ${out} at arena bytes ${at(a0, a1)}, over live tensor ${id} (${this.graph.tensors[id].name}) at ${at(b0, b1)}`);
      }
    }
    this.live.add(out);
  }
  retire(op) {
    for (const id of op.inputList) if (this.lastUse.get(id) === op && !this.graph.outputs.includes(id)) this.live.delete(id);
  }
};
function snapshotOutside(mem, step) {
  const before = mem.sram.slice();
  const writable = step.scratch.map((s) => [s.offset, s.offset + s.size]);
  const end = sramEnd(mem, step.output.data);
  if (end !== null) writable.push([end - step.output.data.byteLength, end]);
  writable.sort((a, b) => a[0] - b[0]);
  return () => {
    let from = 0;
    for (const [a, b] of [...writable, [mem.sramBytes, mem.sramBytes]]) {
      const changed = firstChange(before, mem.sram, from, Math.max(from, a));
      if (changed !== null) throw new Error(`op ${step.op.index} (${step.op.kind}) wrote arena byte ${changed}, outside its output and scratch`);
      from = Math.max(from, b);
    }
  };
}

// src/schedule/planner.ts
function overlapsInTime(a, b) {
  return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
function timeNeighbours(requests) {
  const byFirst = requests.map((_, i) => i).sort((a, b) => requests[a].firstStep - requests[b].firstStep || a - b);
  const near = requests.map(() => []);
  let active = [];
  for (const i of byFirst) {
    const r = requests[i];
    active = active.filter((j) => requests[j].lastStep >= r.firstStep);
    for (const j of active) {
      if (!overlapsInTime(requests[j], r)) continue;
      near[i].push(j);
      near[j].push(i);
    }
    active.push(i);
  }
  for (const list of near) list.sort((a, b) => a - b);
  return near;
}
function placedByOffset(near, seq, offsetOf) {
  return near.filter((o) => seq[o] >= 0).sort((a, b) => offsetOf(a) - offsetOf(b) || seq[a] - seq[b]);
}
function extent(buffers) {
  return buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
}
function greedyOffsets(requests) {
  const order = requests.map((_, i) => i).sort((a, b) => requests[b].size - requests[a].size || b - a);
  const offsets = new Array(requests.length).fill(0);
  const near = timeNeighbours(requests);
  const seq = new Int32Array(requests.length).fill(-1);
  order.forEach((id, rank) => {
    const want = requests[id];
    let candidate = 0;
    for (const other of placedByOffset(near[id], seq, (o) => offsets[o])) {
      if (offsets[other] - candidate >= want.size) break;
      candidate = Math.max(candidate, offsets[other] + requests[other].size);
    }
    offsets[id] = candidate;
    seq[id] = rank;
  });
  return offsets;
}
function firstFitOffsets(requests, priority, choice = "lowest") {
  const offsets = new Array(requests.length).fill(0);
  const near = timeNeighbours(requests);
  const seq = new Int32Array(requests.length).fill(-1);
  priority.forEach((id, rank) => {
    const want = requests[id];
    let best = -1;
    let bestGap = Infinity;
    let cursor = 0;
    for (const p of placedByOffset(near[id], seq, (o) => offsets[o])) {
      const lo = offsets[p];
      const gap = lo - cursor;
      if (gap >= want.size && gap < bestGap) {
        best = cursor;
        bestGap = gap;
        if (choice === "lowest") break;
      }
      cursor = Math.max(cursor, lo + requests[p].size);
    }
    offsets[id] = best >= 0 ? best : cursor;
    seq[id] = rank;
  });
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
function inPlaceDepthwiseScratchBytes(graph, op) {
  const input = graph.tensors[op.inputs.input];
  const [, h, w] = input.shape;
  return h * w * DTYPE_BYTES[input.dtype];
}

// src/schedule/tinygate.ts
var TINYGATE_ALIGNMENT = 4;
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
  const join3 = (into, t) => {
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
      join3(op.inputs.input, out);
      return;
    }
    const victim = inPlaceCandidates(graph, op, depthwise).find((t) => groupLast(t) === step && !holdsOutput(t) && root(t) !== root(out));
    if (victim === void 0) return;
    join3(victim, out);
    inPlaceOps.push(opIndex);
  });
  const requests = [...members.values()].map((ts) => {
    const ls = ts.map((t) => life.get(t));
    return {
      tensors: [...ts].sort((a, b) => a - b),
      scratchForOp: null,
      size: alignUp(Math.max(...ls.map((l) => l.bytes)), TINYGATE_ALIGNMENT),
      firstStep: Math.min(...ls.map((l) => l.firstStep)),
      lastStep: Math.max(...ls.map((l) => l.lastStep))
    };
  }).sort((a, b) => a.tensors[0] - b.tensors[0]);
  for (const opIndex of inPlaceOps) {
    const op = graph.ops[opIndex];
    if (op.kind !== "DEPTHWISE_CONV_2D") continue;
    const step = program.order.indexOf(opIndex);
    requests.push({ tensors: [], scratchForOp: opIndex, size: alignUp(inPlaceDepthwiseScratchBytes(graph, op), TINYGATE_ALIGNMENT), firstStep: step, lastStep: step });
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

// src/schedule/patch/placement.ts
function patchRequests(plan, io, stage1, steps, streamed) {
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
      requests.push({ tensor: t, role: "split", size: alignUp(tensorBytes(tensor), TINYGATE_ALIGNMENT), firstStep: 0, lastStep: last.get(t) });
    } else if (tiles.has(t) || streamed.has(t)) {
      requests.push({ tensor: t, role: "tile", size: alignUp(tileElements(plan, t) * DTYPE_BYTES[tensor.dtype], TINYGATE_ALIGNMENT), firstStep: streamed.has(t) ? 0 : firstStep, lastStep: last.get(t) });
    } else {
      const input = io.inputs.includes(t);
      const lastStep = input && readInStage1.has(t) ? Math.max(last.get(t), stage1.length - 1) : last.get(t);
      requests.push({ tensor: t, role: input ? "input" : "tensor", size: alignUp(tensorBytes(tensor), TINYGATE_ALIGNMENT), firstStep, lastStep });
    }
  }
  return requests.sort((a, b) => a.tensor - b.tensor);
}
function applicationTensors(graph, io) {
  return [...graph.inputs.filter((t) => !io.inputs.includes(t)), ...graph.outputs.filter((t) => !io.outputs.includes(t))];
}
var ELEMENTWISE = /* @__PURE__ */ new Set(["ADD", "SUB", "MUL"]);
function sameWindows(plan, a, b) {
  const [ra, ca] = plan.tiles.get(a);
  const [rb, cb] = plan.tiles.get(b);
  const same = (x, y) => x.every((s, i) => s.start === y[i].start && s.size === y[i].size);
  return same(ra.clipped, rb.clipped) && same(ca.clipped, cb.clipped);
}
function planeElements(plan, t, stage1) {
  const shape = plan.graph.tensors[t].shape;
  if (!stage1) return shape[1] * shape[2];
  return tileElements(plan, t) / shape[3];
}
function inPlaceGroups(plan, requests, steps, stage1Steps, outputs) {
  const { graph } = plan;
  const groups = requests.map((r) => ({ role: r.role, tensors: [r.tensor], scratchForOp: null, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep }));
  const groupOf = new Map(requests.map((r, i) => [r.tensor, i]));
  const programOutputs = new Set(outputs);
  const inPlaceOps = [];
  const scratch = [];
  steps.forEach((k, step) => {
    const op = graph.ops[k];
    const out = op.outputs[0];
    const o = groupOf.get(out);
    if (o === void 0 || groups[o].tensors.length > 1) return;
    const inStage1 = step < stage1Steps;
    const depthwise = op.kind === "DEPTHWISE_CONV_2D" && op.attrs.depthMultiplier === 1;
    if (!depthwise && !ELEMENTWISE.has(op.kind)) return;
    const candidates = depthwise ? [op.inputs.input] : activationInputs(graph, op);
    const victim = candidates.find((t) => {
      const v2 = groupOf.get(t);
      if (v2 === void 0 || v2 === o) return false;
      const g = groups[v2];
      const tensor = graph.tensors[t];
      const roleFits = inStage1 ? g.role === "tile" && groups[o].role === "tile" : (g.role === "tensor" || g.role === "split") && groups[o].role === "tensor";
      return roleFits && g.lastStep === step && !g.tensors.some((m) => programOutputs.has(m)) && tensor.dtype === graph.tensors[out].dtype && tensor.shape[3] === graph.tensors[out].shape[3] && (depthwise || (inStage1 ? sameWindows(plan, t, out) : tensorBytes(tensor) === tensorBytes(graph.tensors[out])));
    });
    if (victim === void 0) return;
    const v = groupOf.get(victim);
    const into = groups[v];
    const moved = groups[o];
    groups[v] = { ...into, tensors: [...into.tensors, ...moved.tensors], size: Math.max(into.size, moved.size), lastStep: Math.max(into.lastStep, moved.lastStep) };
    groups[o] = { ...moved, tensors: [] };
    for (const t of moved.tensors) groupOf.set(t, v);
    inPlaceOps.push(k);
    if (depthwise) {
      const bytes = alignUp(planeElements(plan, victim, inStage1) * DTYPE_BYTES[graph.tensors[victim].dtype], TINYGATE_ALIGNMENT);
      scratch.push({ role: "scratch", tensors: [], scratchForOp: k, size: bytes, firstStep: step, lastStep: step });
    }
  });
  return { requests: [...groups.filter((g) => g.tensors.length > 0), ...scratch], inPlaceOps };
}
function planPatchMemory(plan, input = "resident") {
  const { graph } = plan;
  const io = int8IoProgram(graph);
  const foldedInputOps = io.foldedOps.filter((k) => graph.ops[k].kind === "QUANTIZE");
  const kept = (k) => !foldedInputOps.includes(k);
  const stage1 = plan.stage1.filter(kept);
  const steps = [...stage1, ...plan.stage2.filter(kept)];
  const stage2Reads = new Set(plan.stage2.filter(kept).flatMap((k) => activationInputs(graph, graph.ops[k])));
  const streamed = input === "streamed" ? io.inputs.filter((t) => plan.tiles.has(t) && !stage2Reads.has(t)) : [];
  const requests0 = patchRequests(plan, io, stage1, steps, new Set(streamed));
  const { requests, inPlaceOps } = inPlaceGroups(plan, requests0, steps, stage1.length, io.outputs);
  const bound = liveLowerBound(requests);
  let best = null;
  for (const place of PLACERS) {
    const offsets = place(requests);
    const arenaBytes = extent(requests.map((r, i) => ({ offset: offsets[i], size: r.size })));
    if (best === null || arenaBytes < best.arenaBytes) best = { offsets, arenaBytes };
    if (arenaBytes === bound) break;
  }
  const buffers = requests.map((r, i) => ({ ...r, offset: best.offsets[i] }));
  return {
    plan,
    foldedInputOps,
    inputs: io.inputs,
    streamedInputs: streamed,
    applicationTensors: applicationTensors(graph, io),
    steps,
    stage1Steps: stage1.length,
    buffers,
    inPlaceOps,
    arenaBytes: best.arenaBytes
  };
}
function placeablePatchPlan(graph, request) {
  const fused = fusePads(graph);
  const splitTensor = graph.ops[request.split]?.outputs[0];
  const split = fused.ops.findIndex((op) => op.outputs[0] === splitTensor);
  if (fused === graph || split < 0) return planPatches(graph, request);
  return planPatches(fused, { ...request, split });
}

// src/eval/dataset.ts
import { realpathSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";

// src/model/raw-tensor.ts
function decodeRawTensor(bytes, dtype) {
  const ctor = TYPED_ARRAY_OF[dtype];
  if (ctor === void 0) return null;
  return new ctor(bytes.slice().buffer);
}

// src/schema-validation.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default.default;
var shared = null;
function ajv() {
  if (shared === null) {
    shared = new import_ajv.Ajv({ allErrors: true, strict: true });
    addFormats(shared);
  }
  return shared;
}
function compileSchema(schema) {
  let compiled2 = null;
  const fn = () => compiled2 ??= ajv().compile(schema);
  return {
    validate: (value) => fn()(value),
    errors: () => (fn().errors ?? []).map(formatError),
    issues: () => (fn().errors ?? []).map(toIssue)
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
function decodeJpeg(bytes, file) {
  const fail2 = (m) => new UserError(`JPEG: ${m}`, file);
  const qt = [];
  const dcTables = [], acTables = [];
  let comps = [];
  let width = 0, height = 0, hmax = 1, vmax = 1, restart = 0;
  let p = 2;
  const u16 = (at) => bytes[at] << 8 | bytes[at + 1];
  let ended = false;
  while (p < bytes.length) {
    if (bytes[p] !== 255) throw fail2(`expected a marker at byte ${p}`);
    const marker = bytes[p + 1];
    p += 2;
    if (marker === 255) {
      p--;
      continue;
    }
    if (marker === 217) {
      ended = true;
      break;
    }
    if (p + 2 > bytes.length) throw fail2("the file is truncated inside a marker segment");
    const len = u16(p), seg = p + 2, end = p + len;
    if (len < 2 || end > bytes.length) throw fail2(`marker segment 0xff${marker.toString(16)} of ${len} bytes runs past the end of the file (truncated)`);
    if (marker === 192 || marker === 193) {
      if (bytes[seg] !== 8) throw fail2(`${bytes[seg]}-bit samples are not supported (8-bit baseline only)`);
      height = u16(seg + 1);
      width = u16(seg + 3);
      if (width === 0 || height === 0) throw fail2(`the image is ${width}\xD7${height} pixels (empty, or its height is defined later, which baseline decoders do not support)`);
      checkLimit(width * height, LIMITS.imagePixels, `JPEG: the pixel count of ${width}\xD7${height}`, file);
      const n = bytes[seg + 5];
      if (n !== 1 && n !== 3) throw fail2(`${n} components are not supported (1 gray or 3 YCbCr)`);
      comps = Array.from({ length: n }, (_, i) => {
        const b = seg + 6 + 3 * i;
        return { id: bytes[b], h: bytes[b + 1] >> 4, v: bytes[b + 1] & 15, tq: bytes[b + 2], dc: 0, ac: 0, pred: 0, blocksPerLine: 0, blocksPerColumn: 0, coefs: new Float64Array(0) };
      });
      hmax = Math.max(...comps.map((c) => c.h));
      vmax = Math.max(...comps.map((c) => c.v));
      if (comps.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) throw fail2("a sampling factor is outside 1..4");
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
        const tc = bytes[q] >> 4, th = bytes[q] & 15;
        const counts = bytes.subarray(q + 1, q + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        (tc === 0 ? dcTables : acTables)[th] = huffman(counts, bytes.subarray(q + 17, q + 17 + total));
        q += 17 + total;
      }
    } else if (marker === 219) {
      for (let q = seg; q < end; ) {
        const wide = bytes[q] >> 4, id = bytes[q] & 15;
        qt[id] = Int32Array.from({ length: 64 }, (_, k) => wide ? u16(q + 1 + 2 * k) : bytes[q + 1 + k]);
        q += 1 + 64 * (wide ? 2 : 1);
      }
    } else if (marker === 221) {
      restart = u16(seg);
    } else if (marker === 218) {
      if (comps.length === 0) throw fail2("scan before frame header");
      const ns = bytes[seg];
      const scan = Array.from({ length: ns }, (_, i) => {
        const c = comps.find((k) => k.id === bytes[seg + 1 + 2 * i]);
        if (c === void 0) throw fail2("scan names an unknown component");
        c.dc = bytes[seg + 2 + 2 * i] >> 4;
        c.ac = bytes[seg + 2 + 2 * i] & 15;
        return c;
      });
      p = decodeScan(bytes, end, scan, comps.length, width, height, hmax, vmax, restart, qt, dcTables, acTables, fail2);
      continue;
    }
    p = end;
  }
  if (comps.length === 0) throw fail2("no frame header (SOF0)");
  if (!ended) throw fail2("no end-of-image marker (the file is truncated)");
  return toImage(comps, width, height, hmax, vmax);
}
function huffman(counts, values) {
  const maxCode = new Int32Array(18).fill(-1), valPtr = new Int32Array(17), minCode = new Int32Array(17);
  let code = 0, k = 0;
  for (let l = 1; l <= 16; l++) {
    valPtr[l] = k;
    minCode[l] = code;
    code += counts[l - 1];
    k += counts[l - 1];
    if (counts[l - 1] > 0) maxCode[l] = code - 1;
    code <<= 1;
  }
  return { maxCode, valPtr, minCode, values: values.slice() };
}
function decodeScan(bytes, start, scan, totalComps, width, height, hmax, vmax, restart, qt, dcTables, acTables, fail2) {
  let p = start, bitBuf = 0, bitCount = 0;
  const bit = () => {
    if (bitCount === 0) {
      if (p >= bytes.length) throw fail2("entropy-coded data is truncated");
      bitBuf = bytes[p++];
      if (bitBuf === 255) {
        const next = bytes[p];
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
    let code = 0;
    for (let l = 1; l <= 16; l++) {
      code = code << 1 | bit();
      if (code <= t.maxCode[l]) return t.values[t.valPtr[l] + code - t.minCode[l]];
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
      if (bytes[p] !== 255 || (bytes[p + 1] & 248) !== 208) throw fail2("missing restart marker");
      p += 2;
      for (const c of scan) c.pred = 0;
    }
    const uy = Math.floor(n / unitsX), ux = n % unitsX;
    if (single) block(c0, uy, ux);
    else for (const c of scan) for (let v = 0; v < c.v; v++) for (let h = 0; h < c.h; h++) block(c, uy * c.v + v, ux * c.h + h);
  }
  while (p < bytes.length && !(bytes[p] === 255 && bytes[p + 1] !== 0 && !(bytes[p + 1] >= 208 && bytes[p + 1] <= 215))) p++;
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
function decodeImage(bytes, file) {
  if (bytes[0] === 137 && bytes[1] === 80 && bytes[2] === 78 && bytes[3] === 71) return decodePng(bytes, file);
  if (bytes[0] === 66 && bytes[1] === 77) return decodeBmp(bytes, file);
  if (bytes[0] === 255 && bytes[1] === 216) return decodeJpeg(bytes, file);
  throw new UserError("not a PNG, BMP or JPEG image (unrecognized signature)", file);
}
var PNG_CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
var PNG_DEPTHS = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
function checkPixels(width, height, what, file) {
  if (!(width > 0 && height > 0)) throw new UserError(`${what} is ${width}\xD7${height} pixels: an image needs at least one`, file);
  checkLimit(width * height, LIMITS.imagePixels, `${what}: the pixel count of ${width}\xD7${height}`, file);
}
function decodePng(bytes, file) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0, height = 0, depth = 0, colorType = 0;
  let palette = null;
  const idat = [];
  for (let p = 8; p + 8 <= bytes.length; ) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    const data = bytes.subarray(p + 8, p + 8 + length);
    if (data.length !== length) throw new UserError(`PNG chunk ${type} is truncated`, file);
    if (type === "IHDR") {
      width = view.getUint32(p + 8);
      height = view.getUint32(p + 12);
      depth = data[8];
      colorType = data[9];
      if (data[12] !== 0) throw new UserError("interlaced (Adam7) PNG is not supported; save it non-interlaced", file);
      if (PNG_CHANNELS[colorType] === void 0) throw new UserError(`PNG color type ${colorType} is invalid`, file);
      if (!PNG_DEPTHS[colorType].includes(depth)) throw new UserError(`PNG bit depth ${depth} is invalid for color type ${colorType}`, file);
      checkPixels(width, height, "PNG", file);
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
  const samples = PNG_CHANNELS[colorType];
  const bitsPerPixel = samples * depth;
  const stride = Math.ceil(width * bitsPerPixel / 8);
  let raw;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: height * (stride + 1) });
  } catch (e) {
    const code = e.code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new UserError(`PNG image data inflates to more than its ${width}\xD7${height} header allows`, file);
    throw new UserError(`PNG image data does not inflate: ${e.message.split("\n")[0]}`, file);
  }
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
function decodeBmp(bytes, file) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 54) throw new UserError("BMP is truncated", file);
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new UserError("OS/2 BMP headers are not supported (BITMAPINFOHEADER or later)", file);
  if (14 + headerSize > bytes.length || dataOffset < 14 + headerSize) throw new UserError(`BMP header (${headerSize} bytes) or pixel offset ${dataOffset} does not fit the ${bytes.length}-byte file`, file);
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  if (width <= 0) throw new UserError(`BMP width ${width} is invalid (must be positive)`, file);
  checkPixels(width, Math.abs(signedHeight), "BMP", file);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  if (compression !== 0 && !((compression === 3 || compression === 6) && bits === 32 && standardMasks(view))) {
    throw new UserError(`BMP compression ${compression} is not supported (uncompressed only)`, file);
  }
  if (bits !== 8 && bits !== 24 && bits !== 32) throw new UserError(`${bits}-bit BMP is not supported (8, 24 or 32)`, file);
  const height = Math.abs(signedHeight);
  const stride = Math.ceil(width * bits / 32) * 4;
  if (dataOffset + stride * height > bytes.length) throw new UserError(`BMP pixel data is truncated (${bytes.length - dataOffset} bytes, ${stride * height} needed)`, file);
  let palette = null, gray = false;
  if (bits === 8) {
    const colors = view.getUint32(46, true) || 256;
    palette = bytes.subarray(14 + headerSize, 14 + headerSize + 4 * Math.min(colors, 256));
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
        const e = 4 * bytes[row + x];
        if (gray) pixels[o] = palette[e];
        else {
          pixels[o] = palette[e + 2];
          pixels[o + 1] = palette[e + 1];
          pixels[o + 2] = palette[e];
        }
      } else {
        const s = row + x * (bits >> 3);
        pixels[o] = bytes[s + 2];
        pixels[o + 1] = bytes[s + 1];
        pixels[o + 2] = bytes[s];
      }
    }
  }
  return { width, height, channels, pixels };
}
function standardMasks(view) {
  const at = 54;
  if (view.byteLength < at + 12) return false;
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
function readNpy(bytes, file) {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw new UserError("not a .npy file (no \\x93NUMPY magic)", file);
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLen));
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
  if (bytes.length - dataStart < count * Ctor.BYTES_PER_ELEMENT) {
    throw new UserError(`.npy data holds ${bytes.length - dataStart} bytes, shape (${shape.join(", ")}) of ${dtype} needs ${count * Ctor.BYTES_PER_ELEMENT}`, file);
  }
  const data = new Ctor(bytes.slice(dataStart, dataStart + count * Ctor.BYTES_PER_ELEMENT).buffer);
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
var validator = compileSchema(dataset_schema_default);
var DATASET_FILE = "dataset.json";
function loadDataset(dir) {
  const path = join(dir, DATASET_FILE);
  let text;
  try {
    text = new TextDecoder().decode(readInputFile(path));
  } catch (e) {
    if (e instanceof UserError && e.message === `${path}: no such file`) throw new UserError(`no ${DATASET_FILE} in this folder (see docs/accuracy.md for the format)`, dir);
    throw e;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`not JSON: ${e.message.split("\n")[0]}`, path);
  }
  if (!validator.validate(json)) throw new UserError(`not a valid dataset: ${validator.errors().slice(0, 5).join("; ")}`, path);
  checkLimit(json.samples.length, LIMITS.datasetSamples, "the number of samples", path);
  const classes = json.classes ?? null;
  json.samples.forEach((s, i) => {
    if (isAbsolute(s.file) || escapes(dir, join(dir, s.file))) {
      throw new UserError(`sample ${i} (${s.file}): the file must lie inside the dataset folder (a relative path without \`..\`)`, path);
    }
    if (classes !== null && s.label >= classes.length) {
      throw new UserError(`sample ${i} (${s.file}): label ${s.label} is out of range; \`classes\` has ${classes.length} names (labels 0..${classes.length - 1})`, path);
    }
  });
  const p = json.preprocessing ?? {};
  if (p.resize !== void 0) checkLimit(p.resize[0] * p.resize[1], LIMITS.imagePixels, `preprocessing.resize [${p.resize.join(", ")}]: the pixel count`, path);
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
      confine(this.dataset.dir, path);
      if (ext === ".bin") return this.fromBin(readInputFile(path));
      if (ext === ".npy") return this.fromNpy(path, s.index);
      if (ext === ".png" || ext === ".bmp" || ext === ".jpg" || ext === ".jpeg") return this.fromImage(decodeImage(readInputFile(path), path));
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`${where}: ${e.message.replace(`${path}: `, "")}`);
      throw e;
    }
    throw new UserError(`${where}: unknown file type \`${ext}\` (.bin, .npy, .png, .bmp, .jpg)`);
  }
  describeInput() {
    return `${this.input.dtype} [${this.input.shape.join(", ")}]`;
  }
  fromBin(bytes) {
    const n = elementCount(this.input.shape);
    if (bytes.length === tensorBytes(this.input)) return decodeRawTensor(bytes, this.input.dtype);
    if (bytes.length === 4 * n && this.input.dtype !== "float32") return quantizeInput(new Float32Array(bytes.slice().buffer), this.input);
    const floatHint = this.input.dtype === "float32" ? "" : ` as ${this.input.dtype}, or ${4 * n} bytes of float32 to quantize`;
    throw new UserError(`wrong size: ${bytes.length} bytes, the model input (${this.describeInput()}) needs ${tensorBytes(this.input)}${floatHint}`);
  }
  fromNpy(path, index) {
    if (this.cached?.file !== path) this.cached = { file: path, array: readNpy(readInputFile(path), path) };
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
function escapes(dir, path) {
  const rel = relative(resolve(dir), resolve(path));
  return rel === "" || rel.startsWith("..") || isAbsolute(rel);
}
function confine(dir, path) {
  let real;
  try {
    real = realpathSync(path);
  } catch {
    return;
  }
  if (escapes(realpathSync(dir), real)) throw new UserError("resolves (through a symlink) outside the dataset folder", path);
}

// src/eval/evaluator.ts
var Evaluator = class {
  graph;
  dataset;
  classes;
  datasetSha256;
  perLayer;
  patch;
  reader;
  float;
  constructor(spec) {
    this.graph = readTflite(spec.model, spec.modelPath);
    if (this.graph.inputs.length !== 1 || this.graph.outputs.length !== 1) {
      throw new UserError(`accuracy needs a model with one input and one output, this one has ${this.graph.inputs.length} and ${this.graph.outputs.length}`, spec.modelPath);
    }
    this.classes = elementCount(this.graph.tensors[this.graph.outputs[0]].shape);
    const kernels = kernelSetOf(spec.runtime ?? DEFAULT_RUNTIME);
    this.perLayer = prepareSimulation(this.graph, planTinygate(fusePads(this.graph)), kernels);
    const plan = spec.schedule === null ? null : placeablePatchPlan(this.graph, spec.schedule);
    this.patch = plan === null ? null : preparePatchSimulation(plan, planPatchMemory(plan), kernels);
    this.dataset = loadDataset(spec.datasetDir);
    this.datasetSha256 = createHash("sha256").update(readFileSync(join2(this.dataset.dir, DATASET_FILE))).digest("hex");
    this.reader = new SampleReader(this.dataset, this.graph.tensors[this.graph.inputs[0]]);
    if (spec.floatModel === void 0) {
      this.float = null;
    } else {
      const g = readTflite(spec.floatModel, `${spec.modelPath} (float)`);
      this.float = { prepared: prepareGraph(g, { kernels }), reader: new SampleReader(this.dataset, g.tensors[g.inputs[0]]) };
    }
  }
  run(indices2) {
    const predictions = [], floatPredictions = [], agree = [];
    for (const i of indices2) {
      const input = this.reader.read(i, this.classes);
      const perLayer = this.perLayer.run([input]).outputs[0];
      if (this.patch !== null) {
        const scheduled = this.patch.run([input]).outputs[0];
        agree.push(sameBytes(scheduled, perLayer));
        predictions.push(argmax(scheduled));
      } else {
        predictions.push(argmax(perLayer));
      }
      if (this.float !== null) floatPredictions.push(argmax(runGraph(this.float.prepared, [this.float.reader.read(i, this.classes)])[0]));
    }
    return { indices: [...indices2], predictions, floatPredictions: this.float === null ? null : floatPredictions, agree: this.patch === null ? null : agree };
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

// src/eval/worker.ts
var evaluator = null;
parentPort?.on("message", (indices2) => {
  let reply;
  try {
    evaluator ??= new Evaluator(workerData);
    reply = { ok: evaluator.run(indices2) };
  } catch (e) {
    reply = { error: { message: e instanceof Error ? isUserError(e) ? e.message : e.stack ?? e.message : String(e), user: isUserError(e) } };
  }
  parentPort.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
