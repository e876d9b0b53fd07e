#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runChangeCommand } from './cli/change-command.js';
import { runDeploymentsCommand } from './cli/deployments-command.js';
import { exitCodes } from './cli/exit-codes.js';
import { runGenerateCommand } from './cli/generate-command.js';
import { runSpecCommand } from './cli/spec-command.js';
import { usage } from './cli/usage.js';
import type { GenerateInput } from './forge-types.js';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
};

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean', short: 'f', default: false },
        json: { type: 'boolean', default: false },
        format: { type: 'string', default: 'yaml' },
        test: { type: 'boolean', default: true },
        deploy: { type: 'boolean', default: true },
        stack: { type: 'string', default: 'express' },
        llm: { type: 'string', default: 'embedded' },
        model: { type: 'string' },
        sandbox: { type: 'string', default: 'local' },
        deployer: { type: 'string', default: 'local' },
        'max-repairs': { type: 'string' },
        'rate-limit': { type: 'string' },
        store: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'allow-breaking': { type: 'boolean', default: false },
        'allow-destructive': { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`forge: ${(error as Error).message}\n\n${usage}`);
    return exitCodes.badInput;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    io.stdout(`${pkg.version}\n`);
    return exitCodes.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(usage);
    return command === undefined && !values.help ? exitCodes.badInput : exitCodes.ok;
  }
  switch (command) {
    case 'generate':
    case 'from-spec': {
      let input: GenerateInput = rest.join(' ');
      if (command === 'from-spec') {
        const file = rest[0];
        if (file === undefined || !existsSync(file)) {
          io.stderr(
            `forge: from-spec needs an OpenAPI 3.0 or 3.1 file (YAML or JSON)${file ? `; ${file} does not exist` : ''}.\n`,
          );
          return exitCodes.badInput;
        }
        input = { spec: readFileSync(file, 'utf8') };
      }
      return runGenerateCommand(
        {
          input,
          ...(values.out === undefined ? {} : { outDir: values.out }),
          overwrite: values.force,
          json: values.json,
          test: values.test,
          deploy: values.deploy,
          verbose: values.verbose,
          stack: values.stack,
          llm: values.llm,
          ...(values.model === undefined ? {} : { model: values.model }),
          sandbox: values.sandbox,
          deployer: values.deployer,
          ...(values['max-repairs'] === undefined ? {} : { maxRepairs: values['max-repairs'] }),
          ...(values['rate-limit'] === undefined ? {} : { rateLimit: values['rate-limit'] }),
          ...(values.store === undefined ? {} : { storeDir: values.store }),
        },
        io,
      );
    }
    case 'change': {
      const [projectDir, ...request] = rest;
      if (projectDir === undefined || !existsSync(projectDir)) {
        io.stderr(
          `forge: change needs the project's folder${projectDir ? `; ${projectDir} does not exist` : ''}: forge change <project-dir> "<request>".\n`,
        );
        return exitCodes.badInput;
      }
      return runChangeCommand(
        {
          projectDir,
          request: request.join(' '),
          json: values.json,
          dryRun: values['dry-run'],
          allowBreaking: values['allow-breaking'],
          allowDestructive: values['allow-destructive'],
          test: values.test,
          deploy: values.deploy,
          verbose: values.verbose,
        },
        io,
      );
    }
    case 'spec':
      return runSpecCommand(rest.join(' '), values.format, values.json, io);
    case 'deployments':
      return runDeploymentsCommand(rest, values.json, io);
    default:
      io.stderr(`forge: unknown command "${command}".\n\n${usage}`);
      return exitCodes.badInput;
  }
}

// Exit explicitly: a stopped deployment may leave idle sockets that would keep the loop alive.
process.exit(await main(process.argv.slice(2)));
