export * from './boards';
export * from './errors';
