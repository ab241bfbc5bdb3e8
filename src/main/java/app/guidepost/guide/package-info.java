/**
 * Guided help: ticket steps and guides, directed graphs of steps that end in outcomes. A
 * guide is published only when its whole graph is valid: every step reachable from the start,
 * every step able to reach an outcome, every reference resolved.
 */
package app.guidepost.guide;
