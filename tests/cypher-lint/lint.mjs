// Lints Cypher with Neo4j's own front end (@neo4j-cypher/language-support: the grammar and semantic analysis of
// Neo4j's parser), in every Cypher version it knows. Reads a JSON file
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//    "statements": [{"id": "...", "text": "...", "parameters": {...}}]}
// and writes {"linter": "name version", "results": [{"id", "version", "statements", "diagnostics": [{"severity", "message"}]}]}.
// Judging the results is the caller's job (tests/CaseGraph.Indexing.Tests/GraphStores/CypherLint.cs).
import { readFileSync } from 'node:fs';
import { allCypherVersions, lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const linter = JSON.parse(readFileSync(new URL('node_modules/@neo4j-cypher/language-support/package.json', import.meta.url), 'utf8'));

const results = [];
for (const { id, text, parameters } of input.statements)
  for (const version of allCypherVersions) {
    const schema = { ...input.schema, parameters: parameters ?? {}, defaultLanguage: version };
    const { diagnostics } = lintCypherQuery(text, schema);
    results.push({
      id,
      version,
      statements: parseStatementsStrs(text).length,
      diagnostics: diagnostics.map(d => ({ severity: severities[d.severity] ?? String(d.severity), message: d.message })),
    });
  }
process.stdout.write(JSON.stringify({ linter: `${linter.name} ${linter.version}`, results }));
