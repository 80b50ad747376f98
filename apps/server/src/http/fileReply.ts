/**
 * Replies that are files (bytes, a stream, text) rather than JSON. Fastify sends a Buffer, a stream
 * or a string as it is: the zod serializer never runs on them, so the schema only types what the
 * handler sends and, under the file's content type, documents it in OpenAPI. The route's errors
 * stay JSON (`apiError`), documented as application/json.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';

/** How OpenAPI 3.0 names a body of bytes. */
const binary = { type: 'string', format: 'binary' } as const;

/** Bytes (a PNG, a PDF, an encoded Yjs state, a stored image). */
export const bytes = (description: string) => z.instanceof(Buffer).meta({ description, ...binary });
/** A stream the reply pipes out (a .zip written while it is sent). */
export const stream = (description: string) => z.instanceof(Readable).meta({ description, ...binary });
/** Text sent as it is (a v1 JSON file, Markdown, Mermaid). */
export const text = (description: string) => z.string().meta({ description });

/** A 200 reply of these content types, each with its schema (`bytes`, `stream` or `text`). */
export function fileReply<S extends z.ZodType>(mimes: string | readonly string[], schema: S) {
  const types = typeof mimes === 'string' ? [mimes] : mimes;
  const description = z.globalRegistry.get(schema)?.description ?? 'The file';
  return {
    description,
    content: Object.fromEntries(types.map((mime) => [mime, { schema }])) as Record<string, { schema: S }>,
  };
}
