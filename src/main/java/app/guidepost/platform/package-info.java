/**
 * Wiring that every capability relies on: typed settings from MicroProfile Config, the
 * datasource and its schema migrations, the clock, the client's address, body limits and the
 * start-up state that readiness reports. It imports no other Guidepost package: articles,
 * search and start-up order live above it ({@code boot} runs the start).
 */
package app.guidepost.platform;
