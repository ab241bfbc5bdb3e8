/**
 * What operators measure, in Prometheus format at {@code /metrics} (MicroProfile Metrics,
 * application scope): every request timed by route (a fixed, small set of names, never a path
 * with ids in it), and the state of the index, the change log, the last import and support
 * request delivery. Nothing here identifies a reader or a query.
 */
package app.guidepost.metrics;
