/** The JSON format's name and version (schema.ts): a module of its own, so that writing a file does not need the format's zod schemas. */
export const JOURNEY_MAP_FORMAT = 'parcours/journey-map';
export const JOURNEY_MAP_VERSION = 1;
