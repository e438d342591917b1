// The playground's editor marks problems where they are: the JSON scan records each value's
// place by the parser's own paths, and schema issues from parseFeed land on those places.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { joinPath, lineColumn, locate, scanJson, splitPath } from '../../site/playground/json-positions.js';
import { checkFeed, describeProblem } from '../../site/playground/feed-check.js';

const notice = readFileSync('demo/feeds/maintenance-notice.json', 'utf8');

describe('playground: JSON positions', () => {
  it('splits and joins paths as the feed parser writes them', () => {
    assert.deepEqual(splitPath('incidents[0].updates[3].at'), ['incidents', 0, 'updates', 3, 'at']);
    assert.equal(joinPath(['incidents', 0, 'updates', 3, 'at']), 'incidents[0].updates[3].at');
    assert.deepEqual(splitPath(''), []);
    assert.equal(joinPath([]), '');
  });

  it('records every value with its key', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c": null\n}';
    const scan = scanJson(text);
    assert.equal(scan.error, undefined);
    const b = scan.nodes.get('a[1].b')!;
    assert.equal(text.slice(b.from, b.to), '"x"');
    assert.equal(text.slice(b.keyFrom, b.keyTo), '"b"');
    assert.equal(scan.nodes.get('a')!.kind, 'array');
    assert.equal(text.slice(scan.nodes.get('a')!.from, scan.nodes.get('a')!.to), '[1, {"b": "x"}]');
    assert.equal(scan.nodes.get('c')!.kind, 'literal');
    assert.equal(scan.nodes.get('')!.to, text.length);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const cases = ['{}', '[]', '"\\u00e9"', '-0.5e3', '{"a":[true,false,null]}', ' 1 '];
    for (const text of cases) assert.equal(scanJson(text).error, undefined, text);
    const broken = ['{"a": 1,}', '[1 2]', '{a: 1}', '"open', '{"a": "x\ny"}', '01', '{} {}', '', "{'a': 1}"];
    for (const text of broken) {
      assert.throws(() => JSON.parse(text), text);
      assert.ok(scanJson(text).error, text);
    }
  });

  it('places syntax errors where the text stops being JSON', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    const { error } = scanJson(text);
    assert.ok(error);
    assert.equal(text.slice(error.from, error.to), '2');
    assert.deepEqual(lineColumn(text, error.from), { line: 3, column: 7 });
    assert.match(error.message, /":"/);
  });

  it('marks a block by its key and a missing field by its nearest ancestor', () => {
    const text = '{"incidents": [{"id": "x", "updates": []}]}';
    const scan = scanJson(text);
    const block = locate(scan, 'incidents[0].updates');
    assert.equal(text.slice(block.from, block.to), '"updates"');
    assert.equal(block.exact, true);
    const missing = locate(scan, 'incidents[0].title');
    assert.equal(missing.exact, false);
    assert.equal(missing.found, 'incidents[0]');
    assert.equal(text.slice(missing.from, missing.to), '{');
    assert.deepEqual(locate(scan, 'nothing.here'), { from: 0, to: 1, exact: false, found: '' });
  });
});

describe('playground: checking a feed', () => {
  it('reads the example feeds with no problem', () => {
    for (const name of ['maintenance-notice', 'all', 'incident-history', 'status-page', 'operational']) {
      const result = checkFeed(readFileSync(`demo/feeds/${name}.json`, 'utf8'));
      assert.equal(result.ok, true, name);
      assert.deepEqual(result.problems, [], name);
    }
  });

  it('puts a wrong type at the value the parser names', () => {
    const broken = notice.replace('"impact": "major"', '"impact": 42');
    assert.notEqual(broken, notice);
    const result = checkFeed(broken);
    assert.equal(result.ok, false);
    const problem = result.problems.find((p) => p.path.endsWith('.impact'));
    assert.ok(problem, JSON.stringify(result.problems));
    assert.equal(broken.slice(problem.from, problem.to), '42');
    assert.equal(problem.severity, 'error');
    assert.match(describeProblem(problem), new RegExp(`^Line ${problem.line}, column ${problem.column}: `));
  });

  it('reports a syntax error at its line', () => {
    const broken = notice.replace('"version": 1,', '"version": 1');
    const result = checkFeed(broken);
    assert.equal(result.ok, false);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]!.line, 3);
    assert.match(result.problems[0]!.message, /^Not JSON: /);
  });

  it('keeps warnings apart from errors', () => {
    const doc = JSON.parse(notice);
    doc.maintenances[0].components.push('no-such-component');
    const text = JSON.stringify(doc, null, 2);
    const result = checkFeed(text);
    assert.equal(result.ok, true);
    assert.ok(result.problems.length > 0);
    assert.ok(result.problems.every((p) => p.severity === 'warning'));
  });
});
