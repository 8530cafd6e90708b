import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitStatements } from '../src/db/migrate.ts';

test('statements split at line-ending semicolons, not inside dollar-quoted bodies', () => {
  const sql = `-- a comment
CREATE TABLE a (x int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1;
  RETURN NULL;
END
$$;
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$; -- trailing
SELECT 'x';`;
  const statements = splitStatements(sql);
  assert.equal(statements.length, 4);
  assert.equal(statements[0], 'CREATE TABLE a (x int)');
  assert.match(statements[1]!, /^CREATE FUNCTION f\(\)[\s\S]*RETURN NULL;\nEND\n\$\$$/);
  assert.equal(
    statements[2],
    'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$',
  );
  assert.equal(statements[3], "SELECT 'x'");
});
