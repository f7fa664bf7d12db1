// Types for the baseline libraries the evaluation and benchmark scripts compare against.
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string, options?: { language?: string }): { score: number; comparative: number };
  }
}
