/**
 * Support requests: a walkthrough that ends in "contact support" becomes a request stored in
 * the database, with the visitor's contact details and the whole transcript, and is delivered
 * to the configured ticket-system webhook. A request is stored before it is acknowledged to the
 * visitor, retried with backoff until the receiver accepts it, claimed by one instance at a time,
 * and marked delivered only after a 2xx answer; each delivery carries the request's reference as
 * its idempotency key.
 */
package app.guidepost.support;
