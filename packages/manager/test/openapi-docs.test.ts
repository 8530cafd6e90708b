// The API docs page (/docs) is only as good as the document under it: every operation has a
// summary, every field and parameter a description, enums are single `enum` schemas (not
// lists of one-value alternatives), every error status names the codes it stands for, and the
// examples "Try it out" fills a request body with pass the route's own validation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as api from '@hearth/api';
import { FormatRegistry, Kind, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../src/openapi/openapi-document.ts';
import { forEachDatabase } from './support/databases.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

type Schema = Record<string, any>;

function* schemasIn(schema: Schema | undefined, where: string): Generator<[Schema, string]> {
  if (!schema || typeof schema !== 'object') return;
  yield [schema, where];
  for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
    yield* schemasIn(property, `${where}.${name}`);
  }
  if (schema.items) yield* schemasIn(schema.items, `${where}[]`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const [i, branch] of (schema[key] ?? []).entries())
      yield* schemasIn(branch, `${where}|${i}`);
  }
}

/** What "Try it out" fills in: each property's example (or default), recursively. */
function exampleOf(schema: Schema): unknown {
  if ('example' in schema) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
      const value = exampleOf(property);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (schema.type === 'array' && schema.items) {
    const item = exampleOf(schema.items);
    return item === undefined ? undefined : [item];
  }
  return schema.default;
}

/** Every TypeBox schema in `schema`, itself included, with where it lies. */
function* typeboxSchemas(schema: TSchema, where: string): Generator<[TSchema, string]> {
  yield [schema, where];
  for (const [name, property] of Object.entries<TSchema>(schema.properties ?? {})) {
    yield* typeboxSchemas(property, `${where}.${name}`);
  }
  if (schema.items && !Array.isArray(schema.items))
    yield* typeboxSchemas(schema.items, `${where}[]`);
  for (const [i, branch] of (schema.anyOf ?? []).entries()) {
    yield* typeboxSchemas(branch, `${where}|${i}`);
  }
}

describe('the examples of the contract', () => {
  test('every example in @hearth/api validates against the schema it illustrates', () => {
    // the formats the API uses, as Value.Check knows them only once registered
    if (!FormatRegistry.Has('uuid')) {
      FormatRegistry.Set('uuid', (v) => /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(v));
    }
    if (!FormatRegistry.Has('date-time')) {
      FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));
    }
    const invalid: string[] = [];
    let checked = 0;
    for (const [name, value] of Object.entries(api)) {
      if (typeof value !== 'object' || value === null || !(Kind in value)) continue;
      for (const [schema, at] of typeboxSchemas(value as TSchema, name)) {
        for (const example of schema.examples ?? []) {
          checked++;
          if (!Value.Check(schema, example)) invalid.push(`${at}: ${JSON.stringify(example)}`);
        }
      }
    }
    assert.deepEqual(invalid, []);
    assert.ok(checked > 50, `only ${checked} examples found`);
  });
});

