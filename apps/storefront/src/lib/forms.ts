// Moved to @tandem/web-kit, shared with the admin app.
export * from '@tandem/web-kit/forms';
