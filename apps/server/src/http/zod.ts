/**
 * Route schemas are zod schemas, through fastify-type-provider-zod: zod validates requests and
 * serialises responses (a reply that does not match its schema is a 500, logged), the same schemas
 * become the OpenAPI document (jsonSchemaTransform), and handlers get their types from them
 * (`app.withTypeProvider<ZodTypeProvider>()`). Every error has one shape (@parcours/api `apiError`):
 *   { error: string, issues?: [{ path, message }] }
 */

import { JourneyFormatError } from '@parcours/journey';
import type { FastifyError, FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';

export { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Where an issue is, as clients read it: `title` in the body, `query.token`, `params.id`. */
const PREFIX: Record<string, string> = { body: '', querystring: 'query.', params: 'params.', headers: 'headers.' };

export function installZod(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = PREFIX[err.validationContext ?? 'body'] ?? '';
      const issues = err.validation.map((v) => ({
        path: prefix + v.instancePath.split('/').filter(Boolean).join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.code(400).send({ error: 'invalid request', issues });
    }
    if (err instanceof JourneyFormatError) {
      return reply.code(400).send({ error: err.message, issues: err.issues });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'a reply did not match its schema');
      return reply.code(500).send({ error: 'internal server error' });
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
