import { z } from 'zod';

// Some schemas run in the browser (importing results, the trainer dashboard) under a Content
// Security Policy without 'unsafe-eval'. zod would compile validators with new Function, and even
// its probe for that is reported as a violation; jitless mode validates without it. Every schema
// imports z from here, so this runs before any schema is built.
z.config({ jitless: true });

export { z };
