// Types for the bundle in ajv.js (see build-ajv.mjs): the installed packages' own declarations.
export { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
export declare const addFormats: FormatsPlugin;
