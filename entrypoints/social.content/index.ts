import { runContent } from '@/lib/ext/content';

export default defineContentScript({
  matches: [
    '*://x.com/*', '*://twitter.com/*', '*://*.x.com/*', '*://*.twitter.com/*',
    '*://*.facebook.com/*', '*://*.messenger.com/*', '*://*.instagram.com/*', '*://*.linkedin.com/*',
    '*://*.youtube.com/*', '*://*.tiktok.com/*', '*://*.threads.net/*', '*://*.threads.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    void runContent(ctx);
  },
});
