import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertGenerationId,
  ForgeStoreError,
  generationIdPattern,
  newestFirst,
  type ForgeStore,
  type GenerationRecord,
} from './forge-store.js';

export interface FileStoreOptions {
  /** Folder for the records, one `<id>.json` each. Default `.forge/generations` in the current directory. */
  readonly dir?: string;
}

/** Keeps each generation as a JSON file, so results outlive the process and can be read by other tools. */
export function createFileStore(options: FileStoreOptions = {}): ForgeStore {
  const dir = path.resolve(options.dir ?? path.join('.forge', 'generations'));
  const fileFor = (id: string) => path.join(dir, `${id}.json`);
  const read = async (file: string): Promise<GenerationRecord | undefined> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as GenerationRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new ForgeStoreError(`Could not read ${file}: ${(error as Error).message}`, error);
    }
  };
  return {
    specificationVersion: 'v1',
    async saveGeneration(record) {
      assertGenerationId(record.id);
      const file = fileFor(record.id);
      // Written aside and renamed, so a reader never sees half a record.
      const partial = `${file}.${process.pid}.partial`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(partial, JSON.stringify(record, null, 2));
        await rename(partial, file);
      } catch (error) {
        throw new ForgeStoreError(
          `Could not save generation ${record.id} to ${dir}: ${(error as Error).message}. Check that the folder is writable.`,
          error,
        );
      }
    },
    async getGeneration(id) {
      return generationIdPattern.test(id) ? read(fileFor(id)) : undefined;
    },
    async listGenerations() {
      const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw new ForgeStoreError(`Could not list ${dir}: ${error.message}`, error);
      });
      const records = await Promise.all(
        names.filter((name) => name.endsWith('.json')).map((name) => read(path.join(dir, name))),
      );
      return records.filter((record) => record !== undefined).sort(newestFirst);
    },
  };
}
