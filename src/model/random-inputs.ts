// Seeded random inputs for a model: int8/uint8 uniform over the type, float32 uniform in [-1, 1).
// `tinygate run --random-input`, the simulator tests and the benchmarks all use these, so a seed
// means the same tensors everywhere.
import { allocateTensorData } from './tensor-data.ts';
import type { TensorData } from './view.ts';
import { seededRandom } from '../random.ts';
import { elementCount, type Graph } from './graph.ts';

export function randomInputs(graph: Graph, seed: number): TensorData[] {
  const random = seededRandom(seed);
  return graph.inputs.map((id) => {
    const t = graph.tensors[id]!;
    const data = allocateTensorData(t.dtype, elementCount(t.shape));
    const low = t.dtype === 'int8' ? -128 : t.dtype === 'int16' ? -32768 : 0;
    const span = t.dtype === 'int16' ? 65536 : 256;
    for (let i = 0; i < data.length; i++) {
      data[i] = t.dtype === 'float32' ? random() * 2 - 1 : Math.floor(random() * span) + low;
    }
    return data;
  });
}
