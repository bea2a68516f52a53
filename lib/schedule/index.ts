export * from './calendar';
export * from './parse-date';
export * from './rules';
export * from './status';
