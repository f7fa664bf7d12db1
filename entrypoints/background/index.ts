import { startBackground } from '@/lib/ext/background';

export default defineBackground({
  main() {
    startBackground();
  },
});