describe('the OpenAPI document', () => {
  let doc: any;
  before(async () => {
    doc = await openApiDocument();
  });
  const operations = () =>
    Object.entries<any>(doc.paths).flatMap(([path, ops]) =>
      Object.entries<any>(ops).map(([method, op]) => ({ path, method, op })),
    );

  test('every operation has a summary and a description, every parameter a description', () => {
    for (const { path, method, op } of operations()) {
      assert.ok(op.summary, `${method} ${path} has no summary`);
      assert.ok(op.description, `${method} ${path} has no description`);
      for (const parameter of op.parameters ?? []) {
        assert.ok(
          parameter.description ?? parameter.schema?.description,
          `${method} ${path}: parameter ${parameter.name} has no description`,
        );
      }
    }
  });

  test('every property of every body, answer and component has a description', () => {
    const roots: [Schema | undefined, string][] = [];
    for (const { path, method, op } of operations()) {
      roots.push([op.requestBody?.content?.['application/json']?.schema, `${method} ${path} body`]);
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        roots.push([response.content?.['application/json']?.schema, `${method} ${path} ${status}`]);
      }
    }
    for (const [name, schema] of Object.entries<Schema>(doc.components?.schemas ?? {})) {
      roots.push([schema, `#/components/schemas/${name}`]);
    }
    const missing: string[] = [];
    for (const [root, where] of roots) {
      for (const [schema, at] of schemasIn(root, where)) {
        for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
          if (!property.description && !property.$ref) missing.push(`${at}.${name}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('enums are single enum schemas, never alternatives of one constant each', () => {
    // a TypeBox Union of Literals renders as anyOf [{enum: [a]}, {enum: [b]}] (or consts)
    const oneValue = (b: Schema) => 'const' in b || (Array.isArray(b.enum) && b.enum.length === 1);
    const roots: [Schema | undefined, string][] = Object.entries<Schema>(
      doc.components?.schemas ?? {},
    ).map(([name, schema]) => [schema, `#/components/schemas/${name}`]);
    for (const { path, method, op } of operations()) {
      const at = `${method} ${path}`;
      for (const content of Object.values<any>(op.requestBody?.content ?? {})) {
        roots.push([content.schema, `${at} body`]);
      }
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        for (const content of Object.values<any>(response.content ?? {})) {
          roots.push([content.schema, `${at} ${status}`]);
        }
      }
      for (const parameter of op.parameters ?? []) {
        roots.push([parameter.schema, `${at} ${parameter.in} ${parameter.name}`]);
      }
    }
    const found: string[] = [];
    for (const [root, where] of roots) {
      for (const [schema, at] of schemasIn(root, where)) {
        const branches: Schema[] = schema.anyOf ?? schema.oneOf ?? [];
        if (branches.filter(oneValue).length > 1) found.push(at);
      }
    }
    assert.deepEqual(found, []);
  });

  test('every JSON request body has an example, so "Try it out" starts from a real request', () => {
    for (const { path, method, op } of operations()) {
      const content = op.requestBody?.content?.['application/json'];
      if (content) assert.ok(content.example, `${method} ${path}: its body has no example`);
    }
  });

  test('every error status names the codes it stands for', () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        if (Number(status) < 400) continue;
        assert.match(
          response.description ?? '',
          /`[A-Z][A-Z_]+`/,
          `${method} ${path} ${status} names no error code`,
        );
      }
    }
  });
});

forEachDatabase((kind) => {
  describe('"Try it out" examples', () => {
    let stack: Stack;
    let app: FastifyInstance;
    let doc: any;
    before(async () => {
      stack = await startStack(kind);
      app = stack.app;
      doc = await openApiDocument();
    });
    after(async () => {
      await stack?.close();
    });

    test('every request body built from the examples passes the route validation', async () => {
      const refused: string[] = [];
      const judged: string[] = [];
      for (const [path, ops] of Object.entries<any>(doc.paths)) {
        for (const [method, op] of Object.entries<any>(ops)) {
          const content = op.requestBody?.content?.['application/json'];
          if (!content?.schema) continue;
          // the body's own example when it has one (what "Try it out" shows), else one built
          // from its properties' examples
          const payload = content.example ?? exampleOf(content.schema);
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
            const parameter = (op.parameters ?? []).find((p: any) => p.name === name);
            return encodeURIComponent(
              String(parameter?.schema?.example ?? parameter?.example ?? name),
            );
          });
          const res = await app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            payload: payload as object,
            // the API has no token here; host routes take the join token
            headers: { authorization: `Bearer ${JOIN_TOKEN}` },
          });
          // the services may refuse the story (its VM does not exist here), the schema may not
          const body = res.json();
          if (res.statusCode !== 401) judged.push(`${method} ${path}`);
          if (res.statusCode === 400 && body.error?.details?.issues) {
            refused.push(`${method} ${path}: ${body.error.message}`);
          }
        }
      }
      assert.deepEqual(refused, []);
      assert.ok(judged.length >= 10, `only ${judged.length} bodies reached validation: ${judged}`);
    });
  });
});
