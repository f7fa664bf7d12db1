import { currentSection, preloadScreen } from '@/components/dashboard/screens';

// The screen in the address loads beside the dashboard's shell, not after the shell has rendered.
preloadScreen(currentSection());
const { mountDashboard } = await import('./mount-dashboard');
mountDashboard();
