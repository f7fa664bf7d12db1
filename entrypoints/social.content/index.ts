import { SOCIAL_HOST_PATTERNS } from '@/lib/platforms/hosts';
import { runContent } from '@/lib/ext/content';

export default defineContentScript({
  matches: SOCIAL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    void runContent(ctx);
  },
});
