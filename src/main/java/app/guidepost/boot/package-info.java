/**
 * The composition root: what runs when the application starts (schema, content import, index,
 * change-log follower, in that order) and the health checks that report how far it got. It is
 * the one package that may reach every capability, and no other package reaches it.
 */
package app.guidepost.boot;
