// Measures the flash TFLM's code takes, per kernel, on the oracle's Cortex-M4 builds, and writes
// src/mcu/tflm-code-sizes.json. Run it where ../shared/tflm-oracle and arm-none-eabi binutils are:
//   node --import tsx scripts/tflm-code-sizes.ts
//
// Method (what a linker with --gc-sections keeps): every sized symbol of the ELF is a node; a
// function points at the functions it branches to (bl/b) and at every symbol its literal pool
// names (function pointers such as a registration's init/prepare/invoke, vtables, tables). The
// TFLM core is what MicroInterpreter's methods reach; a kernel is what its Register_X() and its
// builtin-options parser reach, minus the core. Code several kernels share is one group naming
// them all, so a model pays for it once. The ELFs themselves stay in ../shared (never shipped).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ORACLE = fileURLToPath(new URL('../../shared/tflm-oracle/', import.meta.url));
const OUT = fileURLToPath(new URL('../src/mcu/tflm-code-sizes.json', import.meta.url));

/** Each op kind tinygate knows, with TFLM's registration function and builtin-options parser. */
const KERNELS: Record<string, { register: string; parse: string }> = {
  CONV_2D: { register: 'Register_CONV_2D', parse: 'ParseConv2D' },
  DEPTHWISE_CONV_2D: { register: 'Register_DEPTHWISE_CONV_2D', parse: 'ParseDepthwiseConv2D' },
  FULLY_CONNECTED: { register: 'Register_FULLY_CONNECTED', parse: 'ParseFullyConnected' },
  TRANSPOSE_CONV: { register: 'Register_TRANSPOSE_CONV', parse: 'ParseTransposeConv' },
  ADD: { register: 'Register_ADD', parse: 'ParseAdd' },
  SUB: { register: 'Register_SUB', parse: 'ParseSub' },
  MUL: { register: 'Register_MUL', parse: 'ParseMul' },
  AVERAGE_POOL_2D: { register: 'Register_AVERAGE_POOL_2D', parse: 'ParsePool' },
  MAX_POOL_2D: { register: 'Register_MAX_POOL_2D', parse: 'ParsePool' },
  MEAN: { register: 'Register_MEAN', parse: 'ParseReducer' },
  PAD: { register: 'Register_PAD', parse: 'ParsePad' },
  PADV2: { register: 'Register_PADV2', parse: 'ParsePadV2' },
  RESHAPE: { register: 'Register_RESHAPE', parse: 'ParseReshape' },
  SQUEEZE: { register: 'Register_SQUEEZE', parse: 'ParseSqueeze' },
  TRANSPOSE: { register: 'Register_TRANSPOSE', parse: 'ParseTranspose' },
  STRIDED_SLICE: { register: 'Register_STRIDED_SLICE', parse: 'ParseStridedSlice' },
  CONCATENATION: { register: 'Register_CONCATENATION', parse: 'ParseConcatenation' },
  SOFTMAX: { register: 'Register_SOFTMAX', parse: 'ParseSoftmax' },
  LOGISTIC: { register: 'Register_LOGISTIC', parse: 'ParseLogistic' },
  TANH: { register: 'Register_TANH', parse: 'ParseTanh' },
  RELU: { register: 'Register_RELU', parse: 'ParseRelu' },
  RELU6: { register: 'Register_RELU6', parse: 'ParseRelu6' },
  HARD_SWISH: { register: 'Register_HARD_SWISH', parse: 'ParseHardSwish' },
  QUANTIZE: { register: 'Register_QUANTIZE', parse: 'ParseQuantize' },
  DEQUANTIZE: { register: 'Register_DEQUANTIZE', parse: 'ParseDequantize' },
  RESIZE_NEAREST_NEIGHBOR: { register: 'Register_RESIZE_NEAREST_NEIGHBOR', parse: 'ParseResizeNearestNeighbor' },
  RESIZE_BILINEAR: { register: 'Register_RESIZE_BILINEAR', parse: 'ParseResizeBilinear' },
};

/** The interpreter's public entry points an application calls: the core's roots. */
const CORE_ROOT = /^tflite::MicroInterpreter::/;

interface Sym { readonly name: string; readonly start: number; readonly size: number }

