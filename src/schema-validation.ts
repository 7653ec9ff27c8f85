// One place that turns a JSON schema into a validator with readable messages (ajv + ajv-formats).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module object, whose
// `default` is the plugin.
const addFormats = ajvFormats.default;

// Created and compiled on first use: compiling every schema at import cost the CLI most of its
// start-up (0.24 s CPU for `tinygate --help`, which validates nothing).
let shared: Ajv | null = null;
function ajv(): Ajv {
  if (shared === null) {
    shared = new Ajv({ allErrors: true, strict: true });
    addFormats(shared);
  }
  return shared;
}

export type Validator<T> = (value: unknown) => value is T;

/** One problem, with the path of keys to the offending value, for callers that map it to a line. */
export interface SchemaIssue { path: string[]; message: string; unknownKey?: string }

/** A validator for `schema`, compiled when it first validates. */
export function compileSchema<T>(schema: object): { validate: Validator<T>; errors: () => string[]; issues: () => SchemaIssue[] } {
  let compiled: ValidateFunction<T> | null = null;
  const fn = (): ValidateFunction<T> => (compiled ??= ajv().compile<T>(schema));
  return {
    validate: (value: unknown): value is T => fn()(value),
    errors: () => (fn().errors ?? []).map(formatError),
    issues: () => (fn().errors ?? []).map(toIssue),
  };
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(top level)' : e.instancePath;
  return `${where}: ${toIssue(e).message}`;
}

function toIssue(e: ErrorObject): SchemaIssue {
  // JSON pointer segments escape `~` and `/` as `~0` and `~1` (RFC 6901).
  const path = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params['additionalProperty']);
    return { path, message: `unknown key \`${key}\``, unknownKey: key };
  }
  return { path, message: e.message ?? e.keyword };
}
