/**
 * Search analytics: what people search for in each language, how many results they get,
 * what they click, and which searches found an answer only in another language. Recording
 * never slows a search down or fails it: events are queued and written in batches.
 */
package app.guidepost.analytics;
