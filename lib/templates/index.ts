export * from './parse';
export * from './render';
export * from './dates';
export * from './names';
export * from './limits';
export * from './choose';
export * from './starter';
export * from './pack';
