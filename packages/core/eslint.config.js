import base from '@tandem/config/eslint';

// The architecture fixtures are deliberately bad code for the lint's own test; they are not linted.
export default [{ ignores: ['architecture/fixtures/**'] }, ...base];