function symbols(elf: string): Sym[] {
  const out = execFileSync('arm-none-eabi-nm', ['-S', '-C', '--defined-only', elf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const syms: Sym[] = [];
  for (const line of out.split('\n')) {
    const m = /^([0-9a-f]{8}) ([0-9a-f]{8}) ([TtWwDdVvRr]) (.+)$/.exec(line);
    if (m === null) continue;
    const size = parseInt(m[2]!, 16);
    if (size > 0) syms.push({ name: m[4]!, start: parseInt(m[1]!, 16), size });
  }
  return syms.sort((a, b) => a.start - b.start);
}

/** For each symbol, the addresses it names: branch targets and literal-pool / data words. */
function references(elf: string, syms: readonly Sym[]): Map<Sym, number[]> {
  const refs = new Map<Sym, number[]>(syms.map((s) => [s, []]));
  const at = symbolAt(syms);
  const dump = execFileSync('arm-none-eabi-objdump', ['-d', '-z', '--no-show-raw-insn', '-j', '.text', '-j', '.data', elf], { encoding: 'utf8', maxBuffer: 512 << 20 });
  for (const line of dump.split('\n')) {
    const m = /^\s*([0-9a-f]+):\s+(.*)$/.exec(line);
    if (m === null) continue;
    const owner = at(parseInt(m[1]!, 16));
    if (owner === undefined) continue;
    const body = m[2]!;
    const branch = /^(?:bl|blx|b|b\.w|b\.n|cbz|cbnz|beq|bne)[\w.]*\s+(?:r\d+,\s*)?([0-9a-f]+)\s+</.exec(body);
    if (branch !== null) refs.get(owner)!.push(parseInt(branch[1]!, 16));
    const word = /^\.word\s+0x([0-9a-f]+)/.exec(body);
    if (word !== null) refs.get(owner)!.push(parseInt(word[1]!, 16) & ~1);
  }
  return refs;
}

function symbolAt(syms: readonly Sym[]): (address: number) => Sym | undefined {
  return (address) => {
    let lo = 0;
    let hi = syms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = syms[mid]!;
      if (address < s.start) hi = mid - 1;
      else if (address >= s.start + s.size) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}

function closure(roots: readonly Sym[], refs: Map<Sym, number[]>, at: (a: number) => Sym | undefined, stop: ReadonlySet<Sym> = new Set()): Set<Sym> {
  const seen = new Set<Sym>();
  const stack = [...roots];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (seen.has(s) || (stop.has(s) && !roots.includes(s))) continue;
    seen.add(s);
    for (const a of refs.get(s)!) {
      const t = at(a);
      if (t !== undefined && !seen.has(t)) stack.push(t);
    }
  }
  return seen;
}

function measure(elf: string): { coreBytes: number; groups: { kernels: string[]; bytes: number }[] } {
  const syms = symbols(elf);
  const at = symbolAt(syms);
  const refs = references(elf, syms);
  const byName = (pattern: RegExp): Sym[] => syms.filter((s) => pattern.test(s.name));
  // Kernel entry points are not core even when core code names them (the resolver's tables).
  const kernelRoots = new Map(Object.entries(KERNELS).map(([kind, k]) => {
    const roots = [...byName(new RegExp(`^tflite::${k.register}\\(\\)$`)), ...byName(new RegExp(`^tflite::${k.parse}\\(`))];
    if (roots.length < 2) throw new Error(`${elf}: no ${k.register} or ${k.parse}`);
    return [kind, roots] as const;
  }));
  const entry = new Set([...kernelRoots.values()].flat());
  const core = closure(byName(CORE_ROOT), refs, at, entry);
  const users = new Map<Sym, string[]>();
  for (const [kind, roots] of kernelRoots) {
    for (const s of closure(roots, refs, at, core)) {
      if (core.has(s)) continue;
      users.set(s, [...(users.get(s) ?? []), kind]);
    }
  }
  const groups = new Map<string, number>();
  for (const [s, kinds] of users) groups.set(kinds.join(','), (groups.get(kinds.join(',')) ?? 0) + s.size);
  return {
    coreBytes: [...core].reduce((n, s) => n + s.size, 0),
    groups: [...groups].map(([k, bytes]) => ({ kernels: k.split(','), bytes })).sort((a, b) => a.kernels.join().localeCompare(b.kernels.join())),
  };
}

const versions = JSON.parse(readFileSync(`${ORACLE}VERSIONS.json`, 'utf8')) as Record<string, string>;
const result = {
  build: {
    tflm: versions['tflite-micro'],
    cmsisNn: versions['CMSIS-NN'],
    toolchain: versions['toolchain'],
    flags: '-mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16 -mthumb -O2, TFLM Makefile TARGET=cortex_m_generic, -DTF_LITE_STATIC_MEMORY',
  },
  method: 'sized ELF symbols reachable (branches, literal-pool words) from MicroInterpreter (core) and from each Register_X() and options parser (kernel), minus the core; measured by scripts/tflm-code-sizes.ts on ../shared/tflm-oracle/bin/oracle_m4_{cmsis,reference}.elf',
  'cmsis-nn': measure(`${ORACLE}bin/oracle_m4_cmsis.elf`),
  reference: measure(`${ORACLE}bin/oracle_m4_reference.elf`),
};
const json = `${JSON.stringify(result, null, 2)}\n`;
// --stdout prints instead of writing, so a test can check the committed file is what the ELFs give.
if (process.argv.includes('--stdout')) process.stdout.write(json);
else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}: core ${result['cmsis-nn'].coreBytes} B (CMSIS-NN build), ${result.reference.coreBytes} B (reference)`);
}
