/**
 * JSON request bodies: Fastify's own parser (with its __proto__ and constructor poisoning checks),
 * after a look at how deep the text nests. Nothing the API takes nests deeper than a journey map
 * (@parcours/journey MAX_JSON_DEPTH), and 10 MB of nested arrays would otherwise be parsed, then
 * walked by the validation, for seconds.
 */
import { jsonTooDeep, MAX_JSON_DEPTH } from '@parcours/journey';
import type { FastifyInstance } from 'fastify';

export function installJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonTooDeep(body as string)) {
      const error = Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`), { statusCode: 400 });
      done(error, undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
