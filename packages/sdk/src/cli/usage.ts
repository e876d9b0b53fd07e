export const usage = `Usage: forge generate "<prompt>" [options]

Turns a plain-language description into a tested REST API served on 127.0.0.1 with Swagger docs.

Options:
  -o, --out DIR     folder for the project (default: ./<api-name>)
  -f, --force       overwrite a non-empty output folder
      --json        print one JSON line (url, docsUrl, openapiUrl, outDir, specPath) once live
      --no-test     skip running the generated tests in the sandbox
      --no-deploy   write the project and exit without serving it
  -v, --verbose     print build, test and server logs
  -h, --help        show this help
      --version     print the version

Example:
  forge generate "A pet store API: pets have a name, a species and an age"
`;

export const promptAdvice = `Describe the things your API stores and what each has, for example:
  forge generate "A pet store API: pets have a name, a species and an age"
  forge generate "Notes app: notebooks with a title, and notes with a title, markdown content and a notebook"`;
