// The extension API as seen from code that Playwright runs inside extension pages and the worker.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
