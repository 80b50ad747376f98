/**
 * Route schemas are zod schemas: zod validates requests, and the same schemas become the
 * OpenAPI document (through swaggerTransform). Every client error has one shape:
 *   { error: string, issues?: [{ path, message }] }
 */

import { JourneyFormatError } from '@parcours/journey';
import type { FastifyError, FastifyInstance, FastifySchema } from 'fastify';
import { type ZodType, z } from 'zod';

export interface Issue {
  readonly path: string;
  readonly message: string;
}

export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  readonly statusCode = 400;
  constructor(readonly issues: readonly Issue[]) {
    super('invalid request');
  }
}

export function installValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const zod = schema as unknown as ZodType;
    return (data: unknown) => {
      const result = zod.safeParse(data);
      if (result.success) return { value: result.data };
      const prefix = httpPart === 'body' ? '' : `${httpPart === 'querystring' ? 'query' : httpPart}.`;
      const issues = result.error.issues.map((i) => ({ path: prefix + i.path.join('.'), message: i.message }));
      return { error: new RequestValidationError(issues) };
    };
  });
  // Response schemas are documentation only; replies are plain JSON.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof RequestValidationError) {
      return reply.code(400).send({ error: err.message, issues: err.issues });
    }
    if (err instanceof JourneyFormatError) {
      return reply.code(400).send({ error: err.message, issues: err.issues });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      return reply.code(status).send({ error: 'internal server error' });
    }
    // Fastify's own client errors: malformed JSON (400), too large (413), wrong content type (415).
    return reply
      .code(status)
      .send(
        status === 400 ? { error: err.message, issues: [{ path: '', message: err.message }] } : { error: err.message },
      );
  });
}

/** Turns the zod schemas of a route into JSON Schema for @fastify/swagger. */
export function swaggerTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
    if (isZod(schema[part])) out[part] = toJsonSchema(schema[part]);
  }
  if (schema.response && typeof schema.response === 'object') {
    const response: Record<string, unknown> = {};
    for (const [code, value] of Object.entries(schema.response))
      response[code] = isZod(value) ? toJsonSchema(value) : value;
    out.response = response;
  }
  return { schema: out as FastifySchema, url };
}

function isZod(value: unknown): value is ZodType {
  return value instanceof z.ZodType;
}

function toJsonSchema(schema: ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return json;
}

export const errorSchema = z
  .object({
    error: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ description: 'Client or server error' });
