export * from './boards';
