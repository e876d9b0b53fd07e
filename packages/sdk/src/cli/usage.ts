export const usage = `Usage:
  forge generate "<prompt>" [options]    prompt → contract → project → tests in a sandbox → live API
  forge from-spec FILE [options]         the same from an existing OpenAPI 3.0/3.1 file (YAML or JSON)
  forge spec "<prompt>" [--format yaml|json] [--json]
                                         print the OpenAPI 3.1 contract only; writes nothing
  forge change <project-dir> "<request>" [--json] [--dry-run] [--allow-breaking] [--allow-destructive]
                                         evolve a generated project: diffs (classified) → migration →
                                         your edits merged → tests → the same URL serves the new version
  forge deployments ls [--json]          list APIs served by running forge processes
  forge deployments stop <id|name|all>   stop them

Options for generate:
  -o, --out DIR     folder for the project (default: ./<api-name>)
  -f, --force       overwrite a non-empty output folder
      --stack NAME  express (TypeScript, default) or fastapi (Python)
      --llm NAME    planner: embedded (default, no model), ollama, hf, openai (each falls back
                    to embedded), auto (ollama → hf → embedded); OLLAMA_HOST, HF_TOKEN,
                    OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL configure them
      --model ID    model for --llm (default mistral:7b for ollama)
      --max-repairs N  times an invalid spec or failing generated tests go back to a model
                    planner for a corrected design (default 2, 0 turns repair off)
      --rate-limit N[/SECONDS]  serve the API with a rate limit: N requests per window
                    (default 60 s) per client address and per caller, then 429
      --store DIR   keep the generation's record (design, spec, files, tests, deployment) as
                    JSON in DIR, saved as each stage finishes
      --json        print one JSON line once live (ok, id, url, docsUrl, openapiUrl, outDir, specPath,
                    tests, contract, timings, deployment, warnings, repairs, hops); on failure: ok,
                    stage, error, and the failures and repairs when a planner could have fixed it
      --no-test     skip running the generated tests in the sandbox
      --no-deploy   write (and test) the project, then exit without serving it
      --sandbox NAME  where generated code runs: local (bubblewrap, default), e2b, northflank;
                    a comma list falls back in order (e2b,local)
      --deployer NAME where the API goes live: local (127.0.0.1, default), vercel, fly;
                    a comma list falls back in order (vercel,fly)
  -v, --verbose     print build, test and server logs
  -h, --help        show this help
      --version     print the version

Options for change:
      --dry-run     print the design and contract diffs and the migration, then stop; writes nothing
      --allow-breaking     apply a change that breaks clients of the current contract (major version)
      --allow-destructive  apply a change that drops or converts stored data
      --json        print one JSON line: ok, version, diff (breaking, changes), migration, conflicts,
                    deployment (url, docsUrl), timings
      --no-test, --no-deploy, -v as for generate. A project served by a running forge generate is
                    switched by that process (same URL, data kept); otherwise it is served from here.

Exit codes: 0 success, 1 a stage failed, 2 bad input, 130 interrupted.

Examples:
  forge generate "A pet store API: pets have a name, a species and an age"
  forge generate "Notes app: notebooks with a title, and notes with a title, markdown content and a notebook" --json
  forge generate "A bookshop API: books have a title, an isbn (unique) and a price" --stack fastapi
  forge generate "A blog: posts with a title and a body, comments on posts" --llm ollama --max-repairs 3
  forge from-spec ./inventory.openapi.yaml --no-deploy --store .forge/generations
  forge spec "A bookshop API: books have a title, an isbn (unique) and a price" --format json
  forge change ./pet-store "add an owner name and a vaccinated flag to pets" --dry-run
`;

export const promptAdvice = `Describe the things your API stores and what each has, for example:
  forge generate "A pet store API: pets have a name, a species and an age"
  forge generate "Notes app: notebooks with a title, and notes with a title, markdown content and a notebook"`;
