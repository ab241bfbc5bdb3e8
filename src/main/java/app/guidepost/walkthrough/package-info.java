/**
 * Walkthroughs: a visitor's way through a guide, kept in the database step by step. A
 * walkthrough is reached only through its unguessable token (the database keeps just its hash),
 * always stands at a step of a published guide, and its answers are exactly the path from the
 * start to that step; going back removes the last answer, while the steps once reached stay
 * counted for analytics.
 */
package app.guidepost.walkthrough;
