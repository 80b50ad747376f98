export * from './boards';
export * from './errors';
export * from './history';
export * from './images';
export * from './join';
