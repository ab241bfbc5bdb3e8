/**
 * Wiring that every capability relies on: typed settings from MicroProfile Config, the
 * datasource and its schema migrations, the clock, start-up order and health. Nothing here
 * knows about articles or search beyond starting them in the right order.
 */
package app.guidepost.platform;
