// Builds (once) or finds the Python runtime image FastAPI projects are tested in; run by
// scripts/setup.sh --test. A script file rather than `node --input-type=module -e`: that flag is
// inherited by worker threads, and the worker that formats generated files then never starts.
import { ensureRuntimeImage } from '../dist/index.js';

const image = await ensureRuntimeImage('python-fastapi', { onLog: (line) => console.log(`  ${line}`) });
console.log(`setup: Python runtime image ${image.fromCache ? 'ready' : 'built'} at ${image.rootDir}`);
