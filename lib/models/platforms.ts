/** The platforms Kelola works with (kept apart from the schemas, so light pages need not load them). */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads'] as const;
