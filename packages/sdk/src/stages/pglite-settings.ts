/**
 * postgresql.auto.conf for a PGlite cluster unpacked from the runtime's snapshot (an initdb'd folder,
 * whose postgresql.conf keeps initdb's 128 MB buffer pool). PGlite zeroes its whole buffer pool in
 * WebAssembly at every start: 128 MB cost ~0.5 CPU-s of a ~1.3 CPU-s open (measured), and a cluster
 * the forge unpacks lives in a memory workspace, where a page outside the pool is a memory copy away
 * anyway. The server reads this file after postgresql.conf, so its settings win; only what is cached
 * changes, never a result.
 */
export function pgliteAutoConf(sharedBuffers: `${number}MB`): string {
  return `# Written by SmartAPIForge when it unpacked this cluster.\nshared_buffers = ${sharedBuffers}\n`;
}

/** A test run's tables are a few pages, which 16 MB (2048 pages) holds many times over. */
export const testClusterConf = pgliteAutoConf('16MB');

/**
 * A local deployment serves real traffic: 2048 pages hold a working set of tens of thousands of
 * typical rows with their indexes, and its cluster lives in a memory workspace, where a page outside
 * the pool is a memory copy away. Each 16 MB more costs every start ~0.1 CPU-s of zeroing (measured
 * 32 MB against 16 MB: 0.66 and 0.56 CPU-s to open the cluster, medians of six), on the way to the URL.
 */
export const deployedClusterConf = pgliteAutoConf('16MB');
