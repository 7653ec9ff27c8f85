// PAD → (depthwise) conv becomes one conv with more padding, so the padded copy of the input never
// exists. TinyEngine does the same (TfliteConvertor._convert_PAD); it is what lets a per-layer plan
// avoid holding both a feature map and its padded copy. Kernels read outside the real feature map as
// padding (ARCHITECTURE.md, decision 1), so the fused conv computes the same values.
// O(ops + operands): readers of every tensor are indexed once per graph.

import type { ConvOp, DepthwiseOp, Graph, Op, PadOp } from '../model/graph.ts';

type Conv = ConvOp | DepthwiseOp;

/**
 * TFLite's int8 PAD fills with the output zero point, which equals its input's; a conv pads its
 * input with the input zero point: the same real value 0. So a PAD (not PADV2, whose fill value is
 * free) that pads only height and width, feeds only convs, and is not a graph output, can be fused.
 */
export function fusablePad(graph: Graph, pad: Op, readers?: readonly Op[]): pad is PadOp {
  if (pad.kind !== 'PAD') return false;
  readers ??= readersOf(graph, pad);
  const p = pad.attrs.paddings;
  if (p.length !== 4 || p[0]![0] + p[0]![1] + p[3]![0] + p[3]![1] !== 0) return false;
  if (graph.outputs.includes(pad.outputs[0]!)) return false;
  return readers.length > 0 && readers.every((r) => (r.kind === 'CONV_2D' || r.kind === 'DEPTHWISE_CONV_2D') && r.inputs.input === pad.outputs[0]
    && r.inputList.filter((t) => t === pad.outputs[0]).length === 1);
}

const readerIndex = new WeakMap<Graph, Map<number, Op[]>>();

/** The ops that read `op`'s first output, in order (each reader once). */
function readersOf(graph: Graph, op: Op): readonly Op[] {
  let index = readerIndex.get(graph);
  if (index === undefined) {
    index = new Map();
    for (const r of graph.ops) {
      for (const t of new Set(r.inputList)) {
        const list = index.get(t);
        if (list === undefined) index.set(t, [r]); else list.push(r);
      }
    }
    readerIndex.set(graph, index);
  }
  return index.get(op.outputs[0]!) ?? [];
}

/** A new Graph without fusable PADs; ops are renumbered, tensors keep their ids. */
export function fusePads(graph: Graph): Graph {
  const fused = new Map<number, PadOp>(); // pad output tensor → pad op
  for (const op of graph.ops) {
    if (fusablePad(graph, op)) fused.set(op.outputs[0]!, op);
  }
  if (fused.size === 0) return graph;
  const ops: Op[] = [];
  for (const op of graph.ops) {
    if (op.kind === 'PAD' && fused.get(op.outputs[0]!) === op) continue;
    const pad = (op.kind === 'CONV_2D' || op.kind === 'DEPTHWISE_CONV_2D') ? fused.get(op.inputs.input) : undefined;
    ops.push({ ...(pad === undefined ? op : withPad(op as Conv, pad)), index: ops.length });
  }
  return { ...graph, ops };
}

function withPad(conv: Conv, pad: PadOp): Conv {
  const [, [top, bottom], [left, right]] = pad.attrs.paddings as [unknown, readonly [number, number], readonly [number, number]];
  const source = pad.inputs.input;
  const p = conv.attrs.pad;
  return {
    ...conv,
    inputs: { ...conv.inputs, input: source },
    inputList: conv.inputList.map((t) => (t === conv.inputs.input ? source : t)),
    attrs: { ...conv.attrs, pad: { top: p.top + top, bottom: p.bottom + bottom, left: p.left + left, right: p.right + right } },
  } as Conv;
}
