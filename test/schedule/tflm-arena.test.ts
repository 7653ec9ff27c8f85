// The `tflm` SRAM figure is TFLM's own arena_used_bytes(): for every shared model and both kernel
// builds, the planned head and the persistent tail each equal what TFLM reports when it allocates
// the model on a Cortex-M4 (../shared/tflm-oracle under QEMU, the plain MicroInterpreter).
import { describe, expect, it } from 'vitest';
import { readTflite } from '../../src/model/tflite/reader.ts';
import { tflmArenaUse } from '../../src/schedule/tflm.ts';
import { tflmPersistentAllocations } from '../../src/schedule/tflm-persistent.ts';
import { readSharedModel, sharedModelNames } from '../support/shared-models.ts';
import { oracleAvailable, oracleSkipNotice, runOracle } from '../support/tflm-oracle.ts';

oracleSkipNotice();

const builds = [['cmsis-nn', 'cmsis'], ['reference', 'reference']] as const;

describe.skipIf(!oracleAvailable)('tflm arena = TFLM arena_used_bytes() on the Cortex-M4 oracle', () => {
  for (const name of sharedModelNames()) {
    for (const [kernels, oracleKernels] of builds) {
      it(`${name}, ${kernels}: planned and persistent parts equal TFLM's`, async () => {
        const bytes = readSharedModel(name);
        const graph = readTflite(bytes, name);
        const oracle = await runOracle(bytes, { kernels: oracleKernels });
        const use = tflmArenaUse(graph, kernels);
        expect({ planned: use.plannedBytes, persistent: use.persistentBytes, total: use.arenaUsedBytes })
          .toEqual({ planned: oracle.nonpersistentBytes, persistent: oracle.persistentBytes, total: oracle.arenaUsedBytes });
        // The kernels' own AllocatePersistentBuffer calls (op data, per-channel arrays, plus the
        // interpreter's input and output pointer arrays), which TFLM's recording allocator sums.
        const kernelRequested = tflmPersistentAllocations(graph, kernels).filter((a) => a.kind === 'op-data').reduce((s, a) => s + a.bytes, 0)
          + 4 * (graph.inputs.length + graph.outputs.length);
        expect(kernelRequested).toBe(oracle.allocations['persistent_buffer_data']!.requested);
        expect(12 * graph.tensors.length).toBe(oracle.allocations['tflite_eval_tensor_data']!.requested);
        expect(32 * graph.ops.length).toBe(oracle.allocations['node_and_registration_array']!.requested);
      });
    }
  }
});
