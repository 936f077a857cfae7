/**
 * undici's connection pool, from its own module: the package's index also loads fetch, WebSocket, caches and
 * cookies (about a tenth of a second of start-up in every thread that sends), none of which the sender uses.
 */
export { default as Pool } from "undici/lib/dispatcher/pool.js";
