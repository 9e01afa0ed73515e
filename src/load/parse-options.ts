/**
 * How every spec file is read. `merge`: `<<: *anchor` merges the anchored mapping, as docker-compose and GitLab CI
 * users expect (YAML 1.2 dropped merge keys; yaml supports them behind this flag). logLevel "error": yaml would
 * otherwise print its own warnings (e.g. about a list used as a key) to stderr.
 */
export const YAML_OPTIONS = { uniqueKeys: true, merge: true, prettyErrors: false, logLevel: "error" } as const;
