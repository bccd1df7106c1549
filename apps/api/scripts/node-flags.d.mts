/** The V8 flags the API's production build runs with (node-flags.mjs). */
export declare const API_NODE_FLAGS: readonly string[];
